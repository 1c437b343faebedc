import { applyCaseAction } from './applyCaseAction';
import { applyCaseActions } from './applyCaseActions';
import type { Case } from '../model/case';
import { context, draftCase } from './testing/fixtures';

/** A case a member of staff has submitted, waiting for the line manager. */
function submitted(): Case {
  const outcome = applyCaseAction(draftCase(), { type: 'submit' }, context('u-staff', '2026-01-06'));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value.case;
}

describe('several actions applied as one change', () => {
  test('each action runs on the case the one before left, and their audit events are kept in order', () => {
    const actions = [
      { type: 'takeInformalAction', reasons: 'Informal warning given by phone.' },
      { type: 'resolveInformal', reasons: 'No further issues.' }
    ] as const;
    const run = applyCaseActions(submitted(), actions, context('u-lm', '2026-01-07'));
    // One action after the other, with one context between them as the run has (its ids go on counting).
    const stepByStep = context('u-lm', '2026-01-07');
    const first = applyCaseAction(submitted(), actions[0], stepByStep);
    if (!first.ok) throw new Error(first.error.message);
    const second = applyCaseAction(first.value.case, actions[1], stepByStep);
    if (!run.ok) throw new Error(run.refusal.message);
    if (!second.ok) throw new Error(second.error.message);
    expect(run.next).toEqual(second.value.case);
    expect(run.auditEvents).toEqual([...first.value.auditEvents, ...second.value.auditEvents]);
    expect(run.routedTasks).toEqual([]);
  });

  test('all or nothing: a later refusal is the answer, with no case to save', () => {
    const run = applyCaseActions(
      submitted(),
      [
        { type: 'takeInformalAction', reasons: 'Informal warning given by phone.' },
        { type: 'resolveInformal', reasons: ' ' }
      ],
      context('u-lm', '2026-01-07')
    );
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.refusal.message).not.toBe('');
    expect(run).not.toHaveProperty('next');
  });

  test('no actions: the case as it was, with nothing to audit', () => {
    const kase = draftCase();
    expect(applyCaseActions(kase, [], context('u-lm', '2026-01-07'))).toEqual({ ok: true, next: kase, auditEvents: [], routedTasks: [] });
  });
});
