import { completeChecklist } from '../workflow/testing/fixtures';
import { checklistGaps, evidenceSaysNothing, isChecklistComplete } from './checklistCompleteness';
import { CHECKLIST_ITEM_IDS } from '../model/checklist';
import { CHECKLIST_ITEMS } from './checklistItems';

describe('consider-before-restricting checklist', () => {
  test('has the 13 items of spec 2.3 in order', () => {
    expect(CHECKLIST_ITEMS.map((i) => i.id)).toEqual([
      'C01',
      'C02',
      'C03',
      'C04',
      'C05',
      'C06',
      'C07',
      'C08',
      'C09',
      'C10',
      'C11',
      'C12',
      'C13'
    ]);
  });

  test('BR-04 is complete only when every item has evidence or a not-applicable reason', () => {
    expect(isChecklistComplete(completeChecklist())).toBe(true);
    expect(checklistGaps(undefined)).toHaveLength(13);
    const answers = completeChecklist().answers;
    const broken = {
      answers: [
        ...answers.slice(3),
        { itemId: 'C01' as const, kind: 'answered' as const, answer: 'Yes', evidence: ' ' },
        { itemId: 'C02' as const, kind: 'notApplicable' as const, reason: '' },
        { itemId: 'C03' as const, kind: 'answered' as const, answer: 'Yes', evidence: 'x'.repeat(64000) }
      ]
    };
    expect(checklistGaps(broken).map((g) => [g.itemId, g.problem])).toEqual([
      ['C01', 'noEvidence'],
      ['C02', 'noReason'],
      ['C03', 'tooLong']
    ]);
    // The latest answer for an item replaces the earlier one.
    const fixed = {
      answers: [...broken.answers, { itemId: 'C01' as const, kind: 'answered' as const, answer: 'Yes', evidence: 'Call notes' }]
    };
    expect(checklistGaps(fixed).map((g) => g.itemId)).toEqual(['C02', 'C03']);
  });
});

describe('BR-04 evidence that says nothing is refused with a reason (issue 16)', () => {
  const withEvidence = (evidence: string): Parameters<typeof checklistGaps>[0] => ({
    answers: CHECKLIST_ITEM_IDS.map((itemId) => ({
      itemId,
      kind: 'answered' as const,
      answer: 'Yes',
      evidence: `Call log of 3 March, item ${itemId}.`
    })).map((answer) => (answer.itemId === 'C02' ? { ...answer, evidence } : answer))
  });

  test.each(['see file', 'See file.', 'N/A', 'n/a', 'As above', 'TBC', '-', '?', 'yes', 'x'])('BR-04 refused: %j', (evidence) => {
    const gaps = checklistGaps(withEvidence(evidence));
    expect(gaps).toEqual([expect.objectContaining({ itemId: 'C02', problem: 'evidenceSaysNothing' })]);
    expect(gaps[0].message).toContain('say what the evidence is');
  });

  test.each(['See case notes of 3 March.', 'Call notes', '40 requests in 30 days', 'Email of 2 May: “you will regret this”'])(
    'BR-04 accepted: %j',
    (evidence) => {
      expect(checklistGaps(withEvidence(evidence))).toEqual([]);
      expect(evidenceSaysNothing(evidence)).toBe(false);
    }
  );
});
