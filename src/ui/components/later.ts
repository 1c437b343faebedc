/**
 * Starts a promise from an event handler. The async handlers in the UI catch their own
 * errors and show them, so nothing is swallowed here; this only satisfies the "no floating
 * promises" rule without the `void` operator.
 */
export function later(promise: Promise<unknown>): void {
  promise.catch(() => undefined);
}
