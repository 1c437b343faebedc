import type { Appeal } from '../model/appeal';
import type { Case } from '../model/case';
import { isoDate, isoInstant, IsoDate } from '../model/dates';
import type { Review } from '../model/review';
import type { RestrictionItem, Sanction, SanctionScope } from '../model/sanction';
import type { WarningMarker } from '../model/warningMarker';
import { ageBand, buildQuarterlyReport } from './quarterlyReport';
import { quarterlyReportToCsv } from './quarterlyReportCsv';

const d = (value: string): IsoDate => isoDate(value);
const R01: RestrictionItem = { type: 'R01', contact: { kind: 'inbox', address: 'cro@example.gov.uk' } };
const R03: RestrictionItem = { type: 'R03', days: ['monday'], fromTime: '10:00', toTime: '11:00', maxCallMinutes: 10 };

function sanction(
  id: string,
  start: string,
  review: string,
  restrictions: RestrictionItem[],
  scope: SanctionScope,
  status: Sanction['status'] = 'Active'
): Sanction {
  return {
    id,
    version: 1,
    caseId: 'c',
    subjectPersonId: 'p',
    restrictions,
    scope,
    startDate: d(start),
    endDate: d('2027-06-30'),
    reviewDate: d(review),
    spoc: { name: 'CRO', channel: 'inbox' },
    necessaryContactArrangements: 'x',
    proportionalityReasons: 'x',
    proposedBy: 'u',
    proposedAt: isoInstant('2026-01-01T00:00:00Z'),
    approvals: [],
    status
  };
}

function caseOf(id: string, leadService: string, sanctions: Sanction[], reviews: Review[] = [], appeals: Appeal[] = []): Case {
  return {
    id,
    route: 'Customer',
    personId: 'p',
    incidentIds: [],
    leadService,
    createdBy: 'u',
    conflictDeclarations: [],
    status: 'SanctionActive',
    sanctions,
    reviews,
    appeals,
    letters: [],
    contactLog: [],
    tasks: [],
    noReplyInstructions: [],
    createdAt: isoInstant('2026-01-01T00:00:00Z'),
    updatedAt: isoInstant('2026-01-01T00:00:00Z'),
    revision: 1
  };
}

const appeal = (id: string, receivedOn: string, outcome?: Appeal['outcome']): Appeal => ({
  id,
  sanctionId: 's',
  receivedOn: d(receivedOn),
  withinDeadline: true,
  grounds: ['disproportionate'],
  statement: 'x',
  reviewerId: 'r',
  outcome
});

const marker = (id: string, reviewDate: string, status: WarningMarker['status'] = 'Active'): WarningMarker => ({
  id,
  personId: 'p',
  incidentIds: ['i'],
  riskDescription: 'x',
  precautions: 'x',
  proposedBy: 'u',
  reviewDate: d(reviewDate),
  challenges: [],
  status
});

const heldReview: Review = {
  id: 'r1',
  kind: 'Scheduled',
  sanctionId: 's2',
  dueDate: d('2026-11-01'),
  reviewers: ['u'],
  outcome: 'Continue'
};

const cases: Case[] = [
  caseOf(
    'c1',
    'Housing',
    [
      sanction('s1', '2026-11-01', '2026-12-15', [R01, R03], { kind: 'service', service: 'Housing' }),
      sanction('s0', '2026-05-01', '2026-08-01', [R01], { kind: 'service', service: 'Housing' }, 'Superseded')
    ],
    [],
    [appeal('a1', '2026-10-05', 'Uphold'), appeal('a2', '2026-11-20'), appeal('a0', '2026-09-30', 'Quash')]
  ),
  caseOf(
    'c2',
    'Planning',
    [sanction('s2', '2026-07-15', '2026-11-01', [R01], { kind: 'councilWide', justification: { basis: 'riskToStaff', detail: 'x' } })],
    [heldReview],
    [appeal('a3', '2026-12-01', 'Vary')]
  ),
  caseOf('c3', 'Waste', [sanction('s3', '2025-11-01', '2026-11-15', [R03], { kind: 'team', team: 'Crews', service: 'Waste' })])
];
const markers = [marker('m1', '2026-12-31'), marker('m2', '2026-12-01'), marker('m3', '2027-01-15'), marker('m4', '2026-10-01', 'Removed')];
const report = buildQuarterlyReport({ cases, markers, quarterStart: d('2026-10-01'), quarterEnd: d('2026-12-31') });

describe('quarterly report', () => {
  test('BR-27 counts active restrictions by type, service and age band; superseded ones are left out', () => {
    expect(report.activeTotal).toBe(3);
    expect(report.activeByType.map((row) => [row.key, row.count])).toEqual([
      ['R01', 2],
      ['R03', 2]
    ]);
    expect(report.activeByService.map((row) => [row.label, row.count])).toEqual([
      ['Housing', 1],
      ['Planning', 1],
      ['Waste', 1]
    ]);
    expect(report.activeByAge.map((row) => [row.key, row.count])).toEqual([
      ['Under 3 months', 1],
      ['3 to 6 months', 1],
      ['Over 12 months', 1]
    ]);
  });

  test('BR-27 overdue reviews: listed when no outcome is recorded, not listed once the review is held', () => {
    expect(report.reviewsOverdue).toEqual([
      { caseId: 'c1', sanctionId: 's1', reviewDate: '2026-12-15', daysOverdue: 16 },
      { caseId: 'c3', sanctionId: 's3', reviewDate: '2026-11-15', daysOverdue: 46 }
    ]);
  });

  test('BR-27 appeals received in the quarter with outcomes; earlier appeals excluded', () => {
    expect(report.appeals).toEqual({ received: 3, upheld: 1, varied: 1, quashed: 0, undecided: 1 });
  });

  test('BR-27 markers due for review by the end of the quarter; removed and later ones excluded', () => {
    expect(report.markersDueForReview).toEqual([
      { markerId: 'm1', reviewDate: '2026-12-31', overdue: false },
      { markerId: 'm2', reviewDate: '2026-12-01', overdue: true }
    ]);
  });

  test('age bands use calendar months', () => {
    expect(ageBand(d('2026-09-30'), d('2026-12-29'))).toBe('Under 3 months');
    expect(ageBand(d('2026-09-30'), d('2026-12-30'))).toBe('3 to 6 months');
    expect(ageBand(d('2026-01-31'), d('2026-07-31'))).toBe('6 to 12 months');
  });

  test('the CSV export has every section with British dates', () => {
    const csv = quarterlyReportToCsv(report);
    expect(csv).toContain('Period,1 October 2026 to 31 December 2026\r\n');
    expect(csv).toContain('R01 Single point of contact,2\r\n');
    expect(csv).toContain('c3,s3,15 November 2026,46\r\n');
    expect(csv).toContain('3,1,1,0,1\r\n');
    expect(csv).toContain('m2,1 December 2026,Yes\r\n');
    expect(csv).toContain('m1,31 December 2026,No\r\n');
  });
});
