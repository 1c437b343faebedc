// Issue 13, "a failed save leaves nothing behind", over real HTTP with SharePoint's permissions
// and etags: when SharePoint refuses the case write (a stale etag, or a persona whose groups may
// not write cases), the attempt leaves no child rows (reviews, sanctions, letters) and no audit
// entries, and what the person is told says why. saveCaseChange writes the case row first, under
// its etag, as the gate (see its header for the order).
import { saveCaseChange, type SavedCaseChange } from '../../src/app/cases/saveCaseChange';
import type { CaseStore, Stored } from '../../src/data/ports';
import {
  applyCaseAction,
  dateOfInstant,
  type Case,
  type CaseAction,
  type IsoDate,
  type IsoInstant,
  type Person,
  type RoleAssignments,
  type WorkflowContext
} from '../../src/domain';
import { plainWords } from '../../src/ui/components/errorWords';
import { demoCase, demoPerson, demoSanction } from '../../local/seed/demo-data';
import { demoRoleAssignments, oid } from '../../local/seed/personas';
import { startHarness, type Harness, nothingElseChangesInEachTest } from './emulatorHarness';

jest.setTimeout(60000);

const NOW = '2027-02-26T10:00:00.000Z' as IsoInstant;

/** The Settings say Mo (monitoring) also sits as an approver, but her groups only read cases. */
function rolesWithMoAsApprover(): RoleAssignments {
  const roles = demoRoleAssignments();
  return { ...roles, executiveDirector: [...(roles.executiveDirector ?? []), oid('mo.monitor')] };
}

const CONTINUE_REVIEW: CaseAction = {
  type: 'completeReview',
  outcome: 'Continue',
  reasons: 'Calls continue at the same level.',
  nextReviewDate: '2027-05-26' as IsoDate,
  letter: {
    id: 'letter-failed-review',
    type: 'ReviewOutcome',
    templateVersion: '1',
    channel: 'letter',
    // Everything a continuing restriction's letter must state (BR-10): the engine checks it itself.
    fields: {
      reviewResult: 'The restriction continues.',
      reviewReasons: 'Calls continue.',
      whatAppliesNow: 'From 26 February 2027 until the end date: contact through one officer.',
      nextReviewDate: '26 May 2027',
      howToAppeal: 'Write to your single point of contact within 10 working days.',
      ombudsmanRight: 'You can complain to the Local Government and Social Care Ombudsman.'
    },
    sentOn: '2027-02-26' as IsoDate
  }
};

describe('a case save SharePoint refuses leaves nothing behind (emulator)', () => {
  let harness: Harness;
  nothingElseChangesInEachTest(() => harness);

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  /** A restriction in force, its review due, Cara Rhodes (CRO) the case officer; `underReview` has the review started. */
  async function caseDueForReview(id: string, underReview: boolean): Promise<{ caseId: string; person: Person }> {
    const service = harness.storeAs('svc.ccm');
    const person = (await service.persons.create(demoPerson('Review', id))).value;
    const sanction = { ...demoSanction(id, person.id, `sanction-${id}`, 'Active'), startDate: '2026-12-01' as IsoDate };
    const created = await service.cases.create({ ...demoCase(person.id, [], id, 'SanctionActive'), sanctions: [sanction] });
    if (!underReview) return { caseId: id, person };
    const started = applyCaseAction(created.value, { type: 'startReview' }, engineContext('cara.cro', person, `start-${id}`));
    if (!started.ok) throw new Error(started.error.message);
    await service.cases.save(created, started.value.case);
    return { caseId: id, person };
  }

  function engineContext(persona: string, person: Person, prefix: string, roles: RoleAssignments = demoRoleAssignments()): WorkflowContext {
    let n = 0;
    return { now: NOW, actorId: oid(persona), roles, person, newId: (kind: string) => `${kind}-${prefix}-${++n}` };
  }

  /** What the case lists and the audit log hold for the case, as the auditor reads them. */
  async function footprint(
    caseId: string
  ): Promise<{ status: string; revision: number; reviews: unknown[]; sanctions: string[]; letters: string[]; audited: string[] }> {
    const auditor = harness.storeAs('aud.auditor');
    const kase = (await auditor.cases.get(caseId)).value;
    const audited: string[] = [];
    for (const entity of [{ type: 'Case' as const, id: caseId }, ...kase.reviews.map((r) => ({ type: 'Review' as const, id: r.id }))]) {
      audited.push(...(await auditor.auditLog.listForEntity(entity.type, entity.id)).map((entry) => entry.value.event.action));
    }
    return {
      status: kase.status,
      revision: kase.revision,
      reviews: kase.reviews.map((r) => ({ id: r.id, outcome: r.outcome })),
      sanctions: kase.sanctions.map((s) => `${s.id}:${s.status}`),
      letters: kase.letters.map((l) => l.id),
      audited
    };
  }

  async function attempt(
    persona: string,
    stored: Stored<Case>,
    action: CaseAction,
    person: Person,
    roles?: RoleAssignments
  ): Promise<unknown> {
    const outcome = applyCaseAction(stored.value, action, engineContext(persona, person, `try-${persona}`, roles));
    if (!outcome.ok) throw new Error(`The engine refused: ${outcome.error.message}`);
    return saveCaseChange(harness.storeAs(persona), stored, outcome.value.case, outcome.value.auditEvents, person, dateOfInstant(NOW)).then(
      () => undefined,
      (error: unknown) => error
    );
  }

  test('a stale etag: the review started on an old copy writes no Review and no audit entry; the CRO is told someone else changed the case', async () => {
    const { caseId, person } = await caseDueForReview('case-stale', false);
    const cro = harness.storeAs('cara.cro');
    const stale = await cro.cases.get(caseId);
    // Meanwhile the alternate officer saves the case (a contact logged).
    const latest = await harness.storeAs('alex.alternate').cases.get(caseId);
    const logged = applyCaseAction(
      latest.value,
      {
        type: 'logContact',
        entry: {
          receivedAt: NOW,
          channel: 'email',
          viaSpoc: true,
          summary: 'Asked about repairs.',
          newIssue: false,
          safeguardingConcern: false,
          breachOfRestriction: false
        }
      },
      engineContext('alex.alternate', person, 'meanwhile')
    );
    if (!logged.ok) throw new Error(logged.error.message);
    await saveCaseChange(
      harness.storeAs('alex.alternate'),
      latest,
      logged.value.case,
      logged.value.auditEvents,
      person,
      dateOfInstant(NOW)
    );
    const before = await footprint(caseId);

    const refusal = await attempt('cara.cro', stale, { type: 'startReview' }, person);

    expect(refusal).toMatchObject({ kind: 'Conflict' });
    // The conflict carries the case as it now is, for "reload" or "apply my changes".
    expect((refusal as { current?: Stored<Case> }).current?.value.contactLog).toHaveLength(1);
    expect(plainWords(refusal)).toBe('Someone else changed this record while you were working on it.');
    const after = await footprint(caseId);
    expect(after).toEqual(before);
    expect(after.reviews).toEqual([]);
    expect(after.audited).not.toContain('case.startReview');
    expect(after.audited).not.toContain('review.started');
  });

  test('no permission to write cases: a review outcome recorded by someone whose groups only read cases leaves no sanction, letter, review change or audit entry', async () => {
    const { caseId, person } = await caseDueForReview('case-refused', true);
    const monitor = harness.storeAs('mo.monitor');
    const stored = await monitor.cases.get(caseId);
    const before = await footprint(caseId);
    expect(before.status).toBe('UnderReview');

    const refusal = await attempt('mo.monitor', stored, CONTINUE_REVIEW, person, rolesWithMoAsApprover());

    expect(refusal).toMatchObject({ kind: 'Forbidden' });
    expect(plainWords(refusal)).toMatch(
      /^You do not have permission to do this\. If your role needs it, ask the site owner to add you to CCM /
    );
    expect(plainWords(refusal)).toContain('CCM Case Team');
    const after = await footprint(caseId);
    expect(after).toEqual(before);
    // In detail: the review has no outcome, the sanction was not superseded, no letter was added.
    expect(after.reviews).toEqual([{ id: expect.any(String), outcome: undefined }]);
    expect(after.sanctions).toEqual(['sanction-case-refused:Active']);
    expect(after.letters).toEqual([]);
    expect(after.audited).not.toContain('case.completeReview');
    expect(after.audited).not.toContain('review.completed');
    // Nor a letter in the library under the attempted letter's id.
    await expect(harness.storeAs('cara.cro').letters.listByCase(caseId)).resolves.toEqual([]);
  });

  test('the same review recorded by the case officer goes through, children and audit included (the gate is what stopped the others)', async () => {
    const { caseId, person } = await caseDueForReview('case-allowed', true);
    const cro: CaseStore = harness.storeAs('cara.cro');
    const stored = await cro.cases.get(caseId);
    const outcome = applyCaseAction(stored.value, CONTINUE_REVIEW, engineContext('cara.cro', person, 'allowed'));
    if (!outcome.ok) throw new Error(outcome.error.message);
    const change: SavedCaseChange = await saveCaseChange(
      cro,
      stored,
      outcome.value.case,
      outcome.value.auditEvents,
      person,
      dateOfInstant(NOW)
    );
    expect(change.audit).toEqual({ status: 'written' });
    const after = await footprint(caseId);
    expect(after.status).toBe('SanctionActive');
    expect(after.reviews).toEqual([{ id: expect.any(String), outcome: 'Continue' }]);
    expect(after.sanctions).toEqual(['sanction-case-allowed:Superseded', expect.stringMatching(/:Active$/)]);
    expect(after.letters).toEqual(['letter-failed-review']);
    expect(after.audited).toEqual(expect.arrayContaining(['case.completeReview', 'review.completed']));
  });

  test('once the case is saved it stays saved: an audit log that refuses afterwards is reported, not turned into "not saved"', async () => {
    const { caseId, person } = await caseDueForReview('case-audit-down', false);
    const cro = harness.storeAs('cara.cro');
    const stored = await cro.cases.get(caseId);
    const outcome = applyCaseAction(stored.value, { type: 'startReview' }, engineContext('cara.cro', person, 'audit-down'));
    if (!outcome.ok) throw new Error(outcome.error.message);
    const auditDown = {
      ...cro,
      auditLog: { ...cro.auditLog, append: () => Promise.reject(Object.assign(new Error('Service unavailable'), { kind: 'Unavailable' })) }
    };
    const change = await saveCaseChange(auditDown, stored, outcome.value.case, outcome.value.auditEvents, person, dateOfInstant(NOW));
    expect(change.audit).toMatchObject({ status: 'notWritten', events: outcome.value.auditEvents });
    expect((await footprint(caseId)).status).toBe('UnderReview');
  });
});
