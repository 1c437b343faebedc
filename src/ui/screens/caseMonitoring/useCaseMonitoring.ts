import * as React from 'react';
import type { Case, IsoDate, IsoInstant, TransitionError } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import { refusalOf, useCaseRecord, type CaseRecord } from '../shared/useCaseRecord';
import { useContactDraft, type ContactDraftState } from './useContactDraft';
import { useMonitoringLetterDraft, type MonitoringLetterDraft } from './useMonitoringLetterDraft';

export interface CaseMonitoring {
  record: CaseRecord;
  letter: MonitoringLetterDraft;
  contact: ContactDraftState;
  /** The domain's refusal of the last letter or contact, shown beside the form. */
  refusal: TransitionError | undefined;
  sendLetter(kase: Case): Promise<void>;
  logContact(): Promise<void>;
}

/** Monitoring period state: the case, the monitoring letter draft and the contact being logged. */
export function useCaseMonitoring(caseId: string): CaseMonitoring {
  const { clock, newRequestKey, currentUser } = useAppServices();
  const letter = useMonitoringLetterDraft(clock.today());
  const contact = useContactDraft();
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  // A contact counts as logged only when it was really saved (straight away or merged after a
  // conflict); a conflict keeps what was typed so "apply my changes" can save it.
  const record = useCaseRecord(caseId, {
    onSaved: (_, action) => {
      if (action.type !== 'logContact') return;
      contact.markLogged();
    }
  });

  const sendLetter = async (kase: Case): Promise<void> => {
    const result = await record.apply({
      type: 'sendMonitoringLetter',
      letter: {
        id: `letter-${newRequestKey()}`,
        caseId: kase.id,
        type: 'MonitoringWarning',
        templateVersion: '1',
        channel: letter.letterChannel,
        fields: letter.fields,
        sentOn: letter.sentOn as IsoDate,
        sentBy: currentUser.id
      }
    });
    setRefusal(refusalOf(result));
  };
  const logContact = async (): Promise<void> => {
    const draft = contact.contact;
    if (!contact.validate() || !draft.channel) return;
    const result = await record.apply({
      type: 'logContact',
      entry: {
        receivedAt: clock.now() as IsoInstant,
        channel: draft.channel,
        viaSpoc: draft.viaSpoc,
        summary: draft.summary,
        newIssue: draft.newIssue,
        safeguardingConcern: draft.safeguardingConcern,
        breachOfRestriction: draft.breachOfRestriction,
        ...(draft.informationRequest ? { informationRequest: draft.informationRequest } : {})
      }
    });
    setRefusal(refusalOf(result));
  };
  return { record, letter, contact, refusal, sendLetter, logContact };
}
