import { isAlertShowable } from '../../domain/alerts/alertRecord';
import { memberRestrictionView, type MemberRestrictionView } from '../../domain/alerts/memberRestrictionView';
import type { IsoDate, UserId } from '../../domain';
import type { ServiceStore } from '../ports';

/** What the view reads: the caller's referrals, the cases they name and those cases' banners. */
export interface MemberRestrictionsStore {
  memberReferrals: ServiceStore['memberReferrals'];
  cases: Pick<ServiceStore['cases'], 'get'>;
  alerts: Pick<ServiceStore['alerts'], 'listOpenForCase'>;
}

/**
 * BR-22: a councillor's need-to-know view. Councillors cannot read the RestrictionAlerts list
 * (it holds every restricted customer, and list permissions cannot be per item), so the
 * service reads it with its own identity and returns only the banners of cases the councillor
 * referred, in the words of memberRestrictionView and nothing more.
 *
 * A referral counts only when the council has linked it: its case names it back
 * (Case.memberReferralId). The councillor can edit their own referral, so a case or person
 * reference typed into it proves nothing; the Cases list is written only by the case team.
 * Only banners of that case's subject, open and within their dates today, are shown.
 */
export async function memberRestrictions(
  store: MemberRestrictionsStore,
  councillorId: UserId,
  today: IsoDate
): Promise<MemberRestrictionView[]> {
  const referrals = await store.memberReferrals.listByCouncillor(councillorId);
  const perReferral = await Promise.all(
    referrals.map(async (referral) => {
      if (referral.caseId === undefined) return [];
      const kase = await store.cases.get(referral.caseId);
      if (kase === undefined || kase.value.memberReferralId !== referral.id) return [];
      const banners = await store.alerts.listOpenForCase(kase.value.id);
      return banners
        .map((row) => row.value)
        .filter((alert) => alert.personId === kase.value.personId && isAlertShowable(alert, today))
        .map((alert) => memberRestrictionView(alert, referral.personName));
    })
  );
  // A case names one referral, so no banner can come twice.
  return perReferral.flat();
}
