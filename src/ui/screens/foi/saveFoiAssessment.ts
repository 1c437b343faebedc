import type { FoiRequestAssessment } from '../../../domain';
import { isConflict, type CaseStore, type Stored } from '../../services/appStore';

export type FoiSaveOutcome =
  | { status: 'saved'; saved: Stored<FoiRequestAssessment> }
  | { status: 'failed'; error: unknown }
  | { status: 'conflict'; current: Stored<FoiRequestAssessment> | undefined };

/**
 * Writes the assessment through store.foiAssessments: an update of `base` (with its etag), or a new
 * record under the reference, refused in words when that reference is taken.
 */
export async function saveFoiAssessment(
  store: CaseStore,
  base: Stored<FoiRequestAssessment> | undefined,
  value: FoiRequestAssessment,
  requestKey: string
): Promise<FoiSaveOutcome> {
  try {
    if (base) return { status: 'saved', saved: await store.foiAssessments.update(base, value) };
    const existing = await store.foiAssessments.find(value.id);
    if (existing) {
      return {
        status: 'failed',
        error: `There is already an assessment with the reference ${value.id}. Open it from the list, or use a different reference.`
      };
    }
    return { status: 'saved', saved: await store.foiAssessments.create(value, { requestKey }) };
  } catch (error: unknown) {
    if (isConflict<Stored<FoiRequestAssessment>>(error)) return { status: 'conflict', current: error.current };
    return { status: 'failed', error };
  }
}
