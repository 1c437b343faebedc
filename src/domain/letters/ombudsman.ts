// Which Ombudsman a person may go to once the council's own process is over (spec 2.6 item 11,
// 2.8): the Local Government and Social Care Ombudsman for councils in England, the Housing
// Ombudsman for a social landlord's housing matters in England, the Scottish Public Services
// Ombudsman in Scotland, the Public Services Ombudsman for Wales in Wales and the Northern
// Ireland Public Services Ombudsman there (outside England the public services Ombudsman also
// hears social housing complaints). Which applies is configuration: the council's nation and
// whether it is a landlord, as the administration screen stores them in the council details
// (src/domain/settings/councilDetails.ts), whose field names and values these match. The
// council may reword its signposting there; letters state that configured text.

export const OMBUDSMAN_SCHEMES = ['LGSCO', 'HousingOmbudsman', 'SPSO', 'PSOW', 'NIPSO'] as const;
export type OmbudsmanScheme = (typeof OMBUDSMAN_SCHEMES)[number];

export interface Ombudsman {
  readonly scheme: OmbudsmanScheme;
  readonly name: string;
  readonly web: string;
  readonly phone: string;
}

export const OMBUDSMEN: Readonly<Record<OmbudsmanScheme, Ombudsman>> = {
  LGSCO: { scheme: 'LGSCO', name: 'Local Government and Social Care Ombudsman', web: 'www.lgo.org.uk', phone: '0300 061 0614' },
  HousingOmbudsman: { scheme: 'HousingOmbudsman', name: 'Housing Ombudsman', web: 'www.housing-ombudsman.org.uk', phone: '0300 111 3000' },
  SPSO: { scheme: 'SPSO', name: 'Scottish Public Services Ombudsman', web: 'www.spso.org.uk', phone: '0800 377 7330' },
  PSOW: { scheme: 'PSOW', name: 'Public Services Ombudsman for Wales', web: 'www.ombudsman.wales', phone: '0300 790 0203' },
  NIPSO: { scheme: 'NIPSO', name: 'Northern Ireland Public Services Ombudsman', web: 'www.nipso.org.uk', phone: '0800 34 34 24' }
};

/** The nations as the council details store them. */
export const OMBUDSMAN_NATIONS = ['england', 'wales', 'scotland', 'northernIreland'] as const;
export type OmbudsmanNation = (typeof OMBUDSMAN_NATIONS)[number];

/** What decides the Ombudsman: the council's nation, and whether it is a social landlord. */
export interface OmbudsmanSettings {
  readonly nation: OmbudsmanNation;
  readonly landlord: boolean;
}

/** Until the council's details say otherwise: an English council, not a landlord, so the LGSCO. */
export const DEFAULT_OMBUDSMAN_SETTINGS: OmbudsmanSettings = Object.freeze({ nation: 'england', landlord: false });

const BY_NATION: Readonly<Record<OmbudsmanNation, OmbudsmanScheme>> = {
  england: 'LGSCO',
  wales: 'PSOW',
  scotland: 'SPSO',
  northernIreland: 'NIPSO'
};

/** The Ombudsman for a council in `nation`; in England a landlord matter goes to the Housing Ombudsman. */
export function chooseOmbudsman(nation: OmbudsmanNation = 'england', landlordMatter: boolean = false): Ombudsman {
  return landlordMatter && nation === 'england' ? OMBUDSMEN.HousingOmbudsman : OMBUDSMEN[BY_NATION[nation]];
}

function contactOf(ombudsman: Ombudsman): string {
  return `the ${ombudsman.name}: ${ombudsman.web}, telephone ${ombudsman.phone}`;
}

/**
 * The standard signposting for a council with these settings: its Ombudsman, and for an
 * English landlord the Housing Ombudsman for landlord matters as well (a letter cannot know
 * which kind of complaint the person will make, so it names both).
 */
export function standardOmbudsmanSignposting(settings: OmbudsmanSettings = DEFAULT_OMBUDSMAN_SETTINGS): string {
  const general = `If you are unhappy with this decision you can complain to ${contactOf(chooseOmbudsman(settings.nation))}.`;
  const landlord = chooseOmbudsman(settings.nation, settings.landlord);
  return landlord.scheme === 'HousingOmbudsman' ? `${general} For landlord matters, contact ${contactOf(landlord)}.` : general;
}

/**
 * The ombudsmanRight item as a letter states it, from the council's signposting. After an
 * appeal the council's own process is over, and the letter says so first.
 */
export function ombudsmanRightText(signposting: string, after: 'decision' | 'appeal' = 'decision'): string {
  const text = signposting.trim();
  return after === 'appeal' ? `This is the end of the council\u2019s own process. ${text}` : text;
}
