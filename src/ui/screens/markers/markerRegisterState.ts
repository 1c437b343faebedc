// The register as loaded, in a file of its own so that useMarkerRegister and loadMarkerRegister both import it one way.

import type { IncidentReport, WarningMarker } from '../../../domain/model';
import type { Stored } from '../../services/appStore';

/** A marker on the register as listed: who it is about and where it stands, no narrative. */
export interface MarkerRow {
  marker: Stored<WarningMarker>;
  personName: string;
  /** Removed, and the customer not yet told (BR-33): the removal letter is owed. */
  notYetTold: boolean;
}

/** An incident a marker may be proposed from, with the customer it involves. */
export interface IncidentChoice {
  incident: IncidentReport;
  personName: string;
}

export type RegisterState =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; rows: MarkerRow[]; incidents: IncidentChoice[] };
