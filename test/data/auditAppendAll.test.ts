// The audit log's list append (issue 19: fewer round trips per action) reads the tail once and
// chains each entry onto the one it has just written. Writers acting at the same moment, and a
// tail read beside another write that has moved on by the time of the append, must still leave
// one unbroken chain with every event in it exactly once.
import type { AuditEvent } from '../../src/domain/model';
import { startHarness } from './emulatorHarness';
import type { Harness } from './emulatorHarness';

function events(actorId: string, prefix: string, count: number): AuditEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index + 1}`,
    actorId,
    action: 'case.note',
    at: '2026-11-28T09:00:00Z' as AuditEvent['at'],
    entity: { type: 'Case', id: prefix }
  }));
}

describe('audit log: appending a list of events', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('keeps one unbroken chain when two officers append lists and a third appends one event at the same moment', async () => {
    const cara = harness.storeAs('cara.cro').auditLog;
    const lena = harness.storeAs('lena.manager').auditLog;
    const sam = harness.storeAs('sam.staff').auditLog;
    const [first, second] = await Promise.all([
      cara.appendAll?.(events('cara.cro', 'race-a', 3)),
      lena.appendAll?.(events('lena.manager', 'race-b', 3)),
      sam.append(events('sam.staff', 'race-c', 1)[0])
    ]);
    expect(first).toEqual({ written: 3 });
    expect(second).toEqual({ written: 3 });
    const auditor = harness.storeAs('aud.auditor').auditLog;
    expect(await auditor.verifyChain()).toMatchObject({ ok: true });
    for (const [prefix, count] of [
      ['race-a', 3],
      ['race-b', 3],
      ['race-c', 1]
    ] as const) {
      const logged = await auditor.listForEntity('Case', prefix);
      expect(logged.map((entry) => entry.value.event.id).sort()).toEqual(events('x', prefix, count).map((event) => event.id));
    }
  });

  it('a tail read beside another write that has moved on is read again: the chain still holds', async () => {
    const cara = harness.storeAs('cara.cro').auditLog;
    const started = cara.startAppend?.();
    expect(started).toBeDefined();
    // Someone else appends after the tail was read and before the events are known.
    const meanwhile = await harness.storeAs('lena.manager').auditLog.append(events('lena.manager', 'meanwhile', 1)[0]);
    expect(await started?.appendAll(events('cara.cro', 'stale-tail', 2))).toEqual({ written: 2 });
    const auditor = harness.storeAs('aud.auditor').auditLog;
    expect(await auditor.verifyChain()).toMatchObject({ ok: true });
    const logged = await auditor.listForEntity('Case', 'stale-tail');
    const sequences = logged.map((entry) => entry.value.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual([meanwhile.value.sequence + 1, meanwhile.value.sequence + 2]);
  });

  it('appending a list again adds nothing twice (each event is keyed by its id)', async () => {
    const cara = harness.storeAs('cara.cro').auditLog;
    const list = events('cara.cro', 'again', 2);
    expect(await cara.appendAll?.(list)).toEqual({ written: 2 });
    expect(await cara.appendAll?.(list)).toEqual({ written: 2 });
    const auditor = harness.storeAs('aud.auditor').auditLog;
    expect(await auditor.listForEntity('Case', 'again')).toHaveLength(2);
    expect(await auditor.verifyChain()).toMatchObject({ ok: true });
  });
});
