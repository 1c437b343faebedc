import type { Case } from '../model/case';
import { isoDate, isoInstant, IsoDate } from '../model/dates';
import type { RestrictionItem, Sanction, SanctionScope, SanctionStatus } from '../model/sanction';
import { checkNoReplyLetter, statesNoReply } from './noReplyLetters';

const d = (value: string): IsoDate => isoDate(value);
const today = d('2026-11-28');
const housing: SanctionScope = { kind: 'service', service: 'Housing' };
const planning: SanctionScope = { kind: 'service', service: 'Planning' };

function sanction(status: SanctionStatus, restrictions: RestrictionItem[], scope: SanctionScope = housing): Sanction {
  return {
    id: `s-${status}`,
    version: 1,
    caseId: 'c1',
    subjectPersonId: 'p1',
    restrictions,
    scope,
    startDate: d('2026-10-01'),
    endDate: d('2027-04-01'),
    reviewDate: d('2027-03-01'),
    spoc: { name: 'Sam Patel', channel: 'email' },
    necessaryContactArrangements: 'Email the SPOC.',
    proportionalityReasons: 'Minimum needed.',
    proposedBy: 'u1',
    proposedAt: isoInstant('2026-09-20T10:00:00Z'),
    approvals: [],
    status
  };
}

const readAndFile: RestrictionItem = { type: 'R05', subjectMatter: 'Parking fine', reviewerId: 'u2' };
const singleContact: RestrictionItem = { type: 'R01', contact: { kind: 'inbox', address: 'ccm@example.gov.uk' } };
const caseWith = (...sanctions: Sanction[]): Pick<Case, 'sanctions'> => ({ sanctions });
const noReplyLetter = { actionTaken: 'Letters about the parking fine will be read and filed without a reply.' };
const ordinaryLetter = { actionTaken: 'Please contact us only through the case management inbox.' };

describe('BR-32 no informal "we will not reply" letters', () => {
  test('BR-32 refused: a letter saying we will not reply, with no restriction in force', () => {
    const check = checkNoReplyLetter('MonitoringWarning', noReplyLetter, caseWith(), housing, today);
    expect(check.allowed).toBe(false);
    expect(check.rule).toBe('BR-32');
    expect(check.message).toContain('no approved, active restriction');
  });

  test('BR-32 allowed: an active read-and-file restriction of that scope authorises the wording', () => {
    const check = checkNoReplyLetter('ReviewOutcome', noReplyLetter, caseWith(sanction('Active', [readAndFile])), housing, today);
    expect(check).toEqual(expect.objectContaining({ allowed: true, sanctionId: 's-Active' }));
  });

  test('BR-32 refused: the restriction covers another service, is not a no-reply type, or is only proposed', () => {
    expect(
      checkNoReplyLetter('ReviewOutcome', noReplyLetter, caseWith(sanction('Active', [readAndFile], planning)), housing, today).allowed
    ).toBe(false);
    expect(checkNoReplyLetter('ReviewOutcome', noReplyLetter, caseWith(sanction('Active', [singleContact])), housing, today).allowed).toBe(
      false
    );
    expect(
      checkNoReplyLetter('RestrictionDecision', noReplyLetter, caseWith(sanction('Proposed', [readAndFile])), housing, today).allowed
    ).toBe(false);
  });

  test('BR-32 allowed: the decision letter may announce an approved no-reply restriction, other letters may not', () => {
    const approved = caseWith(sanction('Approved', [readAndFile]));
    expect(checkNoReplyLetter('RestrictionDecision', noReplyLetter, approved, housing, today).allowed).toBe(true);
    expect(checkNoReplyLetter('MonitoringWarning', noReplyLetter, approved, housing, today).allowed).toBe(false);
    expect(
      checkNoReplyLetter('RestrictionDecision', noReplyLetter, caseWith(sanction('Approved', [singleContact])), housing, today).allowed
    ).toBe(false);
  });

  test('letters without no-reply wording, and FOI notices, are not affected', () => {
    expect(checkNoReplyLetter('MonitoringWarning', ordinaryLetter, caseWith(), housing, today).allowed).toBe(true);
    expect(
      checkNoReplyLetter('FoiWarning', { noFurtherResponseWarning: 'We will not respond to further requests.' }, caseWith(), housing, today)
        .allowed
    ).toBe(true);
  });

  test.each([
    'We will not reply to further emails.',
    'The council won\u2019t respond to letters on this matter.',
    'No further correspondence will be entered into.',
    'No replies will be sent.',
    'Do not reply to this person.',
    'We shall not be responding.'
  ])('recognises no-reply wording: %s', (text) => {
    expect(statesNoReply({ actionTaken: text })).toBe(true);
  });

  test('does not flag ordinary wording', () => {
    expect(statesNoReply({ actionTaken: 'We will reply within 10 working days.', other: undefined })).toBe(false);
  });
});
