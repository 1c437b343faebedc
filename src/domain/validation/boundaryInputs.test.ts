import { isoDate } from '../model/dates';
import { validateApprovalDecisionInput } from './approvalValidator';
import { validateContactLogEntryInput } from './contactLogValidator';
import { validateFoiRequestAssessmentInput } from './foiAssessmentValidator';
import { validateIncidentReportInput } from './incidentValidator';
import { validateInvocationDecisionInput } from './invocationValidator';
import { validatePersonInput } from './personValidator';
import { validateReviewInput } from './reviewValidator';
import { validateSanctionProposalInput } from './sanctionProposalValidator';
import { validateWarningMarkerInput } from './warningMarkerValidator';
import * as validation from './index';

const today = isoDate('2026-11-28');

describe('every boundary validator treats non-object input as an empty form', () => {
  const validators: ReadonlyArray<[string, (input: unknown) => { ok: boolean }]> = [
    ['person', (i) => validatePersonInput(i, today)],
    ['invocation', (i) => validateInvocationDecisionInput(i, today)],
    ['contact log', (i) => validateContactLogEntryInput(i, today)],
    ['sanction proposal', (i) => validateSanctionProposalInput(i)],
    ['review', (i) => validateReviewInput(i, today)],
    ['approval', (i) => validateApprovalDecisionInput(i)],
    ['FOI assessment', (i) => validateFoiRequestAssessmentInput(i, today)],
    ['warning marker', (i) => validateWarningMarkerInput(i, today)]
  ];
  test.each(validators)('%s', (_name, validate) => {
    [undefined, null, 'text', 42, ['a']].forEach((input) => {
      const result = validate(input) as { ok: boolean; error?: { field: string; code: string; message: string }[] };
      expect(result.ok).toBe(false);
      expect(result.error?.every((e) => e.code === 'required' && e.field !== '' && e.message.endsWith('.'))).toBe(true);
    });
  });
});

describe('nested items that are not objects', () => {
  test('a statutory role given as text is reported at its index', () => {
    const result = validatePersonInput({ names: { given: 'A', family: 'B' }, statutoryRoles: ['tenant'] }, today);
    expect(!result.ok && result.error.map((e) => `${e.field}:${e.code}`)).toEqual(['statutoryRoles[0]:invalidFormat']);
  });
});

describe('incident report edge cases', () => {
  const incident = {
    personId: 'p-1',
    reporterId: 'u-staff',
    occurredAt: '2026-11-27T14:05:00Z',
    channel: 'phone',
    service: 'Housing',
    narrative: 'Shouted at the officer.',
    categories: ['aggressiveAbusiveThreatening'],
    immediateAction: 'endedCall',
    healthAndSafetyFlag: false
  };
  test('witness user ids and third-party flags are kept; non-list witnesses are ignored', () => {
    const result = validateIncidentReportInput(
      { ...incident, witnesses: [{ name: 'Kim', userId: 'u-kim', isThirdParty: true }], attachments: [{ name: 'a.png' }] },
      today
    );
    expect(result.ok && result.value.witnesses).toEqual([{ name: 'Kim', userId: 'u-kim', isThirdParty: true }]);
    expect(result.ok && result.value.attachments).toEqual([{ name: 'a.png' }]);
    const none = validateIncidentReportInput({ ...incident, witnesses: 'Kim' }, today);
    expect(none.ok && none.value.witnesses).toEqual([]);
    const bad = validateIncidentReportInput({ ...incident, witnesses: ['Kim'] }, today);
    expect(!bad.ok && bad.error.map((e) => e.field)).toEqual(['witnesses[0].name']);
  });
});

describe('validation index', () => {
  test('exports every boundary validator', () => {
    expect(
      [
        validation.validatePersonInput,
        validation.validateInvocationDecisionInput,
        validation.validateContactLogEntryInput,
        validation.validateSanctionProposalInput,
        validation.validateReviewInput,
        validation.validateApprovalDecisionInput,
        validation.validateFoiRequestAssessmentInput,
        validation.validateWarningMarkerInput,
        validation.validateIncidentReportInput,
        validation.validateAppealInput
      ].every((fn) => typeof fn === 'function')
    ).toBe(true);
  });
});
