// The council's name and postal address as printed at the top of every letter. One default,
// kept here only: the administration screen will make it configuration.

export interface CouncilDetails {
  readonly name: string;
  /** Printed under the name, one line per line; the letters tell people to write here. */
  readonly addressLines: readonly string[];
}

export const COUNCIL_DETAILS: CouncilDetails = {
  name: 'Newcastle-under-Lyme Borough Council',
  addressLines: ['Castle House', 'Barracks Road', 'Newcastle-under-Lyme', 'Staffordshire', 'ST5 1BL']
};
