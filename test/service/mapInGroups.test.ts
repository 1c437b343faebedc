import { mapInGroups } from '../../src/service/mapInGroups';

describe('mapInGroups: a few at a time, results in order', () => {
  test('never more than the group size at once, every item once, results in the items’ order', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    const results = await mapInGroups([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 4, async (n) => {
      running += 1;
      most = Math.max(most, running);
      seen.push(n);
      // Later items finish first within a group: the order of results must not follow finishing.
      await new Promise((resolve) => setTimeout(resolve, 12 - n));
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]);
    expect(most).toBe(4);
    expect([...seen].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  test('no items: no work; a group of fewer than one item is refused', async () => {
    const work = jest.fn(async (n: number) => n);
    await expect(mapInGroups([], 8, work)).resolves.toEqual([]);
    expect(work).not.toHaveBeenCalled();
    await expect(mapInGroups([1], 0, work)).rejects.toThrow(RangeError);
  });

  test('a failed item fails the whole map (the inbox then answers with its error)', async () => {
    await expect(mapInGroups([1, 2, 3], 2, async (n) => (n === 3 ? Promise.reject(new Error('throttled')) : n))).rejects.toThrow(
      'throttled'
    );
  });
});
