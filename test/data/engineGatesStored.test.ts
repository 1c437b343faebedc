// Issue 16 over real HTTP with SharePoint's permissions: the engine checks every letter and every
// sanction's subject itself, so a caller that leaves the check out (no validateLetter hook, the
// wrong person) is refused before saveCaseChange writes anything; and a review that continues
// the restriction is stored with the letter stating what applies now, how to challenge it and
// the Ombudsman, written from the case (domain letters), as the screens write it.
import { saveCaseChange } from '../../src/app/cases/saveCaseChange';
import type { Stored } from '../../src/data/ports';
import {
  applyCaseAction,
  continuingRestrictionItems,
  currentSanction,
  dateOfInstant,
  standardOmbudsmanSignposting,
  type Case,
  type CaseAction,
  type IsoDate,
  type IsoInstant,
  type Person,
  type WorkflowContext
} from '../../src/domain';
import { demoCase, demoPerson, demoSanction } from '../../local/seed/demo-data';
import { demoRoleAssignments, oid } from '../../local/seed/personas';
import { startHarness, type Harness, nothingElseChangesInEachTest } from './emulatorHarness';

jest.setTimeout(60000);

const NOW = '2027-02-26T10:00:00.000Z' as IsoInstant;
const TODAY = dateOfInstant(NOW);

function reviewLetter(fields: Record<string, string>): CaseAction {
  return {
    type: 'completeReview',
    outcome: 'Continue',
    reasons: 'Calls continue at the same level.',
    nextReviewDate: '2027-05-26' as IsoDate,
    letter: {
      id: `letter-review-${Object.keys(fields).length}`,
      type: 'ReviewOutcome',
      templateVersion: 'review-2',
      channel: 'letter',
      fields,
      sentOn: TODAY
    }
  };
}

const RESULT_AND_REASONS = { reviewResult: 'The restriction continues.', reviewReasons: 'Calls continue.', nextReviewDate: '26 May 2027' };

describe('the engine guards its own gates; what it allows is stored as decided (emulator)', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  function context(persona: string, person: Person, prefix: string): WorkflowContext {
    let n = 0;
    // No validateLetter hook: the caller leaves the letter check out on purpose.
    return { now: NOW, actorId: oid(persona), roles: demoRoleAssignments(), person, newId: (kind: string) => `${kind}-${prefix}-${++n}` };
  }

  /** A restriction in force and under review, Cara Rhodes (CRO) the case officer. */
  async function caseUnderReview(id: string): Promise<{ stored: Stored<Case>; person: Person }> {
    const service = harness.storeAs('svc.ccm');
    const person = (await service.persons.create(demoPerson('Gate', id))).value;
    const sanction = { ...demoSanction(id, person.id, `sanction-${id}`, 'Active'), startDate: '2026-12-01' as IsoDate };
    const created = await service.cases.create({ ...demoCase(person.id, [], id, 'SanctionActive'), sanctions: [sanction] });
    const started = applyCaseAction(created.value, { type: 'startReview' }, context('cara.cro', person, `start-${id}`));
    if (!started.ok) throw new Error(started.error.message);
    await service.cases.save(created, started.value.case);
    return { stored: await harness.storeAs('cara.cro').cases.get(id), person };
  }

  test('BR-10 a continuing review whose letter lacks what applies now, the appeal route and the Ombudsman is refused and nothing is written', async () => {
    const { stored, person } = await caseUnderReview('case-gate-refused');
    const outcome = applyCaseAction(stored.value, reviewLetter(RESULT_AND_REASONS), context('cara.cro', person, 'refused'));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ code: 'guardFailed', rule: 'BR-10', message: 'The letter is missing required content.' });
    expect(outcome.error.details?.[0]).toContain('What applies from now');
    const after = (await harness.storeAs('aud.auditor').cases.get('case-gate-refused')).value;
    expect([after.status, after.revision, after.letters, after.sanctions.map((s) => s.status)]).toEqual([
      'UnderReview',
      stored.value.revision,
      [],
      ['Active']
    ]);
  });

  test('BR-10 the same review with the items the system writes from the case is stored: the renewed restriction and the letter', async () => {
    const { stored, person } = await caseUnderReview('case-gate-stored');
    const sanction = currentSanction(stored.value);
    if (!sanction) throw new Error('No restriction in force.');
    const fromCase = continuingRestrictionItems({ ...sanction, startDate: TODAY }, standardOmbudsmanSignposting());
    const outcome = applyCaseAction(
      stored.value,
      reviewLetter({ ...RESULT_AND_REASONS, ...(fromCase as Record<string, string>) }),
      context('cara.cro', person, 'stored')
    );
    if (!outcome.ok) throw new Error(`${outcome.error.message} ${(outcome.error.details ?? []).join(' ')}`);
    await saveCaseChange(harness.storeAs('cara.cro'), stored, outcome.value.case, outcome.value.auditEvents, person, TODAY);
    const saved = (await harness.storeAs('aud.auditor').cases.get('case-gate-stored')).value;
    expect(saved.status).toBe('SanctionActive');
    expect(saved.sanctions.map((s) => [s.version, s.status])).toEqual([
      [1, 'Superseded'],
      [2, 'Active']
    ]);
    const letter = saved.letters.filter((l) => l.type === 'ReviewOutcome')[0];
    expect(letter.fields.whatAppliesNow).toBe(
      [
        'From 26 February 2027 until 31 May 2027:',
        '- Single point of contact (Named officer: Cara Rhodes)',
        'Where it applies: The Housing service.'
      ].join('\n')
    );
    expect(letter.fields.howToAppeal).toContain('within 10 working days of receiving this letter');
    expect(letter.fields.ombudsmanRight).toBe(
      'If you are unhappy with this decision you can complain to the Local Government and Social Care Ombudsman: www.lgo.org.uk, telephone 0300 061 0614.'
    );
  });

  test('BR-28 an amendment naming someone else, or a caller passing another person, is refused before anything is written', async () => {
    const { stored, person } = await caseUnderReview('case-gate-subject');
    const other = (await harness.storeAs('svc.ccm').persons.create(demoPerson('Other', 'Person', 'person-gate-other'))).value;
    const sanction = currentSanction(stored.value);
    if (!sanction) throw new Error('No restriction in force.');
    const fields = {
      ...RESULT_AND_REASONS,
      ...(continuingRestrictionItems({ ...sanction, startDate: TODAY }, standardOmbudsmanSignposting()) as Record<string, string>)
    };
    const amend = (subjectPersonId: string): CaseAction => ({
      type: 'completeReview',
      outcome: 'Amend',
      reasons: 'Lighter touch.',
      nextReviewDate: '2027-05-26' as IsoDate,
      amendedSanction: { ...sanction, subjectPersonId, restrictions: [{ type: 'R13' }] },
      letter: { id: 'letter-amend', type: 'ReviewOutcome', templateVersion: 'review-2', channel: 'letter', fields, sentOn: TODAY }
    });
    // The amendment names someone else; then the caller passes someone else's record for the case's subject.
    for (const [action, as] of [
      [amend(other.id), person],
      [amend(person.id), other]
    ] as const) {
      const outcome = applyCaseAction(stored.value, action, context('cara.cro', as, 'subject'));
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error.rule).toBe('BR-28');
    }
    const after = (await harness.storeAs('aud.auditor').cases.get('case-gate-subject')).value;
    expect([after.revision, after.sanctions.map((s) => s.subjectPersonId)]).toEqual([stored.value.revision, [person.id]]);
  });
});
