import { HANDLERS, PHASES } from '.';

// Issue 15: the handler table is split by phase of the case's life. The compiler checks that
// every action has a handler; this checks that no action is handled in two phases, where the
// later phase's handler would silently replace the earlier one's.
describe('the engine’s phases', () => {
  const owners = (action: string): string[] => Object.keys(PHASES).filter((phase) => action in PHASES[phase]);

  test('each action belongs to exactly one phase', () => {
    const twice = Object.keys(HANDLERS).filter((action) => owners(action).length !== 1);
    expect(twice).toEqual([]);
  });

  test('the whole table is the phases’ handlers, unchanged', () => {
    for (const [action, handler] of Object.entries(HANDLERS)) {
      const [phase] = owners(action);
      expect(PHASES[phase][action as keyof typeof HANDLERS]).toBe(handler);
    }
    const phased = Object.values(PHASES).reduce((count, table) => count + Object.keys(table).length, 0);
    expect(phased).toBe(Object.keys(HANDLERS).length);
  });
});
