import type { DirectoryEntry } from './config';

/**
 * Names for people the service mentions on cards. Ids are Entra object ids; the names
 * come from configuration (CCM_DIRECTORY) and fall back to the id, never to a guess.
 */
export class Directory {
  private readonly byId: ReadonlyMap<string, DirectoryEntry>;

  public constructor(entries: readonly DirectoryEntry[]) {
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
  }

  public displayName(userId: string | undefined): string {
    if (userId === undefined || userId === '') {
      return 'Unknown';
    }
    if (userId === 'system') {
      return 'Customer Case Management (automatic)';
    }
    return this.byId.get(userId)?.displayName ?? userId;
  }

  /** Teams user MRI for `refresh.userIds` (Entra users are `8:orgid:<object id>`). */
  public static teamsUserMri(userId: string): string {
    return userId.startsWith('8:') || userId.startsWith('29:') ? userId : `8:orgid:${userId}`;
  }
}
