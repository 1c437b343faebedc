import type { HomeSummaryReads } from '../screens/home/homeSummaryReads';

/**
 * Reads a host started in its first $batch, beside the reads that tell it who the user is, for
 * the screen the app opens on: so the first screen costs no second round trip. Each screen
 * uses them for its first load only.
 */
export interface FirstScreenReads {
  home?: HomeSummaryReads;
}
