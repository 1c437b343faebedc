// The set-up the staff-banner sweep tests share: an approved restriction waiting for its letter,
// the service harness started afresh for each test with no seeded case and the clock on the
// restriction's start day, the "nothing else changed" check, and the two things those tests ask
// again and again: run the sweep as the scheduler does, and read what staff see.
import { nothingElseChangesInEachTest } from '../../data/emulatorHarness';
import type { Case } from '../../../src/domain';
import { isoDate, isoInstant } from '../../../src/domain/model/dates';
import type { ServiceStore } from '../../../src/service/ports';
import { api, PERSON_ID, proposedCase, startHarness, USERS, type Harness } from './scenario';

/** Approved by the Executive Director and ending on `endDate`, waiting for the restriction letter (SanctionLetterDraft). */
export function approvedCase(endDate: string): Case {
  const kase = proposedCase();
  const sanction = kase.sanctions[0];
  return {
    ...kase,
    status: 'SanctionLetterDraft',
    sanctions: [
      {
        ...sanction,
        status: 'Approved',
        endDate: isoDate(endDate),
        reviewDate: isoDate('2027-02-26'),
        approvals: [
          {
            id: 'approval-1',
            approverId: USERS.ed,
            approverRole: 'executiveDirector',
            outcome: 'Approve',
            reasons: 'Proportionate.',
            decidedAt: isoInstant('2026-11-27T15:00:00Z')
          }
        ]
      }
    ]
  };
}

export interface BannerSweepScenario {
  /** This test's harness (read it inside a test: it is started afresh before each). */
  readonly h: Harness;
  /** Moves the service's clock (the harness reads it on every request). */
  setClock(instant: string): void;
  /** Runs the sweep with the scheduler's key and returns its report. */
  sweep(): Promise<Record<string, unknown>>;
  /** The sanction ids of the banners staff (sam.staff) see for the customer. */
  staffSees(): Promise<string[]>;
}

/**
 * Registers the hooks in the calling describe block. `wrapStore` wraps the service's store, for
 * the tests that make one write fail.
 */
export function bannerSweepScenario(wrapStore?: (store: ServiceStore) => ServiceStore): BannerSweepScenario {
  let harness: Harness | undefined;
  const h = (): Harness => {
    if (!harness) throw new Error('The harness is not running: read `h` inside a test');
    return harness;
  };

  beforeEach(async () => {
    harness = await startHarness({}, { seedCase: false, wrapStore });
    // The approved restriction starts on 1 December 2026 (the proposal's start date).
    harness.clock.now = isoInstant('2026-12-01T09:30:00Z');
  });
  // Declared after the harness starts, so the snapshot is of the seeded site (issue 14).
  nothingElseChangesInEachTest(() => h().sp);

  afterEach(async () => {
    await harness?.close();
  });

  return {
    get h(): Harness {
      return h();
    },
    setClock: (instant) => {
      Object.assign(h().clock, { now: isoInstant(instant) });
    },
    sweep: async () => {
      const response = await api(h(), 'POST', '/api/sweeps/run', undefined, {}, { 'x-ccm-sweep-key': 'test-sweep-key' });
      expect(response.status).toBe(200);
      return response.body as Record<string, unknown>;
    },
    staffSees: async () =>
      (await h().sp.storeAs('sam.staff').restrictionAlerts.listActiveForPerson(PERSON_ID)).map((row) => row.value.sanctionId ?? '')
  };
}
