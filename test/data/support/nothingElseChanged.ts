// "Nothing lost" (issue 14), for every test in a suite that writes: before each test the whole
// site is read (every item of every list, every file's hash; see siteSnapshot.ts) and after it
// again. An item that existed before the test may change, or go, only if the test meant to
// touch it: the item names one of the ids the test's writes named (its own id, or a reference
// such as CaseRef or PersonRef to a case or person the test wrote), or the suite said that
// kind of change is expected. Anything else is collateral damage and fails the test.
import type { SPFI } from '@pnp/sp';
import { siteSnapshot, type SiteSnapshot } from '../../properties/support/siteSnapshot';
import type { WriteIntent } from './writeIntent';

export interface NothingElseChangedOptions {
  /** Items a suite's writes change by design without naming them (say why where it is used). */
  readonly expectedToChange?: (key: string) => boolean;
}

/** Whether an item (its snapshot JSON) is reached by one of the ids the test's writes named. */
function reachedBy(snapshotJson: string, named: ReadonlySet<string>): boolean {
  const { item } = JSON.parse(snapshotJson) as { item: Record<string, unknown> };
  return Object.values(item).some((value) => {
    if (typeof value !== 'string') return false;
    if (named.has(value)) return true;
    // JSON columns (child records, id lists) name ids inside a string.
    if (value.startsWith('[') || value.startsWith('{')) return [...named].some((id) => value.includes(JSON.stringify(id)));
    return false;
  });
}

/** How SharePoint shows a column an item has no value in: null, or an empty multi-choice. */
function isEmpty(value: unknown): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Whether an item is as it was. A column added to the list since (provisioning an upgrade) shows
 * up empty on every item: that is a change of schema, not of the item.
 */
function unchanged(beforeJson: string, afterJson: string | undefined): boolean {
  if (afterJson === undefined) return false;
  if (afterJson === beforeJson) return true;
  const before = JSON.parse(beforeJson) as { item: Record<string, unknown>; file?: string };
  const after = JSON.parse(afterJson) as { item: Record<string, unknown>; file?: string };
  if (before.file !== after.file) return false;
  const columns = new Set([...Object.keys(before.item), ...Object.keys(after.item)]);
  return [...columns].every((column) =>
    column in before.item ? JSON.stringify(before.item[column]) === JSON.stringify(after.item[column]) : isEmpty(after.item[column])
  );
}

/** The columns (or the file) that differ, to say what changed without printing content. */
function changedColumns(beforeJson: string, afterJson: string): string[] {
  const before = JSON.parse(beforeJson) as { item: Record<string, unknown>; file?: string };
  const after = JSON.parse(afterJson) as { item: Record<string, unknown>; file?: string };
  const columns = [...new Set([...Object.keys(before.item), ...Object.keys(after.item)])].filter(
    (column) => JSON.stringify(before.item[column]) !== JSON.stringify(after.item[column])
  );
  return before.file === after.file ? columns : [...columns, '(file content)'];
}

/** Keys of items that existed before, and changed or went, though nothing the test wrote reaches them. */
export function collateralChanges(
  before: SiteSnapshot,
  after: SiteSnapshot,
  named: ReadonlySet<string>,
  options: NothingElseChangedOptions = {}
): string[] {
  return [...before.entries()]
    .filter(([key, json]) => !unchanged(json, after.get(key)))
    .filter(([key, json]) => !reachedBy(json, named) && !(options.expectedToChange?.(key) ?? false))
    .map(([key, json]) => {
      const now = after.get(key);
      return now === undefined ? `${key} removed` : `${key} changed: ${changedColumns(json, now).join(', ')}`;
    });
}

/**
 * Registers, for every test of the enclosing `describe`, a snapshot before and a check after.
 * `site` gives the site read as an administrator; `intent` is the harness's record of writes.
 */
export function expectNothingElseChangedByEachTest(
  site: () => SPFI,
  intent: () => WriteIntent,
  options: NothingElseChangedOptions = {}
): void {
  let before: SiteSnapshot | undefined;
  beforeEach(async () => {
    intent().clear();
    before = await siteSnapshot(site());
  });
  afterEach(async () => {
    if (before === undefined) return;
    const after = await siteSnapshot(site());
    expect(collateralChanges(before, after, intent().named(), options)).toEqual([]);
  });
}
