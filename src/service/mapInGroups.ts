/**
 * Maps every item with `work`, `size` at a time: the items of a group side by side, the groups
 * one after another, results in the items' order. For reads that may go together but should not
 * all go at once (SharePoint throttles a caller that sends too many).
 */
export async function mapInGroups<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`A group holds at least one item (was ${size}).`);
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  }
  return results;
}
