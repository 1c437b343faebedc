import { validateApprovalDecisionInput } from './approvalValidator';
import { MULTI_LINE_TEXT_MAX } from './limits';

const codes = (input: unknown): string[] => {
  const result = validateApprovalDecisionInput(input);
  return result.ok ? [] : result.error.map((e) => `${e.field}:${e.code}`);
};

describe('approval decision validation', () => {
  test('accepts an approval, with or without comments', () => {
    const approved = validateApprovalDecisionInput({
      approverRole: 'executiveDirector',
      outcome: 'Approve',
      continuityPlanConfirmed: true
    });
    expect(approved.ok && approved.value).toEqual({
      approverRole: 'executiveDirector',
      outcome: 'Approve',
      reasons: '',
      continuityPlanConfirmed: true
    });
    const noted = validateApprovalDecisionInput({ approverRole: 'headOfService', outcome: 'Approve', reasons: 'Proportionate.' });
    expect(noted.ok && noted.value).toEqual({ approverRole: 'headOfService', outcome: 'Approve', reasons: 'Proportionate.' });
  });

  test('reject needs reasons and ask-for-changes needs a comment', () => {
    expect(codes({ approverRole: 'executiveDirector', outcome: 'Reject' })).toEqual(['reasons:required']);
    expect(codes({ approverRole: 'executiveDirector', outcome: 'AskForChanges', reasons: '   ' })).toEqual(['reasons:required']);
    const reject = validateApprovalDecisionInput({ approverRole: 'executiveDirector', outcome: 'Reject' });
    expect(!reject.ok && reject.error[0].message).toBe('Enter the reasons for rejecting the restriction.');
    const changes = validateApprovalDecisionInput({ approverRole: 'executiveDirector', outcome: 'AskForChanges' });
    expect(!changes.ok && changes.error[0].message).toBe('Enter a comment saying what needs to change.');
    const ok = validateApprovalDecisionInput({
      approverRole: 'executiveDirector',
      outcome: 'AskForChanges',
      reasons: 'Add cover for the SPOC.'
    });
    expect(ok.ok && ok.value.reasons).toBe('Add cover for the SPOC.');
  });

  test('missing fields, unknown choices, long text and wrong types', () => {
    expect(codes(null)).toEqual(['approverRole:required', 'outcome:required']);
    expect(codes({ approverRole: 'mayor', outcome: 'Amend' })).toEqual(['approverRole:unknownChoice', 'outcome:unknownChoice']);
    expect(codes({ approverRole: 'executiveDirector', outcome: 'Reject', reasons: 'r'.repeat(MULTI_LINE_TEXT_MAX + 1) })).toEqual([
      'reasons:tooLong'
    ]);
    expect(codes({ approverRole: 'executiveDirector', outcome: 'Approve', reasons: 5, continuityPlanConfirmed: 'yes' })).toEqual([
      'reasons:invalidFormat',
      'continuityPlanConfirmed:invalidFormat'
    ]);
  });

  test('BR-31 widened: the channel confirmation is a yes or no, kept when given', () => {
    expect(codes({ approverRole: 'executiveDirector', outcome: 'Approve', channelConfirmed: 'yes' })).toEqual([
      'channelConfirmed:invalidFormat'
    ]);
    const result = validateApprovalDecisionInput({ approverRole: 'executiveDirector', outcome: 'Approve', channelConfirmed: true });
    expect(result).toEqual({
      ok: true,
      value: { approverRole: 'executiveDirector', outcome: 'Approve', reasons: '', channelConfirmed: true }
    });
  });
});
