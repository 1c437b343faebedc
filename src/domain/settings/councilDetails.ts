// The council's own details, printed on every letter and used to signpost the Ombudsman: the
// administration screen keeps them in Settings (key councilDetails), so a council changes its
// address or signatory without a developer. The defaults are Newcastle-under-Lyme's. Which
// Ombudsman a letter names follows the nation and whether the council is a landlord, by the
// letters' own rule (letters/ombudsman.ts, whose field names and values these match).

import type { ServiceName } from '../model/ids';
import { FieldErrors, isRecord, lineList, optionalLine, requiredChoice, requiredLine, requiredNote } from '../validation/fieldValidators';
import { err, ok, type Result } from '../validation/result';
import type { ValidationError } from '../validation/validationError';

/** The UK nation decides which public-services Ombudsman a complaint goes to. */
export const UK_NATIONS = ['england', 'wales', 'scotland', 'northernIreland'] as const;
export type UkNation = (typeof UK_NATIONS)[number];

export function isUkNation(value: unknown): value is UkNation {
  return typeof value === 'string' && (UK_NATIONS as readonly string[]).indexOf(value) >= 0;
}

export const UK_NATION_LABELS: Readonly<Record<UkNation, string>> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  northernIreland: 'Northern Ireland'
};

export interface CouncilSignatory {
  readonly name: string;
  readonly jobTitle: string;
}

export interface CouncilDetails {
  readonly name: string;
  /** Printed under the name, one line per line; the letters tell people to write here. */
  readonly addressLines: readonly string[];
  /** Where the council's logo is (an https address or a path on the site), with words for it. */
  readonly logoUrl?: string;
  readonly logoAltText?: string;
  /** Who signs letters unless the officer changes it on the Letters screen. */
  readonly signatory?: CouncilSignatory;
  readonly nation: UkNation;
  /** A social landlord: tenants' landlord matters go to the Housing Ombudsman (England). */
  readonly landlord: boolean;
  /** The right to complain to the Ombudsman, as letters say it (spec 2.6 item 11). */
  readonly ombudsmanSignposting: string;
  /** The council's services: where an incident happened and a restriction's scope (BR-19). */
  readonly services: readonly ServiceName[];
}

const OMBUDSMAN_BY_NATION: Readonly<Record<UkNation, string>> = {
  england: 'the Local Government and Social Care Ombudsman: www.lgo.org.uk, telephone 0300 061 0614',
  wales: 'the Public Services Ombudsman for Wales: www.ombudsman.wales, telephone 0300 790 0203',
  scotland: 'the Scottish Public Services Ombudsman: www.spso.org.uk, telephone 0800 377 7330',
  northernIreland: 'the Northern Ireland Public Services Ombudsman: www.nipso.org.uk, telephone 0800 34 34 24'
};

// The Housing Ombudsman's scheme covers social landlords in England; elsewhere the public
// services Ombudsman hears housing complaints too.
const HOUSING_OMBUDSMAN: string = 'the Housing Ombudsman: www.housing-ombudsman.org.uk, telephone 0300 111 3000';

/** The signposting a letter gives by default for a council in that nation, landlord or not. */
export function defaultOmbudsmanSignposting(nation: UkNation, landlord: boolean): string {
  const general = `If you are unhappy with this decision you can complain to ${OMBUDSMAN_BY_NATION[nation]}.`;
  return landlord && nation === 'england' ? `${general} For landlord matters, contact ${HOUSING_OMBUDSMAN}.` : general;
}

export const DEFAULT_COUNCIL_SERVICES: readonly string[] = [
  'Customer services',
  'Housing',
  'Revenues and benefits',
  'Waste and recycling',
  'Planning',
  'Environmental health',
  'Leisure',
  'Other'
];

/** Where something happened that is none of the council's listed services. */
export const OTHER_SERVICE: ServiceName = 'Other';

/**
 * The services staff choose from (where an incident happened, a case's lead service): the
 * council's own list, in its order, always ending with "Other" so nothing is forced into a
 * wrong service.
 */
export function serviceChoices(details: Pick<CouncilDetails, 'services'>): readonly ServiceName[] {
  const listed = details.services.filter((service) => service.trim() !== '');
  return listed.indexOf(OTHER_SERVICE) >= 0 ? listed : [...listed, OTHER_SERVICE];
}

/** Newcastle-under-Lyme: an English district council that transferred its housing stock (not a landlord). */
export const DEFAULT_COUNCIL_DETAILS: CouncilDetails = Object.freeze({
  name: 'Newcastle-under-Lyme Borough Council',
  addressLines: ['Castle House', 'Barracks Road', 'Newcastle-under-Lyme', 'Staffordshire', 'ST5 1BL'],
  nation: 'england',
  landlord: false,
  ombudsmanSignposting: defaultOmbudsmanSignposting('england', false),
  services: DEFAULT_COUNCIL_SERVICES
});

/** A postal address needs a few lines; more than eight would not fit a letter head. */
const MAX_ADDRESS_LINES: number = 8;
const MAX_SERVICES: number = 60;
// A logo is fetched by the browser: only https, or a path on the council's own site.
const LOGO_ADDRESS: RegExp = /^(https:\/\/[^\s]+|\/[^\s]*)$/i;

function checkLogo(errors: FieldErrors, value: unknown): string | undefined {
  const url = optionalLine(errors, 'logoUrl', 'the logo’s address', value);
  if (url !== undefined && !LOGO_ADDRESS.test(url.trim())) {
    errors.add('logoUrl', 'invalidFormat', 'The logo’s address must start with https:// or be a path on this site starting with /.');
    return undefined;
  }
  return url?.trim();
}

function checkSignatory(errors: FieldErrors, value: unknown): CouncilSignatory | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    errors.add('signatory', 'invalidFormat', 'The signatory must be a name and a job title.');
    return undefined;
  }
  const name = optionalLine(errors, 'signatory.name', 'the signatory’s name', value.name);
  const jobTitle = optionalLine(errors, 'signatory.jobTitle', 'the signatory’s job title', value.jobTitle);
  if ((name === undefined) !== (jobTitle === undefined)) {
    errors.add(
      name === undefined ? 'signatory.name' : 'signatory.jobTitle',
      'required',
      'Give the signatory’s name and job title, or neither (officers then sign their own letters).'
    );
    return undefined;
  }
  return name !== undefined && jobTitle !== undefined ? { name: name.trim(), jobTitle: jobTitle.trim() } : undefined;
}

function distinct(values: readonly string[]): string[] {
  const seen: string[] = [];
  for (const value of values.map((entry) => entry.trim())) if (seen.indexOf(value) < 0) seen.push(value);
  return seen;
}

/**
 * Council details as stored or as the screen would save them, checked: a name, an address of
 * one to eight lines, a nation, Ombudsman signposting, at least one service; optional logo
 * and signatory. Text is trimmed; repeated services are kept once.
 */
export function parseCouncilDetails(input: unknown): Result<CouncilDetails, ValidationError[]> {
  if (!isRecord(input)) {
    return err([{ field: '', code: 'invalidFormat', message: 'The council details must be a group of fields.' }]);
  }
  const errors = new FieldErrors();
  const name = requiredLine(errors, 'name', 'the council’s name', input.name);
  const addressLines = lineList(errors, 'addressLines', 'address line', input.addressLines, 1);
  if (addressLines !== undefined && addressLines.length > MAX_ADDRESS_LINES) {
    errors.add('addressLines', 'tooLong', `The address must be ${MAX_ADDRESS_LINES} lines or fewer.`);
  }
  const logoUrl = checkLogo(errors, input.logoUrl);
  const logoAltText = optionalLine(errors, 'logoAltText', 'the words describing the logo', input.logoAltText);
  if (logoUrl !== undefined && logoAltText === undefined) {
    errors.add('logoAltText', 'required', 'Describe the logo in words, for people who cannot see it (for example, the council’s name).');
  }
  const signatory = checkSignatory(errors, input.signatory);
  const nation = requiredChoice(errors, 'nation', 'the nation the council is in', input.nation, UK_NATIONS);
  if (typeof input.landlord !== 'boolean') errors.add('landlord', 'required', 'Say whether the council is a landlord.');
  const ombudsmanSignposting = requiredNote(errors, 'ombudsmanSignposting', 'how to complain to the Ombudsman', input.ombudsmanSignposting);
  const services = lineList(errors, 'services', 'service', input.services, 1);
  if (services !== undefined && services.length > MAX_SERVICES) {
    errors.add('services', 'tooLong', `List ${MAX_SERVICES} services or fewer.`);
  }
  if (errors.hasErrors) return err(errors.errors);
  return ok({
    name: (name as string).trim(),
    addressLines: (addressLines as string[]).map((line) => line.trim()),
    ...(logoUrl !== undefined ? { logoUrl, logoAltText: (logoAltText as string).trim() } : {}),
    ...(signatory !== undefined ? { signatory } : {}),
    nation: nation as UkNation,
    landlord: input.landlord as boolean,
    ombudsmanSignposting: (ombudsmanSignposting as string).trim(),
    services: distinct(services as string[])
  });
}

/**
 * The details letters use: the stored value when it is valid, else the defaults. A stored
 * value that fails the checks is reported by the administration screen; letters never go out
 * with half a letter head meanwhile.
 */
export function councilDetailsOrDefault(stored: unknown): CouncilDetails {
  if (stored === undefined || stored === null) return DEFAULT_COUNCIL_DETAILS;
  const parsed = parseCouncilDetails(stored);
  return parsed.ok ? parsed.value : DEFAULT_COUNCIL_DETAILS;
}

/** Which parts changed, for the audit entry (the values themselves are public: they go on letters). */
export function changedCouncilDetails(before: CouncilDetails, after: CouncilDetails): (keyof CouncilDetails)[] {
  const keys: (keyof CouncilDetails)[] = [
    'name',
    'addressLines',
    'logoUrl',
    'logoAltText',
    'signatory',
    'nation',
    'landlord',
    'ombudsmanSignposting',
    'services'
  ];
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
