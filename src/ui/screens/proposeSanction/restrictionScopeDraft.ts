// The restrictions and scope of a sanction as the form edits them (plain text per field),
// shared by proposing a sanction and amending one on review. Turning a draft into the
// domain's typed items, and a saved sanction back into a draft, live here once.
import type { CouncilWideJustification, RestrictionItem, SanctionScope, SanctionTypeCode } from '../../../domain';
import { toRestrictionItem } from './restrictionParameters';

export type ScopeKind = SanctionScope['kind'];
export type CouncilWideBasis = CouncilWideJustification['basis'];

export interface RestrictionScopeDraft {
  codes: SanctionTypeCode[];
  parameters: Record<string, Record<string, string>>;
  scopeKind: ScopeKind;
  scopeValue: string;
  /** BR-19: the recorded basis for a council-wide restriction. */
  councilWideBasis: CouncilWideBasis | '';
}

export const EMPTY_RESTRICTION_SCOPE: RestrictionScopeDraft = {
  codes: [],
  parameters: {},
  scopeKind: 'service',
  scopeValue: '',
  councilWideBasis: ''
};

/** `nameOf` names the member of staff a person scope covers (the alert shows the name). */
export function scopeOf(draft: RestrictionScopeDraft, service: string, nameOf: (id: string) => string = (id) => id): SanctionScope {
  switch (draft.scopeKind) {
    case 'team':
      return { kind: 'team', team: draft.scopeValue, service };
    case 'person':
      return { kind: 'person', staffUserId: draft.scopeValue, staffName: draft.scopeValue === '' ? '' : nameOf(draft.scopeValue) };
    case 'councilWide':
      // An unchosen basis is passed through so the domain refuses it (BR-19), as the service would.
      return { kind: 'councilWide', justification: { basis: draft.councilWideBasis as CouncilWideBasis, detail: draft.scopeValue } };
    case 'premisesExclusion':
      return {
        kind: 'premisesExclusion',
        sites: draft.scopeValue
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      };
    case 'publicMeetingExclusion':
      return { kind: 'publicMeetingExclusion', meetings: draft.scopeValue };
    default:
      return { kind: 'service', service: draft.scopeValue || service };
  }
}

/** The form's text for a saved restriction item (the inverse of toRestrictionItem). */
export function parametersOf(item: RestrictionItem): Record<string, string> {
  switch (item.type) {
    case 'R02':
      return { channels: item.channels.join(', ') };
    case 'R03':
      return { days: item.days.join(', '), fromTime: item.fromTime, toTime: item.toTime, maxCallMinutes: String(item.maxCallMinutes) };
    case 'R04':
      return { maxMinutes: String(item.maxMinutes) };
    case 'R05':
      return { subjectMatter: item.subjectMatter, reviewerId: item.reviewerId };
    case 'R06':
      return { matterReference: item.matterReference };
    case 'R07':
      return { maxHours: String(item.maxHours) };
    case 'R09':
      return { sites: item.sites.join(', ') };
    case 'R10':
      return { services: item.services.join(', ') };
    case 'R11':
      return { representativeName: item.representativeName, agreementRecordedOn: item.agreementRecordedOn ?? '' };
    case 'R12':
      return { terms: item.terms };
    case 'R14':
      return { blockedAddresses: item.blockedAddresses.join(', ') };
    case 'R15':
      return { service: item.service, equalityNote: item.equalityNote };
    case 'R16':
      return { reference: item.reference };
    case 'R01':
    case 'R08':
    case 'R13':
    case 'R17':
      return {};
  }
}

function scopeDraftOf(scope: SanctionScope): Pick<RestrictionScopeDraft, 'scopeKind' | 'scopeValue' | 'councilWideBasis'> {
  switch (scope.kind) {
    case 'service':
      return { scopeKind: 'service', scopeValue: scope.service, councilWideBasis: '' };
    case 'team':
      return { scopeKind: 'team', scopeValue: scope.team, councilWideBasis: '' };
    case 'person':
      return { scopeKind: 'person', scopeValue: scope.staffUserId, councilWideBasis: '' };
    case 'councilWide':
      return { scopeKind: 'councilWide', scopeValue: scope.justification.detail, councilWideBasis: scope.justification.basis };
    case 'premisesExclusion':
      return { scopeKind: 'premisesExclusion', scopeValue: scope.sites.join(', '), councilWideBasis: '' };
    case 'publicMeetingExclusion':
      return { scopeKind: 'publicMeetingExclusion', scopeValue: scope.meetings, councilWideBasis: '' };
  }
}

/** A saved sanction's restrictions and scope as the form shows them. */
export function draftFromSanction(sanction: { restrictions: readonly RestrictionItem[]; scope: SanctionScope }): RestrictionScopeDraft {
  const parameters: Record<string, Record<string, string>> = {};
  for (const item of sanction.restrictions) parameters[item.type] = parametersOf(item);
  return { codes: sanction.restrictions.map((item) => item.type), parameters, ...scopeDraftOf(sanction.scope) };
}

function sameText(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys({ ...a, ...b });
  return keys.every((key) => (a[key] ?? '').trim() === (b[key] ?? '').trim());
}

/**
 * The typed restriction items for the draft. An item the officer left as it was keeps the
 * saved item itself, so details the form does not edit (an R15 legal sign-off, a legal R16
 * reference, an R17 marker, an R01 inbox) survive an amendment.
 */
export function restrictionsOf(
  draft: RestrictionScopeDraft,
  spoc: { userId?: string; name: string },
  saved: readonly RestrictionItem[] = []
): RestrictionItem[] {
  return draft.codes.map((code) => {
    const values = draft.parameters[code] ?? {};
    const unchanged = saved.filter((item) => item.type === code && sameText(parametersOf(item), values))[0];
    return unchanged ?? toRestrictionItem(code, values, spoc);
  });
}

/** The scope for the draft; a scope left as it was keeps the saved one (a team's service). */
export function scopeFor(
  draft: RestrictionScopeDraft,
  service: string,
  saved?: SanctionScope,
  nameOf?: (id: string) => string
): SanctionScope {
  if (saved) {
    const before = scopeDraftOf(saved);
    if (
      before.scopeKind === draft.scopeKind &&
      before.scopeValue.trim() === draft.scopeValue.trim() &&
      before.councilWideBasis === draft.councilWideBasis
    )
      return saved;
  }
  return scopeOf(draft, service, nameOf);
}
