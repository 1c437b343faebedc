// The keys of the Settings list the product reads. One place, so the administration screen,
// the start-up reads, the case service and the seed never spell a key two ways.

export const SETTING_KEYS = {
  /** Who holds each policy role, by Entra object id (RoleAssignments). */
  roleAssignments: 'roleAssignments',
  /** The council's name, address and signposting printed on letters (CouncilDetails). */
  councilDetails: 'councilDetails',
  /** Time frames (spec 5.5), each version effective from a date (TimeFrameSchedule). */
  timeFrames: 'timeFrames',
  /** The council's closure days: one-off days and closures every year (CorporateClosures). */
  corporateClosures: 'corporateClosures',
  /** BR-24: months, trigger and confirm-first or automatic for each kind of record (RetentionSchedule). */
  retentionSchedule: 'retentionSchedule'
} as const;

export type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS];

/** What each setting is, as the Settings list's description column says it to a site owner. */
export const SETTING_DESCRIPTIONS: Readonly<Record<SettingKey, string>> = {
  roleAssignments: 'Who holds each CCM role, by Entra object id. Change it on the Administration screen.',
  councilDetails: 'The council details printed on letters. Change them on the Administration screen.',
  timeFrames: 'Time frames (policy section 5.5), each version effective from a date. Change them on the Administration screen.',
  corporateClosures: 'The council’s own closure days for the corporate calendar. Change them on the Administration screen.',
  retentionSchedule:
    'How long each kind of record is kept (BR-24) and whether the DPO confirms each disposal. Change it on the Administration screen.'
};
