import * as React from 'react';
import { currentSanction, formatLongDate, type Case, type Review } from '../../../domain';
import { SelectField, TextAreaField } from '../../components/FormFields';
import { useAppServices } from '../../services/AppServices';
import { CaseActionForm } from '../shared/CaseActionForm';
import { useCaseActionSubmit } from '../shared/useCaseActionSubmit';
import type { CaseRecord } from '../shared/useCaseRecord';
import { useCouncilDetails } from '../../services/councilDetails';
import { continuingItemsFor } from '../shared/caseLetterItems';
import { LetterItemsPreview } from '../shared/LetterItemsPreview';
import {
  REPLY_OUTCOME_LABELS,
  REPLY_OUTCOMES,
  REPLY_OUTCOMES_AFTER_END,
  REPLY_RESULT_SENTENCES,
  type ReplyOutcome
} from './customerRequestWording';

export interface AnswerReviewRequestFormProps {
  kase: Case;
  request: Review;
  record: CaseRecord;
}

/**
 * BR-34: the written answer to one request. The reply is a ReviewOutcome letter; what it must
 * say (the result, the reasons, the next review date) is checked by the domain, which refuses
 * the answer and lists anything missing.
 */
export function AnswerReviewRequestForm({ kase, request, record }: AnswerReviewRequestFormProps): React.ReactElement {
  const { clock, newRequestKey, currentUser } = useAppServices();
  const [outcome, setOutcome] = React.useState<ReplyOutcome | ''>('');
  const [reasons, setReasons] = React.useState('');
  const [letterText, setLetterText] = React.useState('');
  const action = useCaseActionSubmit(record);
  const council = useCouncilDetails();
  const sanction = currentSanction(kase);
  const nextReview = sanction?.reviewDate;
  // While the restriction is in force the reply tells the person what still applies, how to
  // challenge it and the Ombudsman (as the council's settings name it), from the sanction (BR-34, BR-10).
  const fromCase = sanction ? continuingItemsFor(sanction, council.details) : {};
  const idBase = `answer-${request.id}`;

  const submit = async (): Promise<void> => {
    const details = await council.loaded();
    const result = await action.submit({
      type: 'answerPersonReviewRequest',
      reviewId: request.id,
      reasons,
      letter: {
        id: `letter-${newRequestKey()}`,
        caseId: kase.id,
        type: 'ReviewOutcome',
        templateVersion: '1',
        channel: 'letter',
        fields: {
          reviewResult: [outcome ? REPLY_RESULT_SENTENCES[outcome] : '', letterText.trim()].filter((p) => p !== '').join(' '),
          reviewReasons: reasons,
          ...((sanction ? continuingItemsFor(sanction, details) : {}) as Record<string, string>),
          ...(nextReview ? { nextReviewDate: formatLongDate(nextReview) } : {})
        },
        sentOn: clock.today(),
        sentBy: currentUser.id
      }
    });
    // Once answered, this form and its button are gone: keep focus on the requests section.
    if (result.status === 'saved') window.setTimeout(() => document.getElementById('person-requests')?.focus(), 0);
  };

  return (
    <CaseActionForm
      labelledBy={`${idBase}-heading`}
      onSubmit={submit}
      refusal={action.refusal}
      submitLabel="Send the reply"
      disabled={record.saving}
    >
      <SelectField
        label="Outcome of the request"
        required
        placeholder="Choose the outcome"
        value={outcome}
        onChange={(v) => setOutcome(v as ReplyOutcome | '')}
        choices={(nextReview ? REPLY_OUTCOMES : REPLY_OUTCOMES_AFTER_END).map((o) => ({ value: o, label: REPLY_OUTCOME_LABELS[o] }))}
        hint="To change or lift the restriction, answer that it will be reviewed early, then record the review."
      />
      <TextAreaField label="Reasons given in the reply" required rows={3} value={reasons} onChange={setReasons} />
      <TextAreaField
        label="Anything else the reply says"
        rows={3}
        value={letterText}
        onChange={setLetterText}
        hint={
          nextReview
            ? `The reply states the outcome, your reasons and the next review date, ${formatLongDate(nextReview)} (BR-34).`
            : 'The reply states the outcome and your reasons (BR-34).'
        }
      />
      <LetterItemsPreview heading="The reply also says" items={fromCase} />
    </CaseActionForm>
  );
}
