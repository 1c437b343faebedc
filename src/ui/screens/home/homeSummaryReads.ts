import type { CaseSummary, Stored } from '../../../data/ports';
import type { IncidentReport, IsoDate, Role, Sanction, UserId } from '../../../domain/model';
import { addDays } from '../../../domain/model/dates';
import { firstPage, type AppStore } from '../../services/appStore';

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
}

/** Which tiles to read for. */
export interface HomeTiles {
  reports: boolean;
  caseWork: boolean;
}

function holds(roles: readonly Role[], ...wanted: Role[]): boolean {
  return wanted.some((role) => roles.indexOf(role) >= 0);
}

export function homeTilesFor(roles: readonly Role[]): HomeTiles {
  return { reports: holds(roles, 'staff'), caseWork: holds(roles, 'customerRelationsOfficer', 'alternateOfficer', 'monitoring') };
}

function orUndefined<T>(read: Promise<T>): Promise<T | undefined> {
  // Read ahead of the roles, a list the user may not open answers "access denied": no tile.
  return read.catch(() => undefined);
}

/**
 * Starts the reads (every one before the first await, so they share a $batch), each capped to
 * one page on an indexed filter: the home screen never counts whole lists, so it stays fast
 * with 100,000 incidents. Without `tiles` (a host reading ahead of the roles) it reads for
 * every tile and takes a refusal as "no tile"; with them, a failed read is an error to show.
 */
export function startHomeSummaryReads(store: AppStore, userId: UserId, today: IsoDate, tiles?: HomeTiles): HomeSummaryReads {
  const wanted = tiles ?? { reports: true, caseWork: true };
  const settle = <T>(read: Promise<T>): Promise<T | undefined> => (tiles ? read : orUndefined(read));
  const page = { pageSize: TILE_CAP };
  return {
    myReports: wanted.reports ? settle(firstPage(store.incidents.listByReporter(userId, page), TILE_CAP)) : undefined,
    reviewsDue: wanted.caseWork ? settle(firstPage(store.sanctions.listReviewDueBy(addDays(today, 14), page), TILE_CAP)) : undefined,
    myCases: wanted.caseWork ? settle(firstPage(store.cases.listByCaseOfficer(userId, page), TILE_CAP)) : undefined
  };
}

/** Waits for all the reads, so a batch's answers are all in before the screen uses them. */
export async function settleHomeSummaryReads(reads: HomeSummaryReads): Promise<void> {
  await Promise.all([reads.myReports, reads.reviewsDue, reads.myCases]);
}

/** The counts and due lines for the user's roles, from the reads (and the triage scan, if any). */
export async function summariseHome(
  reads: HomeSummaryReads,
  roles: readonly Role[],
  waitingForTriage: readonly unknown[] | undefined
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
  const [mine, reviews, cases] = await Promise.all([reads.myReports, reads.reviewsDue, reads.myCases]);
  if (tiles.reports && mine) counts['my-reports'] = mine.length;
  if (tiles.caseWork && reviews) {
    for (const row of reviews.filter((r) => r.value.status === 'Active').slice(0, 5)) {
      due.push({ text: 'Sanction review due', date: row.value.reviewDate, screen: 'case', params: { caseId: row.value.caseId } });
    }
  }
  if (tiles.caseWork && cases) counts.cases = cases.filter((c) => c.value.status !== 'Closed').length;
  return { counts, due };
}
