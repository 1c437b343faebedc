import {
  changedCouncilDetails,
  DEFAULT_COUNCIL_DETAILS,
  parseCouncilDetails,
  SETTING_DESCRIPTIONS,
  SETTING_KEYS,
  type CouncilDetails
} from '../../../domain';
import type { SettingEditorSpec } from './settingEditorTypes';

/** The council details as the form holds them: text boxes, one line per address line or service. */
export interface CouncilDetailsDraft {
  name: string;
  address: string;
  logoUrl: string;
  logoAltText: string;
  signatoryName: string;
  signatoryJobTitle: string;
  nation: string;
  landlord: boolean;
  ombudsmanSignposting: string;
  services: string;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function textOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function linesOr(value: unknown, fallback: readonly string[]): string {
  return (Array.isArray(value) ? value.map((entry) => String(entry)) : fallback).join('\n');
}

/** The stored details (each part that can be read; the default for the rest), or the defaults when never saved. */
export function councilDetailsDraftOf(stored: unknown): CouncilDetailsDraft {
  const given = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const defaults: CouncilDetails = DEFAULT_COUNCIL_DETAILS;
  const signatory = typeof given.signatory === 'object' && given.signatory !== null ? (given.signatory as Record<string, unknown>) : {};
  return {
    name: textOr(given.name, defaults.name),
    address: linesOr(given.addressLines, defaults.addressLines),
    logoUrl: textOr(given.logoUrl, ''),
    logoAltText: textOr(given.logoAltText, ''),
    signatoryName: textOr(signatory.name, ''),
    signatoryJobTitle: textOr(signatory.jobTitle, ''),
    nation: textOr(given.nation, defaults.nation),
    landlord: typeof given.landlord === 'boolean' ? given.landlord : defaults.landlord,
    ombudsmanSignposting: textOr(given.ombudsmanSignposting, defaults.ombudsmanSignposting),
    services: linesOr(given.services, defaults.services)
  };
}

/** What the form would save; blank optional parts are left out, for the domain to check. */
export function councilDetailsValueOf(draft: CouncilDetailsDraft): unknown {
  const signed = draft.signatoryName.trim() !== '' || draft.signatoryJobTitle.trim() !== '';
  return {
    name: draft.name,
    addressLines: lines(draft.address),
    ...(draft.logoUrl.trim() !== '' ? { logoUrl: draft.logoUrl } : {}),
    ...(draft.logoAltText.trim() !== '' ? { logoAltText: draft.logoAltText } : {}),
    ...(signed ? { signatory: { name: draft.signatoryName, jobTitle: draft.signatoryJobTitle } } : {}),
    nation: draft.nation,
    landlord: draft.landlord,
    ombudsmanSignposting: draft.ombudsmanSignposting,
    services: lines(draft.services)
  };
}

export const COUNCIL_DETAILS_SETTING: SettingEditorSpec<CouncilDetails, CouncilDetailsDraft> = {
  key: SETTING_KEYS.councilDetails,
  description: SETTING_DESCRIPTIONS.councilDetails,
  parse: parseCouncilDetails,
  draftOf: councilDetailsDraftOf,
  valueOf: councilDetailsValueOf,
  // The parts that changed and what they now say: all of it is printed on letters, so none is private.
  changes: (before, after) => {
    const parts = changedCouncilDetails(before ?? DEFAULT_COUNCIL_DETAILS, after);
    if (parts.length === 0) return before === undefined ? { parts: [] } : undefined;
    const now: Record<string, unknown> = {};
    for (const part of parts) now[part] = after[part];
    return { parts, now };
  }
};
