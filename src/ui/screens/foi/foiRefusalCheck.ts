import { checkFoiRefusal, type FoiIssue, type FoiRequestAssessment, type IsoDate } from '../../../domain';
import type { FoiDraftCheck } from './checkFoiDraft';
import type { FoiDraft } from './foiDraft';

export interface FoiRefusalCheck {
  /** Whether the refusal check ran (it needs a valid record and a ground; BR-16 always runs). */
  ran: boolean;
  issues: readonly FoiIssue[];
}

/** checkFoiRefusal (BR-16 to BR-18) on the draft as it is now, live while the form is filled in. */
export function foiRefusalCheck(validation: FoiDraftCheck['validation'], draft: FoiDraft, today: IsoDate): FoiRefusalCheck {
  if (!validation.ok) {
    return {
      ran: false,
      issues: draft.ccmRestrictionCited ? checkFoiRefusalBr16Only(draft) : []
    };
  }
  const check = checkFoiRefusal({
    assessment: { ...validation.value, id: draft.reference.trim() },
    ccmRestrictionCited: draft.ccmRestrictionCited,
    today
  });
  // No ground yet: this is not (yet) a refusal, so only the BR-16 reminder applies.
  const issues = draft.ground === '' ? check.issues.filter((issue) => issue.rule === 'BR-16') : check.issues;
  return { ran: draft.ground !== '', issues };
}

/** While the record is incomplete, still remind straight away that a CCM restriction is no ground (BR-16). */
function checkFoiRefusalBr16Only(draft: FoiDraft): FoiIssue[] {
  const probe: FoiRequestAssessment = {
    id: draft.reference,
    regime: 'FOIA',
    receivedOn: '2000-01-01' as IsoDate,
    clarificationPauses: [],
    indicatorsConsidered: [],
    conciliatorySteps: [],
    handlerId: draft.handlerId,
    handlerHeavilyInvolved: false
  };
  return checkFoiRefusal({ assessment: probe, ccmRestrictionCited: true, today: '2000-01-01' as IsoDate }).issues.filter(
    (issue) => issue.rule === 'BR-16'
  );
}
