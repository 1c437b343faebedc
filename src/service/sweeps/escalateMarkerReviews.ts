// Issue 17: a warning marker whose review date has passed without a review is escalated (spec 4.1:
// review at least every 12 months, and remove it if there has been no further incident). Each
// escalation is claimed once in the AuditLog under a key made of the marker and its review date
// before anyone is told, so running the sweep twice, or on two instances, tells nobody twice; a
// review that sets a new date makes a later lapse a new escalation.
//
// Who is told: the health and safety advisers (the register's keepers) and the officer who
// proposed the marker. The card names no customer and carries nothing of the risk narrative: it
// says a review is overdue and since when, and the register screen shows the rest to those who
// may open it (each view logged).

import { noticeCard } from '../../cards';
import { addDays, dateOfInstant, formatLongDate, SYSTEM_ACTOR } from '../../domain';
import type { IsoInstant, RoleAssignments, UserId } from '../../domain';
import { isMarkerReviewOverdue } from '../../domain/markers/markerLifecycle';
import type { SweepDeps } from './sweepDeps';

export async function escalateMarkerReviews(deps: SweepDeps, roles: RoleAssignments, now: IsoInstant): Promise<string[]> {
  const today = dateOfInstant(now);
  if (deps.store.markers === undefined) return [];
  const escalated: string[] = [];
  for (const marker of await deps.store.markers.listReviewDueBy(addDays(today, -1))) {
    if (!isMarkerReviewOverdue(marker, today)) continue;
    const entity = { type: 'WarningMarker' as const, id: marker.id };
    const key = `sweep-marker-review-overdue-${marker.id}-${marker.reviewDate}`;
    try {
      if (await deps.store.audit.has(key, entity)) continue;
      await deps.store.audit.append([
        {
          id: key,
          actorId: SYSTEM_ACTOR,
          action: 'marker.reviewOverdue',
          at: now,
          entity,
          rule: 'BR-21',
          after: { reviewDate: marker.reviewDate }
        }
      ]);
    } catch (error) {
      deps.log(`Sweep: the overdue review of marker ${marker.id} could not be claimed; the next run will retry it.`, error);
      continue;
    }
    escalated.push(marker.id);
    const card = noticeCard({
      title: 'Warning marker review overdue',
      message: `A warning marker on the staff safety register was due for review on ${formatLongDate(marker.reviewDate)} and has not been reviewed. Review it now: continue it with a new review date, or remove it and tell the person.`,
      tone: 'attention'
    });
    const recipients: UserId[] = [...(roles.healthSafetyAdviser ?? []), marker.proposedBy];
    for (const userId of new Set(recipients)) {
      try {
        await deps.messenger.sendCardToUser(userId, card);
      } catch (error) {
        deps.log(`Could not send the marker review escalation to ${userId}`, error);
      }
    }
  }
  return escalated;
}
