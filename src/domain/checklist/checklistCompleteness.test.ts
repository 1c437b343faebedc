import { completeChecklist } from '../workflow/testing/fixtures';
import { checklistGaps, isChecklistComplete } from './checklistCompleteness';
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
