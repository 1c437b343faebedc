import { randomUUID } from 'node:crypto';
import { defaultRoleDefinitions } from '../security/base-permissions';
import { upgradeBuiltInFields } from './builtin-fields';
import { toSpDate } from './field-types';
import { ListState } from './list-state';
import { GroupRecord, ItemRecord, PersistedStore, RecycleBinRecord, RoleDefinitionRecord, SiteRecord, UserRecord } from './model';

export interface SeedUser {
  login: string;
  title: string;
  email: string;
  entraObjectId?: string;
  isSiteAdmin?: boolean;
}

/** Claims login SPO uses for Entra users (reference §9.2). */
export function claimsLogin(login: string): string {
  return login.includes('|') ? login : `i:0#.f|membership|${login}`;
}

/** The site collection: web, principals, permission levels, lists and the recycle bin. */
export class SiteStore {
  public readonly lists: Map<string, ListState> = new Map();
  private changeListener: () => void = () => undefined;

  public constructor(
    public readonly site: SiteRecord,
    lists: PersistedStore['lists'],
    public readonly recycleBin: RecycleBinRecord[]
  ) {
    for (const entry of lists) {
      // Stores saved before built-in fields had SharePoint's fixed ids are upgraded on load.
      upgradeBuiltInFields(entry.list);
      const state = new ListState(entry.list);
      for (const item of entry.items) state.insert(item);
      this.lists.set(entry.list.id.toLowerCase(), state);
    }
  }

  /** A brand-new site: three default groups with Full Control / Edit / Read on the web. */
  public static create(siteTitle: string, users: SeedUser[]): SiteStore {
    const roleDefinitions = defaultRoleDefinitions();
    const site: SiteRecord = {
      siteId: randomUUID(),
      webId: randomUUID(),
      title: siteTitle,
      created: toSpDate(new Date()),
      nextPrincipalId: 6,
      users: [],
      groups: [
        { id: 3, title: `${siteTitle} Owners`, description: '', ownerId: 3, memberIds: [] },
        { id: 4, title: `${siteTitle} Visitors`, description: '', ownerId: 3, memberIds: [] },
        { id: 5, title: `${siteTitle} Members`, description: '', ownerId: 3, memberIds: [] }
      ],
      roleDefinitions,
      webRoleAssignments: [
        { principalId: 3, roleDefinitionIds: [1073741829] },
        { principalId: 4, roleDefinitionIds: [1073741826] },
        { principalId: 5, roleDefinitionIds: [1073741830] }
      ],
      associatedOwnerGroupId: 3,
      associatedMemberGroupId: 5,
      associatedVisitorGroupId: 4
    };
    const store = new SiteStore(site, [], []);
    store.syncUsers(users);
    return store;
  }

  public static fromPersisted(data: PersistedStore): SiteStore {
    return new SiteStore(data.site, data.lists, data.recycleBin ?? []);
  }

  public toPersisted(): PersistedStore {
    return {
      formatVersion: 1,
      site: this.site,
      lists: [...this.lists.values()].map((state) => ({ list: state.record, items: [...state.items.values()] })),
      recycleBin: this.recycleBin
    };
  }

  public onChange(listener: () => void): void {
    this.changeListener = listener;
  }

  public changed(): void {
    this.changeListener();
  }

  /** Adds configured users that are not yet site users and refreshes names/admin flags of known ones. */
  public syncUsers(users: SeedUser[]): void {
    for (const seed of users) {
      const loginName = claimsLogin(seed.login);
      const existing = this.site.users.find((u) => u.loginName.toLowerCase() === loginName.toLowerCase());
      if (existing) {
        existing.title = seed.title;
        existing.email = seed.email;
        existing.isSiteAdmin = seed.isSiteAdmin === true;
        existing.entraObjectId = seed.entraObjectId;
      } else {
        this.site.users.push({
          id: this.site.nextPrincipalId++,
          loginName,
          title: seed.title,
          email: seed.email,
          isSiteAdmin: seed.isSiteAdmin === true,
          entraObjectId: seed.entraObjectId
        });
      }
    }
  }

  /** Matches the X-Emulator-User header against login, claims login or e-mail, case-insensitively. */
  public findUser(login: string): UserRecord | undefined {
    const wanted = login.trim().toLowerCase();
    const claims = claimsLogin(wanted);
    return this.site.users.find(
      (u) => u.loginName.toLowerCase() === claims || u.loginName.toLowerCase() === wanted || u.email.toLowerCase() === wanted
    );
  }

  public userById(id: number): UserRecord | undefined {
    return this.site.users.find((u) => u.id === id);
  }

  public groupById(id: number): GroupRecord | undefined {
    return this.site.groups.find((g) => g.id === id);
  }

  public groupByName(name: string): GroupRecord | undefined {
    const wanted = name.toLowerCase();
    return this.site.groups.find((g) => g.title.toLowerCase() === wanted);
  }

  public roleDefinitionById(id: number): RoleDefinitionRecord | undefined {
    return this.site.roleDefinitions.find((r) => r.id === id);
  }

  public listByTitle(title: string): ListState | undefined {
    const wanted = title.toLowerCase();
    for (const state of this.lists.values()) if (state.record.title.toLowerCase() === wanted) return state;
    return undefined;
  }

  public listById(id: string): ListState | undefined {
    return this.lists.get(id.replace(/[{}]/g, '').toLowerCase());
  }

  /** Library whose root folder contains `serverRelativeUrl` (longest match wins). */
  public listByUrl(serverRelativeUrl: string): ListState | undefined {
    const wanted = serverRelativeUrl.toLowerCase().replace(/\/+$/, '');
    let best: ListState | undefined;
    for (const state of this.lists.values()) {
      const root = state.record.rootFolderUrl.toLowerCase();
      if ((wanted === root || wanted.startsWith(`${root}/`)) && (!best || root.length > best.record.rootFolderUrl.length)) best = state;
    }
    return best;
  }

  public itemCount(): number {
    let count = 0;
    for (const state of this.lists.values()) count += state.items.size;
    return count;
  }

  public moveToRecycleBin(list: ListState, item: ItemRecord, deletedById: number): string {
    const id = randomUUID();
    this.recycleBin.push({
      id,
      listId: list.record.id,
      itemId: item.id,
      title: String(item.values.Title ?? item.file?.name ?? ''),
      deletedById,
      deletedDate: toSpDate(new Date()),
      item
    });
    return id;
  }
}
