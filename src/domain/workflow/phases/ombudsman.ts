// When an Ombudsman looks at a case (issue 16 item 8): the guards live in ombudsmanActions.ts;
// this is their place in the handler table.

import { can } from '../../permissions/can';
import { participationOf } from '../../permissions/caseParticipation';
import { completeOmbudsmanRemedy, copyLetterToOmbudsman, recordOmbudsmanDecision, recordOmbudsmanEnquiry } from '../ombudsmanActions';
import { refusalOf, type PhaseHandlers } from '../transitionRun';

/** The actions of this phase. */
type PhaseAction = 'recordOmbudsmanEnquiry' | 'recordOmbudsmanDecision' | 'completeOmbudsmanRemedy' | 'copyLetterToOmbudsman';

export const OMBUDSMAN_HANDLERS: PhaseHandlers<PhaseAction> = {
  recordOmbudsmanEnquiry: (run, action) => refusalOf(recordOmbudsmanEnquiry(run, action)),

  recordOmbudsmanDecision: (run, action) => refusalOf(recordOmbudsmanDecision(run, action)),

  completeOmbudsmanRemedy: (run, action) => {
    const manages = can({ userId: run.context.actorId }, 'case.manage', {
      roles: run.context.roles,
      case: participationOf(run.next)
    }).allowed;
    return refusalOf(completeOmbudsmanRemedy(run, action, manages));
  },

  copyLetterToOmbudsman: (run, action) => refusalOf(copyLetterToOmbudsman(run, action))
};
