import fc from 'fast-check';
import type { Case } from '../model/case';
import { addDays, addMonths, isoDate, IsoDate, isOnOrBefore } from '../model/dates';
import { DEFAULT_SANCTION_LIMITS } from '../sanctions/limits';
import { applyCaseAction } from './applyCaseAction';
import type { CaseAction } from './types';
import { completeChecklist, context, draftCase, letter, panel, proposal } from './testing/fixtures';

const ACTORS = ['u-staff', 'u-lm', 'u-hos', 'u-ed', 'u-cro', 'u-alt', 'u-appeal', 'u-mo', 'u-bm', 'system'];

/** Actions parameterised by the current simulated day so dates stay plausible. */
function actionFor(kind: number, day: IsoDate, variant: number): CaseAction {
  const start = addDays(day, 1);
  const months = [1, 6, 12, 13][variant % 4];
  const sanction = proposal(start, { endDate: addMonths(start, months), reviewDate: addMonths(start, variant % 3 === 0 ? 7 : 2) });
  const options: CaseAction[] = [
    { type: 'submit' },
    { type: 'escalate', reasons: 'Abuse continues.' },
    { type: 'takeInformalAction', reasons: 'Warned.' },
    { type: 'resolveInformal', reasons: 'Resolved.' },
    { type: 'assignCaseOfficer', userId: variant % 2 === 0 ? 'u-cro' : 'u-alt' },
    { type: 'declareConflict', declaration: { userId: 'u-cro', kind: 'priorInvolvement', detail: 'Earlier complaint.' } },
    { type: 'recordChecklist', checklist: variant % 2 === 0 ? completeChecklist() : { answers: [] } },
    {
      type: 'recordInvocationDecision',
      decision: panel('Customer', { outcome: (['Invoke', 'DoNotInvoke', 'InformalOnly'] as const)[variant % 3] })
    },
    { type: 'sendMonitoringLetter', letter: letter('MonitoringWarning', day) },
    { type: 'closeMonitoringImproved', reasons: 'Better.' },
    { type: 'proposeSanction', sanction, earlyBreachReason: variant % 2 === 0 ? 'Serious breach.' : undefined },
    {
      type: 'decideSanction',
      approval: {
        approverRole: 'executiveDirector',
        outcome: (['Approve', 'Reject', 'AskForChanges'] as const)[variant % 3],
        reasons: 'Decided.'
      },
      afterRejection: 'Monitoring'
    },
    { type: 'sendSanctionLetter', letter: letter('RestrictionDecision', day) },
    {
      type: 'receiveAppeal',
      receivedOn: day,
      grounds: ['disproportionate'],
      statement: 'Too much.',
      reviewerId: 'u-appeal',
      withinDeadline: true
    },
    {
      type: 'decideAppeal',
      outcome: (['Uphold', 'Vary', 'Quash'] as const)[variant % 3],
      reasons: 'Decided.',
      variedSanction: sanction,
      letter: letter('AppealOutcome', day)
    },
    { type: 'startReview' },
    {
      type: 'completeReview',
      outcome: (['Continue', 'Amend', 'Lift'] as const)[variant % 3],
      reasons: 'Reviewed.',
      nextReviewDate: addMonths(day, variant % 3 === 0 ? 8 : 2),
      newEndDate: addMonths(day, months),
      amendedSanction: sanction,
      letter: letter('ReviewOutcome', day)
    },
    { type: 'escalateOverdueReview' },
    { type: 'expireSanction' },
    { type: 'issueNoReplyInstruction', scope: { kind: 'service', service: 'Housing' }, wording: 'No reply.' }
  ];
  return options[kind % options.length];
}

function checkInvariants(c: Case): void {
  // Closed cases, and only closed cases, carry a closure reason.
  expect(c.status === 'Closed').toBe(c.closureReason !== undefined);
  // At most one sanction is in force, and only while the case is in a sanctioned state.
  const active = c.sanctions.filter((s) => s.status === 'Active');
  expect(active.length).toBeLessThanOrEqual(1);
  if (active.length === 1) {
    expect(['SanctionActive', 'UnderReview', 'UnderAppeal']).toContain(c.status);
  }
  if (['SanctionActive', 'UnderReview', 'UnderAppeal'].indexOf(c.status) >= 0) {
    expect(active).toHaveLength(1);
  }
  c.sanctions.forEach((s) => {
    // Every sanction has an end date and a review date within the limits (BR-08).
    expect(isOnOrBefore(s.reviewDate, s.endDate)).toBe(true);
    expect(isOnOrBefore(s.endDate, addMonths(s.startDate, DEFAULT_SANCTION_LIMITS.maxDurationMonths))).toBe(true);
    expect(isOnOrBefore(s.reviewDate, addMonths(s.startDate, DEFAULT_SANCTION_LIMITS.firstReviewWithinMonths))).toBe(true);
    // Anything approved or in force was approved by someone other than its proposer (BR-01).
    if (s.status === 'Approved' || s.status === 'Active') {
      const approvals = s.approvals.filter((a) => a.outcome === 'Approve');
      expect(approvals.length).toBeGreaterThan(0);
      if (s.version === 1) {
        expect(approvals.every((a) => a.approverId !== s.proposedBy)).toBe(true);
      }
    }
  });
  // Monitoring never runs without a letter; a sanction never goes live without the checklist (BR-04, BR-05).
  if (c.status === 'Monitoring') {
    expect(c.monitoringPeriod?.letterId).toBeDefined();
  }
  if (c.sanctions.some((s) => s.status === 'Approved' || s.status === 'Active')) {
    expect(c.checklist?.answers.length).toBe(13);
  }
  // No do-not-reply instruction without an approved sanction behind it (BR-32).
  c.noReplyInstructions.forEach((n) => expect(c.sanctions.some((s) => s.id === n.sanctionId)).toBe(true));
}

describe('state machine properties', () => {
  test('no random sequence of actions reaches an illegal state, and every applied step is audited', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ kind: fc.nat(19), actor: fc.nat(ACTORS.length - 1), variant: fc.nat(11), days: fc.integer({ min: 0, max: 60 }) }),
          { maxLength: 60 }
        ),
        (steps) => {
          let c = draftCase();
          let day = isoDate('2026-01-05');
          for (const s of steps) {
            day = addDays(day, s.days);
            const before = c;
            const result = applyCaseAction(c, actionFor(s.kind, day, s.variant), context(ACTORS[s.actor], day));
            if (result.ok) {
              c = result.value.case;
              expect(result.value.auditEvents.length).toBeGreaterThan(0);
              expect(c.revision).toBe(before.revision + 1);
            } else {
              expect(['illegalTransition', 'guardFailed', 'notPermitted']).toContain(result.error.code);
            }
            checkInvariants(c);
          }
        }
      ),
      { numRuns: 400 }
    );
  });

  test('a sanction proposal is accepted only with dates inside the limits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 0, max: 9 }),
        (offset, endMonths, reviewMonths) => {
          const start = addDays(isoDate('2026-04-13'), offset);
          const base = {
            ...draftCase(),
            status: 'Monitoring' as const,
            caseOfficerId: 'u-cro',
            checklist: completeChecklist(),
            monitoringPeriod: {
              startDate: isoDate('2026-01-12'),
              plannedEndDate: isoDate('2026-04-12'),
              spocUserId: 'u-cro',
              letterId: 'l'
            }
          };
          const sanction = proposal(start, { endDate: addMonths(start, endMonths), reviewDate: addMonths(start, reviewMonths) });
          const result = applyCaseAction(base, { type: 'proposeSanction', sanction }, context('u-cro', start));
          // BR-08: end within 12 months, first review within 6 months and not after the end.
          expect(result.ok).toBe(endMonths <= 12 && reviewMonths <= 6 && reviewMonths <= endMonths);
        }
      ),
      { numRuns: 300 }
    );
  });
});
