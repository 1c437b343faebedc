import type { CaseSummary, Stored } from '../../../data/ports';
import type { CaseTask, IncidentReport, IsoDate, Role, Sanction, UserId } from '../../../domain/model';
import { addDays } from '../../../domain/model/dates';
import { LINE_MANAGER_SERVICES_SETTING } from '../../../domain/workflow/triage';
import { firstPage, type CaseStore } from '../../services/appStore';
import { taskLines } from './taskLines';

/*
 * The home screen's reads, kept apart from its React code (no React, no Fluent) so a host can
 * start them inside its own first $batch, beside the reads that tell it who the user is, before
 * it knows the user's roles: one round trip for the whole first screen. The screen then uses
 * the answers its roles call for.
 */

/** Rows a tile counts; it shows "50+" beyond. */
export const TILE_CAP = 50;

export interface HomeSummary {
  /** Keyed by route id: the number shown on its tile. */
  counts: Record<string, number>;
  /** "What's due" lines, most urgent first. */
  due: { text: string; date?: string; screen: string; params?: Record<string, string> }[];
}

/** The home screen's reads, in flight. A read the user's lists refuse settles as undefined. */
export interface HomeSummaryReads {
  myReports?: Promise<readonly Stored<IncidentReport>[] | undefined>;
  reviewsDue?: Promise<readonly Stored<Sanction>[] | undefined>;
  myCases?: Promise<readonly Stored<CaseSummary>[] | undefined>;
  /** The user's open tasks (assigned to them), each with its case. */
  myTasks?: Promise<readonly Stored<CaseTask>[] | undefined>;
  /** Which services each line manager triages (Settings; domain triage.ts), for the triage count. */
  triageServices?: Promise<unknown>;
  /** The day the reads were made for: what is overdue is said against it. */
  today?: IsoDate;
}

/** Which tiles to read for. */
export interface HomeTiles {
  reports: boolean;
  caseWork: boolean;
  /** Roles that are given tasks: escalations, customers' review requests, flagged contact, letters. */
  tasks: boolean;
  triage: boolean;
}

function holds(roles: readonly Role[], ...wanted: Role[]): boolean {
  return wanted.some((role) => roles.indexOf(role) >= 0);
}

export function homeTilesFor(roles: readonly Role[]): HomeTiles {
  return {
    reports: holds(roles, 'staff'),
    caseWork: holds(roles, 'customerRelationsOfficer', 'alternateOfficer', 'monitoring'),
    tasks: holds(
      roles,
      'customerRelationsOfficer',
      'alternateOfficer',
      'customerIctBusinessManager',
      'lineManager',
      'headOfService',
      'executiveDirector',
      'monitoringOfficer',
      'monitoring',
      'foiOfficer'
    ),
    triage: holds(roles, 'lineManager')
  };
}

function orUndefined<T>(read: Promise<T>): Promise<T | undefined> {
  // Read ahead of the roles, a list the user may not open answers "access denied": no tile.
  return read.catch(() => undefined);
}

function unlessRefused<T>(read: Promise<T>): Promise<T | undefined> {
  // A role held through Settings may come without a group that opens the Tasks list: no tasks.
  return read.catch((error: unknown) => {
    if (typeof error === 'object' && error !== null && (error as { kind?: unknown }).kind === 'Forbidden') return undefined;
    throw error;
  });
}

/**
 * Starts the reads (every one before the first await, so they share a $batch), each capped to
 * one page on an indexed filter: the home screen never counts whole lists, so it stays fast
 * with 100,000 incidents. Without `tiles` (a host reading ahead of the roles) it reads for
 * every tile and takes a refusal as "no tile"; with them, a failed read is an error to show.
 */
export function startHomeSummaryReads(store: CaseStore, userId: UserId, today: IsoDate, tiles?: HomeTiles): HomeSummaryReads {
  const wanted = tiles ?? { reports: true, caseWork: true, tasks: true, triage: true };
  const settle = <T>(read: Promise<T>): Promise<T | undefined> => (tiles ? read : orUndefined(read));
  const page = { pageSize: TILE_CAP };
  return {
    myReports: wanted.reports ? settle(firstPage(store.incidents.listByReporter(userId, page), TILE_CAP)) : undefined,
    reviewsDue: wanted.caseWork ? settle(firstPage(store.sanctions.listReviewDueBy(addDays(today, 14), page), TILE_CAP)) : undefined,
    myCases: wanted.caseWork ? settle(firstPage(store.cases.listByCaseOfficer(userId, page), TILE_CAP)) : undefined,
    myTasks: wanted.tasks ? settle(unlessRefused(store.tasks.listOpenFor(userId))) : undefined,
    triageServices: wanted.triage ? settle(store.settings.get<unknown>(LINE_MANAGER_SERVICES_SETTING)) : undefined,
    today
  };
}

/** Waits for all the reads, so a batch's answers are all in before the screen uses them. */
export async function settleHomeSummaryReads(reads: HomeSummaryReads): Promise<void> {
  await Promise.all([reads.myReports, reads.reviewsDue, reads.myCases, reads.myTasks, reads.triageServices]);
}

/** Who is told about councillors' referrals waiting for a case (the readers of the Member referrals screen). */
export function seesMemberReferrals(roles: readonly Role[]): boolean {
  return holds(roles, 'monitoringOfficer', 'customerIctBusinessManager');
}

/** The counts and due lines for the user's roles, from the reads (and the triage and referral scans, if any). */
export async function summariseHome(
  reads: HomeSummaryReads,
  roles: readonly Role[],
  waitingForTriage: readonly unknown[] | undefined,
  referralsWaiting?: readonly unknown[]
): Promise<HomeSummary> {
  const tiles = homeTilesFor(roles);
  const counts: Record<string, number> = {};
  const due: HomeSummary['due'] = [];
  if (waitingForTriage) {
    counts.triage = waitingForTriage.length;
    if (waitingForTriage.length > 0)
      due.push({
        text: `${waitingForTriage.length} referred incident${waitingForTriage.length === 1 ? '' : 's'} waiting for triage`,
        screen: 'triage'
      });
  }
  if (referralsWaiting) {
    counts['member-referrals'] = referralsWaiting.length;
    if (referralsWaiting.length > 0)
      due.push({
        text: `${referralsWaiting.length >= TILE_CAP ? `${TILE_CAP}+` : referralsWaiting.length} referral${
          referralsWaiting.length === 1 ? '' : 's'
        } from councillors waiting for a case to be opened`,
        screen: 'member-referrals'
      });
  }
  const [mine, reviews, cases, tasks] = await Promise.all([reads.myReports, reads.reviewsDue, reads.myCases, reads.myTasks]);
  if (tiles.reports && mine) counts['my-reports'] = mine.length;
  // The user's own tasks and the reviews coming up, together, most urgent first (issue 13).
  const dated: { line: HomeSummary['due'][number]; rank: number; when: string }[] = [];
  const mineToDo = tiles.tasks && tasks ? tasks.map((row) => row.value) : [];
  const open = reads.today ? taskLines(mineToDo, reads.today) : [];
  for (const { rank, when, ...line } of open) dated.push({ line, rank, when });
  if (tiles.caseWork && reviews) {
    // A review already escalated to this user is said once, by its task.
    const escalated = new Set((tasks ?? []).filter((row) => row.value.kind === 'reviewOverdue').map((row) => row.value.caseId));
    for (const row of reviews.filter((r) => r.value.status === 'Active' && !escalated.has(r.value.caseId)).slice(0, 5)) {
      dated.push({
        line: { text: 'Sanction review due', date: row.value.reviewDate, screen: 'case', params: { caseId: row.value.caseId } },
        rank: 1,
        when: row.value.reviewDate
      });
    }
  }
  dated.sort((a, b) => a.rank - b.rank || (a.when < b.when ? -1 : a.when > b.when ? 1 : 0));
  due.push(...dated.map((entry) => entry.line));
  if (tiles.caseWork && cases) counts.cases = cases.filter((c) => c.value.status !== 'Closed').length;
  return { counts, due };
}
