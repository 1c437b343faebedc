// What a test meant to write: the ids named in the arguments of every call it makes through a
// store that writes (anything but a read). "Nothing lost" (issue 14) is then checked against it:
// an item that existed before the test and that none of those ids reaches must be exactly as it
// was afterwards (see nothingElseChanged.ts).

/** Ids named by a test's writes; `note` adds ids a test writes by other means (raw PnPjs). */
export class WriteIntent {
  private readonly ids: Set<string> = new Set();

  note(...ids: readonly string[]): void {
    // An empty id (a record not yet created) names nothing.
    for (const id of ids) if (id.trim() !== '') this.ids.add(id);
  }

  clear(): void {
    this.ids.clear();
  }

  named(): ReadonlySet<string> {
    return this.ids;
  }
}

/** Reads name the records a test looks at, not the ones it means to change. */
const READ_METHOD: RegExp = /^(get|list|read|find|search|first|count|page|load|fetch|open|start|summar)/i;
const MAX_DEPTH: number = 3;
/**
 * People's ids (who acted, reported, approved) are not records the test wrote: counting them
 * would excuse a change to every item that person ever touched.
 */
const PERSON_ACTING: RegExp =
  /(actor|user|reporter|author|editor|approver|approvedBy|owner|officer|assignee|reviewer|examiner|proposer|proposedBy|decider|decidedBy|member|councillor|recordedBy|createdBy)Ids?$/i;

/** Every id named in a call's arguments: bare strings, and `id`, `...Id`, `...Ids` of objects. */
function collectIds(value: unknown, into: WriteIntent, depth: number, key?: string): void {
  if (typeof value === 'string') {
    if (key === undefined || key === 'id' || (/Ids?$/.test(key) && !PERSON_ACTING.test(key))) into.note(value);
    return;
  }
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const element of value) collectIds(element, into, depth + 1, key);
    return;
  }
  for (const [name, inner] of Object.entries(value as Record<string, unknown>)) collectIds(inner, into, depth + 1, name);
}

/**
 * The store, unchanged in behaviour, noting the ids of every write made through it or through
 * any object reached from it (store.cases.update(...), store.audit.append(...)).
 */
export function recordWrites<T extends object>(target: T, intent: WriteIntent): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value === 'function') {
        const name = String(property);
        return (...args: unknown[]): unknown => {
          if (!READ_METHOD.test(name)) for (const arg of args) collectIds(arg, intent, 0);
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      }
      if (value !== null && typeof value === 'object' && !(value instanceof Promise)) return recordWrites(value, intent);
      return value;
    }
  });
}
