/**
 * SharePoint column limits. One place, so list schema and validators never disagree.
 * Single line of text holds 255 characters; a multi-line (note) column holds 63,999.
 */
export const SINGLE_LINE_TEXT_MAX = 255;
export const MULTI_LINE_TEXT_MAX = 63999;
/** The Incidents list's PoliceReference column (src/data/schema/lists.ts): a crime or incident number, not prose. */
export const POLICE_REFERENCE_MAX = 64;
