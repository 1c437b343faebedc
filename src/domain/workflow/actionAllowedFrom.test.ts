import { actionAllowedFrom, applyCaseAction } from './applyCaseAction';
import { context, draftCase } from './testing/fixtures';

describe('actionAllowedFrom: what screens ask before offering a step', () => {
  test('answers as the engine decides: a customer may ask for a review only while a restriction runs', () => {
    expect(actionAllowedFrom('logPersonReviewRequest', 'SanctionActive')).toBe(true);
    expect(actionAllowedFrom('logPersonReviewRequest', 'UnderAppeal')).toBe(true);
    expect(actionAllowedFrom('logPersonReviewRequest', 'Monitoring')).toBe(false);
    expect(actionAllowedFrom('answerPersonReviewRequest', 'Closed')).toBe(true);
    expect(actionAllowedFrom('recordChecklist', 'Referred')).toBe(true);
    expect(actionAllowedFrom('recordChecklist', 'SanctionActive')).toBe(false);
  });

  test('a step it refuses is one the engine refuses too (illegal transition)', () => {
    const draft = draftCase('Customer');
    expect(actionAllowedFrom('escalate', draft.status)).toBe(false);
    const outcome = applyCaseAction(draft, { type: 'escalate' } as never, context('u-lm', '2026-11-28'));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe('illegalTransition');
  });
});
