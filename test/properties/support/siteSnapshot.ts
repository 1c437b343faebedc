// "Nothing lost" (issue 14): after every write a test checks that no item other than the ones
// it meant to write changed. A snapshot is every item of every list, all columns, read as the
// case service (a site admin, so item-level security hides nothing), plus a hash of every file
// in a document library, so a file overwritten in place is noticed even if its columns are not.
import { createHash } from 'node:crypto';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/files';

/** Each item's JSON (and, in libraries, its file's hash) by "<list>/<item id>". */
export type SiteSnapshot = ReadonlyMap<string, string>;

export interface SnapshotDifference {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

const DOCUMENT_LIBRARY: number = 101;

export async function siteSnapshot(admin: SPFI): Promise<SiteSnapshot> {
  const lists = await admin.web.lists.select('Title', 'BaseTemplate', 'Hidden')<
    { Title: string; BaseTemplate: number; Hidden: boolean }[]
  >();
  const entries = await Promise.all(
    lists
      .filter((list) => !list.Hidden)
      .map(async (list) => {
        const items = await admin.web.lists.getByTitle(list.Title).items.top(5000)<Record<string, unknown>[]>();
        const files = new Map<string, string>();
        if (list.BaseTemplate === DOCUMENT_LIBRARY) {
          const stored = await admin.web.lists.getByTitle(list.Title).rootFolder.files.select('Name', 'ServerRelativeUrl')<
            { Name: string; ServerRelativeUrl: string }[]
          >();
          for (const file of stored) {
            const bytes = await admin.web.getFileByServerRelativePath(file.ServerRelativeUrl).getBuffer();
            files.set(file.Name, createHash('sha256').update(new Uint8Array(bytes)).digest('hex'));
          }
        }
        return items.map((item): [string, string] => {
          const leaf = typeof item.FileLeafRef === 'string' ? item.FileLeafRef : undefined;
          const file = leaf !== undefined ? files.get(leaf) : undefined;
          return [`${list.Title}/${String(item.Id)}`, JSON.stringify({ item, file })];
        });
      })
  );
  return new Map(entries.flat());
}

export function difference(before: SiteSnapshot, after: SiteSnapshot): SnapshotDifference {
  return {
    added: [...after.keys()].filter((key) => !before.has(key)),
    changed: [...after.keys()].filter((key) => before.has(key) && before.get(key) !== after.get(key)),
    removed: [...before.keys()].filter((key) => !after.has(key))
  };
}

/** The key of an item in a snapshot, for the items a test meant to write. */
export function itemKey(listTitle: string, itemId: number): string {
  return `${listTitle}/${itemId}`;
}

/** Only the listed items may be new or different; nothing may be gone. */
export function expectOnlyChanged(
  before: SiteSnapshot,
  after: SiteSnapshot,
  allowed: { readonly added?: (key: string) => boolean; readonly changed?: readonly string[] }
): void {
  const diff = difference(before, after);
  expect({
    added: diff.added.filter((key) => !(allowed.added?.(key) ?? false)),
    changed: diff.changed.filter((key) => !(allowed.changed ?? []).includes(key)),
    removed: diff.removed
  }).toEqual({ added: [], changed: [], removed: [] });
}
