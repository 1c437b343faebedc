import type { GuidanceFocus } from './guidanceFocus';
import type { FoiAssessmentFormState } from './useFoiAssessmentForm';

/** What each section of the assessment form is given: the form's state, and where to point the guidance. */
export interface FoiSectionProps {
  state: FoiAssessmentFormState;
  onGuidanceFocus(focus: GuidanceFocus): void;
}
