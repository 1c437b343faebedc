import { compareStored, indexKeys } from './field-types';
import { insertSorted, removeSorted } from './sorted-ids';

interface Bucket {
  /** A representative stored value, used for range comparisons. */
  value: unknown;
  ids: number[];
}

/**
 * Secondary index for one indexed column: normalised value → ascending item IDs.
 * Lets an indexed `eq` first clause find its candidates without scanning the list.
 */
export class FieldIndex {
  private readonly buckets: Map<string, Bucket> = new Map();

  public add(id: number, value: unknown): void {
    const values = Array.isArray(value) ? value : [value];
    const keys = indexKeys(value);
    keys.forEach((key, i) => {
      let bucket = this.buckets.get(key);
      if (!bucket) {
        bucket = { value: values[i], ids: [] };
        this.buckets.set(key, bucket);
      }
      insertSorted(bucket.ids, id);
    });
  }

  public remove(id: number, value: unknown): void {
    for (const key of indexKeys(value)) {
      const bucket = this.buckets.get(key);
      if (!bucket) continue;
      removeSorted(bucket.ids, id);
      if (bucket.ids.length === 0) this.buckets.delete(key);
    }
  }

  /** IDs whose value equals `value` (text case-insensitively); never undefined. */
  public lookup(value: unknown): number[] {
    const keys = indexKeys(value);
    if (keys.length === 0) return [];
    return this.buckets.get(keys[0])?.ids ?? [];
  }

  /** IDs whose value satisfies `predicate(compareStored(value, bound))`; walks distinct values, not items. */
  public range(bound: unknown, accept: (comparison: number) => boolean): number[] {
    const result: number[] = [];
    for (const bucket of this.buckets.values()) {
      if (accept(compareStored(bucket.value, bound))) result.push(...bucket.ids);
    }
    return result.sort((a, b) => a - b);
  }
}
