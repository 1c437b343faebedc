// The one place that brings the staff banners (RestrictionAlerts) in line with a case's
// sanctions. Every transition that can change a sanction's effect on contact (letter recorded
// as sent, review amend or lift, appeal vary or quash, expiry, supersession) is saved and then
// passed here by its caller: the tab (as the person acting), the case service and the sweep.
// The sweep also calls it for every case with a restriction in force or an open banner, so a
// crash between the case save and this write is repaired on the next run.

import {
  isEmptyPlan,
  planAlertSync,
  type AlertSubject,
  type AlertSyncPlan,
  type RestrictionAlertRecord
} from '../../domain/alerts/alertRecord';
import type { Case, IsoDate } from '../../domain/model';
import type { CreateOptions, Stored } from '../../data/ports/stored';
import { isConflict } from '../../data/ports';

/** What the banner writer needs from storage (the RestrictionAlerts repository satisfies it). */
export interface AlertStorePort {
  listOpenForCase(caseId: string): Promise<Stored<RestrictionAlertRecord>[]>;
  create(value: RestrictionAlertRecord, options?: CreateOptions): Promise<Stored<RestrictionAlertRecord>>;
  update(stored: Stored<RestrictionAlertRecord>, next: RestrictionAlertRecord): Promise<Stored<RestrictionAlertRecord>>;
}

export interface AlertSyncOutcome {
  opened: string[];
  updated: string[];
  closed: string[];
}

const ATTEMPTS: number = 3;

async function applyPlan(alerts: AlertStorePort, plan: AlertSyncPlan, stored: readonly Stored<RestrictionAlertRecord>[]): Promise<void> {
  const byId = new Map(stored.map((row) => [row.value.id, row] as const));
  // Closing first: a superseded banner never stands beside its successor longer than needed.
  for (const { current, next } of plan.close) {
    const row = byId.get(current.id);
    if (row) await alerts.update(row, next);
  }
  for (const { current, next } of plan.update) {
    const row = byId.get(current.id);
    if (row) await alerts.update(row, next);
  }
  for (const record of plan.open) {
    // The id follows from the sanction: a retried create returns the existing row, which
    // may be a closed banner of the same sanction (for example one the sweep closed early).
    const created = await alerts.create(record, { requestKey: record.id });
    if (!created.value.isActive) await alerts.update(created, record);
  }
}

/**
 * Opens, updates or closes the case's banners so that they show exactly the sanctions in
 * force on `today`. Idempotent: a second call with nothing changed writes nothing. A banner
 * changed by someone else meanwhile (412) is re-read and the plan made again; so is one that
 * changed after `firstRead` was read (a banner opened meanwhile has the same key, so a create
 * returns it rather than adding a second).
 */
export async function syncCaseAlerts(
  alerts: AlertStorePort,
  kase: Case,
  person: AlertSubject,
  today: IsoDate,
  /** The case's open banners when the caller began reading them already (beside the case save). */
  firstRead?: Promise<Stored<RestrictionAlertRecord>[]>
): Promise<AlertSyncOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    const stored = await (attempt === 1 && firstRead ? firstRead : alerts.listOpenForCase(kase.id));
    const plan = planAlertSync({
      sanctions: kase.sanctions,
      personFor: (sanction) => (sanction.subjectPersonId === person.id ? person : undefined),
      openAlerts: stored.map((row) => row.value),
      today
    });
    const outcome: AlertSyncOutcome = {
      opened: plan.open.map((record) => record.id),
      updated: plan.update.map((change) => change.current.id),
      closed: plan.close.map((change) => change.current.id)
    };
    if (isEmptyPlan(plan)) return outcome;
    try {
      await applyPlan(alerts, plan, stored);
      return outcome;
    } catch (error) {
      if (!isConflict(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}
