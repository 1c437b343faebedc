import type { ContactChannelKind, IsoDate, RestrictionItem, SanctionTypeCode, Weekday } from '../../../domain';

/**
 * The parameter inputs each restriction type needs, as plain text the form collects.
 * `person` fields hold a member of staff's id, chosen by name with the people picker.
 */
export const PARAMETER_FIELDS: Readonly<Record<SanctionTypeCode, readonly { key: string; label: string; person?: true }[]>> = {
  R01: [],
  R02: [{ key: 'channels', label: 'Allowed channels (for example: email, post)' }],
  R03: [
    { key: 'days', label: 'Days calls are accepted (for example: tuesday, thursday)' },
    { key: 'fromTime', label: 'From (HH:MM)' },
    { key: 'toTime', label: 'To (HH:MM)' },
    { key: 'maxCallMinutes', label: 'Longest call in minutes' }
  ],
  R04: [{ key: 'maxMinutes', label: 'Longest meeting in minutes' }],
  R05: [
    { key: 'subjectMatter', label: 'Subject matter to read and file' },
    { key: 'reviewerId', label: 'Officer who reviews each item', person: true }
  ],
  R06: [{ key: 'matterReference', label: 'Matter reference that is closed' }],
  R07: [{ key: 'maxHours', label: 'Maximum officer hours' }],
  R08: [],
  R09: [{ key: 'sites', label: 'Sites (comma separated)' }],
  R10: [{ key: 'services', label: 'Services (comma separated)' }],
  R11: [
    { key: 'representativeName', label: 'Representative name' },
    { key: 'agreementRecordedOn', label: 'Date they agreed to be the contact route (YYYY-MM-DD)' }
  ],
  R12: [{ key: 'terms', label: 'Terms of the agreement' }],
  R13: [],
  R14: [{ key: 'blockedAddresses', label: 'Blocked addresses (comma separated)' }],
  R15: [
    { key: 'service', label: 'Service withdrawn' },
    { key: 'equalityNote', label: 'Equality impact note' }
  ],
  R16: [{ key: 'reference', label: 'Police or legal reference' }],
  R17: []
};

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function number(text: string | undefined): number {
  const value = Number(text);
  return Number.isFinite(value) ? value : 0;
}

/** Builds the typed restriction item; the domain check reports anything missing. */
export function toRestrictionItem(
  code: SanctionTypeCode,
  values: Readonly<Record<string, string>>,
  spoc: { userId?: string; name: string }
): RestrictionItem {
  switch (code) {
    case 'R01':
      return { type: 'R01', contact: { kind: 'officer', userId: spoc.userId ?? '', name: spoc.name } };
    case 'R02':
      return { type: 'R02', channels: list(values.channels) as ContactChannelKind[] };
    case 'R03':
      return {
        type: 'R03',
        days: list(values.days).map((d) => d.toLowerCase()) as Weekday[],
        fromTime: values.fromTime ?? '',
        toTime: values.toTime ?? '',
        maxCallMinutes: number(values.maxCallMinutes)
      };
    case 'R04':
      return { type: 'R04', maxMinutes: number(values.maxMinutes) };
    case 'R05':
      return { type: 'R05', subjectMatter: values.subjectMatter ?? '', reviewerId: values.reviewerId ?? '' };
    case 'R06':
      return { type: 'R06', matterReference: values.matterReference ?? '' };
    case 'R07':
      return { type: 'R07', maxHours: number(values.maxHours) };
    case 'R09':
      return { type: 'R09', sites: list(values.sites) };
    case 'R10':
      return { type: 'R10', services: list(values.services) };
    case 'R11':
      return {
        type: 'R11',
        representativeName: values.representativeName ?? '',
        ...(values.agreementRecordedOn ? { agreementRecordedOn: values.agreementRecordedOn.trim() as IsoDate } : {})
      };
    case 'R12':
      return { type: 'R12', terms: values.terms ?? '' };
    case 'R14':
      return { type: 'R14', blockedAddresses: list(values.blockedAddresses) };
    case 'R15':
      return { type: 'R15', service: values.service ?? '', equalityNote: values.equalityNote ?? '' };
    case 'R16':
      return { type: 'R16', kind: 'police', reference: values.reference ?? '' };
    case 'R17':
      return { type: 'R17' };
    case 'R08':
      return { type: 'R08' };
    case 'R13':
      return { type: 'R13' };
  }
}
