// BR-22: what a councillor sees of a restriction on someone they referred, on the Members'
// page. Less than the staff banner: the restriction types, where it applies, the single point
// of contact (and cover), how to make necessary contact and the end date. No case or sanction
// id, no reasons, no "what to do" lines for staff. Built field by field from the stored banner
// (never by copying and deleting), so a new field on the banner can never reach a councillor
// by accident.

import type { IsoDate } from '../model/dates';
import { isSanctionTypeCode, SANCTION_CATALOGUE } from '../model/sanctionCatalogue';
import type { RestrictionAlertRecord } from './alertRecord';

export interface MemberRestrictionView {
  /** The name the councillor gave in their referral. */
  readonly personName: string;
  /** The restriction types in words (SANCTION_CATALOGUE labels). */
  readonly restrictionLabels: readonly string[];
  readonly scopeSummary: string;
  readonly spocName: string;
  readonly spocChannel: string;
  readonly spocCover?: string;
  readonly contactArrangements: string;
  readonly activeUntil?: IsoDate;
}

/** The restriction type's label; an unknown code is shown as it is rather than dropped. */
export function restrictionTypeLabel(code: string): string {
  return isSanctionTypeCode(code) ? SANCTION_CATALOGUE[code].label : code;
}

export function memberRestrictionView(alert: RestrictionAlertRecord, personName: string): MemberRestrictionView {
  const view: MemberRestrictionView = {
    personName,
    restrictionLabels: alert.restrictionTypes.map(restrictionTypeLabel),
    scopeSummary: alert.scopeSummary,
    spocName: alert.spocName,
    spocChannel: alert.spocChannel,
    contactArrangements: alert.contactArrangements
  };
  return {
    ...view,
    ...(alert.spocCover ? { spocCover: alert.spocCover } : {}),
    ...(alert.activeUntil ? { activeUntil: alert.activeUntil } : {})
  };
}
