// The engine guards its own gates (ARCHITECTURE.md: "the engine enforces its own gates, so no
// caller can skip one"). Every transition here is called as a careless caller would: without
// the UI's letter check (no validateLetter hook) and with whatever person it was handed.
import type { Case } from '../model/case';
import { isoDate } from '../model/dates';
import { continuingRestrictionItems } from '../letters/restrictionWording';
import { standardOmbudsmanSignposting } from '../letters/ombudsman';
import { currentSanction } from './applyCaseAction';
import {
  activeCase,
  approvedCase,
  monitoringCase,
  monitoringLetterDraftCase,
  refusal,
  step,
  underAppealCase,
  underReviewCase
} from './testing/caseJourney';
import { completeLetterFields, context, letter, person, proposal } from './testing/fixtures';

/** The fixture's complete content without the named items. */
function fieldsWithout(...items: string[]): Record<string, string> {
  const fields = completeLetterFields();
  for (const item of items) delete fields[item];
  return fields;
}

describe('the engine checks every letter itself, with no validateLetter hook from the caller', () => {
  test('BR-06 a monitoring letter without its consequences and policy copy is refused, naming what is missing', () => {
    const error = refusal(
      monitoringLetterDraftCase(),
      {
        type: 'sendMonitoringLetter',
        letter: letter('MonitoringWarning', '2026-01-12', 'l-1', fieldsWithout('consequences', 'policyCopy'))
      },
      context('u-cro', '2026-01-12')
    );
    expect(error).toMatchObject({ code: 'guardFailed', rule: 'BR-06', message: 'The letter is missing required content.' });
    expect(error.details).toEqual([
      'Before sending, add: What may happen if the behaviour does not change; A copy of the policy is enclosed.'
    ]);
  });

  test('BR-07 a restriction letter without the Ombudsman right does not make the restriction active', () => {
    const approved = approvedCase();
    const error = refusal(
      approved,
      { type: 'sendSanctionLetter', letter: letter('RestrictionDecision', '2026-04-15', 'l-2', fieldsWithout('ombudsmanRight')) },
      context('u-cro', '2026-04-15')
    );
    expect([error.rule, error.details]).toEqual(['BR-07', [expect.stringContaining('Right to complain to the')]]);
    expect(currentSanction(approved)?.status).toBe('Approved');
  });

  test('BR-10 a review that continues or extends is refused without what applies now, how to challenge it and the Ombudsman', () => {
    const c = underReviewCase();
    const base = { type: 'completeReview' as const, outcome: 'Continue' as const, reasons: 'Calls continue.' };
    const bare = { reviewResult: 'It continues.', reviewReasons: 'Calls continue.', nextReviewDate: '1 October 2026' };
    const error = refusal(
      c,
      {
        ...base,
        nextReviewDate: isoDate('2026-10-01'),
        newEndDate: isoDate('2026-12-01'),
        letter: letter('ReviewOutcome', '2026-07-01', 'l-3', bare)
      },
      context('u-ed', '2026-07-01')
    );
    expect(error.rule).toBe('BR-10');
    expect(error.details?.[0]).toMatch(/What applies from now.*How to challenge or appeal the decision.*Right to complain/);
    // What the system knows about the renewed restriction completes the letter.
    const renewed = { ...currentSanction(c)!, startDate: isoDate('2026-07-01'), endDate: isoDate('2026-12-01') };
    const fields = { ...bare, ...continuingRestrictionItems(renewed, standardOmbudsmanSignposting()) } as Record<string, string>;
    const extended = step(
      c,
      {
        ...base,
        nextReviewDate: isoDate('2026-10-01'),
        newEndDate: isoDate('2026-12-01'),
        letter: letter('ReviewOutcome', '2026-07-01', 'l-3', fields)
      },
      context('u-ed', '2026-07-01')
    );
    expect(currentSanction(extended)?.endDate).toBe('2026-12-01');
  });

  test('BR-30 a lift needs only the result and the reasons', () => {
    const lifted = step(
      underReviewCase(),
      {
        type: 'completeReview',
        outcome: 'Lift',
        reasons: 'No incidents since April.',
        letter: letter('ReviewOutcome', '2026-07-01', 'l-4', { reviewResult: 'Lifted today.', reviewReasons: 'No incidents since April.' })
      },
      context('u-ed', '2026-07-01')
    );
    expect([lifted.status, lifted.closureReason]).toEqual(['Closed', 'Lifted']);
  });

  test('BR-12 an appeal decision without the Ombudsman right is refused', () => {
    const error = refusal(
      underAppealCase(),
      {
        type: 'decideAppeal',
        outcome: 'Uphold',
        reasons: 'Proportionate.',
        letter: letter('AppealOutcome', '2026-05-10', 'l-5', { appealResult: 'Upheld.', appealReasons: 'Proportionate.' })
      },
      context('u-appeal', '2026-05-10')
    );
    expect([error.rule, error.details]).toEqual([
      'BR-12',
      ['Before sending, add: Right to complain to the Local Government and Social Care Ombudsman.']
    ]);
  });

  test('BR-34 a reply to the person while the restriction is in force states what applies now; after it ended, the result and reasons do', () => {
    const request = {
      type: 'logPersonReviewRequest' as const,
      requestedOn: isoDate('2026-10-10'),
      requestText: 'Please lift it.',
      respondBy: isoDate('2026-11-06'),
      assignedTo: 'u-ed'
    };
    const requested = step(activeCase(), request, context('u-cro', '2026-10-10'));
    const reply = (fields: Record<string, string>, on: string): Parameters<typeof step>[1] => ({
      type: 'answerPersonReviewRequest',
      reviewId: requested.reviews[0].id,
      reasons: 'It stays until its end date.',
      letter: letter('ReviewOutcome', on, `l-6-${on}`, fields)
    });
    const bare = { reviewResult: 'It stays.', reviewReasons: 'It stays until its end date.' };
    expect(refusal(requested, reply(bare, '2026-10-12'), context('u-ed', '2026-10-12')).rule).toBe('BR-34');
    const expired = step(requested, { type: 'expireSanction' }, context('system', '2026-10-21'));
    expect(step(expired, reply(bare, '2026-10-22'), context('u-cro', '2026-10-22')).reviews[0].answeredAt).toBeDefined();
  });

  test('BR-09 the "restriction ended" letter is checked too', () => {
    const expired = step(activeCase(), { type: 'expireSanction' }, context('system', '2026-10-21'));
    const error = refusal(
      expired,
      { type: 'sendRestrictionEndedLetter', letter: letter('RestrictionEnded', '2026-10-22', 'l-7', { restrictionEndDate: 'It ended.' }) },
      context('u-cro', '2026-10-22')
    );
    expect(error.rule).toBe('BR-09');
  });

  test('BR-32 a letter saying the council will not reply is refused when no restriction of the case allows it', () => {
    const fields = { ...completeLetterFields(), consequences: 'Any further emails will be read and filed.' };
    const error = refusal(
      monitoringLetterDraftCase(),
      { type: 'sendMonitoringLetter', letter: letter('MonitoringWarning', '2026-01-12', 'l-8', fields) },
      context('u-cro', '2026-01-12')
    );
    expect(error.details?.[0]).toContain('\u201cAny further emails will be read and filed.\u201d');
  });

  test('a caller\u2019s own check adds to the domain\u2019s and cannot wave an incomplete letter through', () => {
    const approved = approvedCase();
    const incomplete = { type: 'sendSanctionLetter' as const, letter: letter('RestrictionDecision', '2026-04-15', 'l-9', {}) };
    expect(refusal(approved, incomplete, context('u-cro', '2026-04-15', { validateLetter: () => [] })).rule).toBe('BR-07');
    const complete = { type: 'sendSanctionLetter' as const, letter: letter('RestrictionDecision', '2026-04-15') };
    expect(refusal(approved, complete, context('u-cro', '2026-04-15', { validateLetter: () => ['House style'] })).details).toEqual([
      'House style'
    ]);
  });
});

describe('BR-28: a sanction binds only the case\u2019s own subject, whoever the caller says the person is', () => {
  const otherPerson = person({ id: 'p-2', names: { given: 'Ann', family: 'Other' } });

  test('BR-28 a proposal naming someone else is refused, even when the caller passes that person', () => {
    const propose = { type: 'proposeSanction' as const, sanction: proposal('2026-04-20', { subjectPersonId: 'p-2' }) };
    const error = refusal(monitoringCase(), propose, context('u-cro', '2026-04-13', { person: otherPerson }));
    expect([error.code, error.rule, error.message]).toEqual([
      'guardFailed',
      'BR-28',
      'A restriction can only bind the person this case is about. Anyone else needs their own incidents, decision and letter.'
    ]);
    // The case's subject named, but checked against another person's record: refused as well.
    const wrongRecord = { type: 'proposeSanction' as const, sanction: proposal('2026-04-20') };
    expect(refusal(monitoringCase(), wrongRecord, context('u-cro', '2026-04-13', { person: otherPerson })).rule).toBe('BR-28');
  });

  test('BR-28 a stored sanction for someone else is neither approved nor made active', () => {
    const approved = approvedCase();
    const retarget = (c: Case): Case => ({ ...c, sanctions: c.sanctions.map((s) => ({ ...s, subjectPersonId: 'p-2' })) });
    const letterSent = { type: 'sendSanctionLetter' as const, letter: letter('RestrictionDecision', '2026-04-15') };
    expect(refusal(retarget(approved), letterSent, context('u-cro', '2026-04-15')).rule).toBe('BR-28');
    const proposed = step(monitoringCase(), { type: 'proposeSanction', sanction: proposal('2026-04-20') }, context('u-cro', '2026-04-13'));
    const approve = {
      type: 'decideSanction' as const,
      approval: { approverRole: 'executiveDirector' as const, outcome: 'Approve' as const, reasons: 'Proportionate.' }
    };
    expect(refusal(retarget(proposed), approve, context('u-ed', '2026-04-14')).rule).toBe('BR-28');
  });

  test('BR-28 a review amendment or a varied appeal cannot move the restriction to someone else', () => {
    const amend = {
      type: 'completeReview' as const,
      outcome: 'Amend' as const,
      reasons: 'Lighter touch.',
      nextReviewDate: isoDate('2026-09-01'),
      amendedSanction: proposal('2026-07-01', { subjectPersonId: 'p-2', restrictions: [{ type: 'R13' }] }),
      letter: letter('ReviewOutcome', '2026-07-01')
    };
    expect(refusal(underReviewCase(), amend, context('u-ed', '2026-07-01')).rule).toBe('BR-28');
    const vary = {
      type: 'decideAppeal' as const,
      outcome: 'Vary' as const,
      reasons: 'Disproportionate.',
      variedSanction: proposal('2026-05-10', { subjectPersonId: 'p-2', endDate: isoDate('2026-10-20') }),
      letter: letter('AppealOutcome', '2026-05-10')
    };
    expect(refusal(underAppealCase(), vary, context('u-appeal', '2026-05-10')).rule).toBe('BR-28');
  });
});
