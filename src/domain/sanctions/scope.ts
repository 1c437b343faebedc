import type { Case } from '../model/case';
import type { IsoDate } from '../model/dates';
import { isOnOrAfter, isOnOrBefore } from '../model/dates';
import type { ServiceName } from '../model/ids';
import type { Sanction, SanctionScope, SanctionStatus } from '../model/sanction';
import type { SanctionTypeCode } from '../model/sanctionCatalogue';

/** BR-19: restrictions default to the affected service, never council-wide. */
export function defaultScope(service: ServiceName): SanctionScope {
  return { kind: 'service', service };
}

const LIVE_STATUSES: readonly SanctionStatus[] = ['Active'];

/** Approved sanctions in force on the given date (start ≤ today ≤ end). */
export function activeSanctions(sanctions: readonly Sanction[], today: IsoDate): Sanction[] {
  return sanctions.filter((s) => LIVE_STATUSES.indexOf(s.status) >= 0 && isOnOrBefore(s.startDate, today) && isOnOrAfter(s.endDate, today));
}

/**
 * True when a sanction with `outer` scope covers everything in `inner`. Council-wide
 * covers ordinary scopes, but never premises or meeting exclusions, which must be explicit
 * (BR-30).
 */
export function scopeCovers(outer: SanctionScope, inner: SanctionScope): boolean {
  switch (outer.kind) {
    case 'councilWide':
      return inner.kind !== 'premisesExclusion' && inner.kind !== 'publicMeetingExclusion';
    case 'service':
      return (inner.kind === 'service' || inner.kind === 'team') && inner.service === outer.service;
    case 'team':
      return inner.kind === 'team' && inner.team === outer.team && inner.service === outer.service;
    case 'person':
      return inner.kind === 'person' && inner.staffUserId === outer.staffUserId;
    case 'premisesExclusion':
      return inner.kind === 'premisesExclusion' && inner.sites.every((site) => outer.sites.indexOf(site) >= 0);
    case 'publicMeetingExclusion':
      return inner.kind === 'publicMeetingExclusion' && inner.meetings === outer.meetings;
  }
}

/** Restriction types under which the council may decline to reply (BR-32). */
export const NO_REPLY_SANCTION_TYPES: readonly SanctionTypeCode[] = ['R05', 'R06', 'R13', 'R14'];

/**
 * BR-32: a "do not reply" or "no further correspondence" instruction is allowed only while
 * an approved, active sanction allowing it covers the scope. Returns that sanction.
 */
export function sanctionAllowingNoReply(caseRecord: Pick<Case, 'sanctions'>, scope: SanctionScope, today: IsoDate): Sanction | undefined {
  return activeSanctions(caseRecord.sanctions, today).filter(
    (s) => s.restrictions.some((r) => NO_REPLY_SANCTION_TYPES.indexOf(r.type) >= 0) && scopeCovers(s.scope, scope)
  )[0];
}

export interface IncomingRequestHandling {
  /** Always 'considerOnMerits': the system never auto-rejects (BR-15). */
  disposition: 'considerOnMerits';
  /** True when staff should see the restriction banner while handling it. */
  showRestrictionBanner: boolean;
  guidance: string;
}

/**
 * BR-15: a new service request or complaint from a restricted person is handled on its
 * merits. The banner is shown, but nothing here can reject it.
 */
export function handleNewServiceRequest(sanctions: readonly Sanction[], today: IsoDate): IncomingRequestHandling {
  const restricted = activeSanctions(sanctions, today).length > 0;
  return {
    disposition: 'considerOnMerits',
    showRestrictionBanner: restricted,
    guidance: restricted
      ? 'This person has a contact restriction. Follow the contact arrangements, but deal with this new request on its merits.'
      : 'Deal with this request in the usual way.'
  };
}
