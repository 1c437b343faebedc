import * as React from 'react';
import { Button } from '@fluentui/react-components';
import {
  actionAllowedFrom,
  checkSanctionProposal,
  currentSanction,
  formatLongDate,
  REVIEW_OUTCOMES,
  type IsoDate,
  type Person,
  type ReviewOutcome,
  type TransitionError
} from '../../../domain';
import { errorFor, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { GuidancePanel } from '../../components/GuidancePanel';
import { usePersonNames } from '../../components/PersonName';
import { later } from '../../components/later';
import { useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import type { ScreenProps } from '../../shell/routes';
import { CaseFrame, RefusalMessage } from '../shared/CaseFrame';
import { refusalOf, useCaseRecord } from '../shared/useCaseRecord';
import { AmendmentFields } from './AmendmentFields';
import { PersonReviewRequests } from './PersonReviewRequests';
import { ReviewRecorded, type RecordedReview } from './ReviewRecorded';
import { useCouncilDetails, type CouncilDetails } from '../../services/councilDetails';
import { continuingItemsFor } from '../shared/caseLetterItems';
import { LetterItemsPreview } from '../shared/LetterItemsPreview';
import { amendedProposal, amendmentDraftFrom, changesSomething, renewedProposal, type AmendmentDraft } from './amendment';

const OUTCOME_LABELS: Readonly<Record<ReviewOutcome, string>> = {
  Continue: 'Continue the restriction',
  Amend: 'Amend the restriction',
  Lift: 'Lift the restriction'
};

/** The result as the outcome letter states it (letter item reviewResult). */
const RESULT_SENTENCES: Readonly<Record<ReviewOutcome, string>> = {
  Continue: 'We have reviewed the restriction on your contact with the council. It will continue.',
  Amend: 'We have reviewed the restriction on your contact with the council. It will continue with changes.',
  Lift: 'We have reviewed the restriction on your contact with the council. It has been lifted and ends today.'
};

/**
 * Scheduled review of a sanction (BR-10): start it, then record the outcome and the letter
 * sent. Amend edits the restrictions, their parameters, the scope and the end date with the
 * proposal's editors, and is saved by the domain as a new version of the sanction. Below it,
 * the customer's own requests for a review (BR-34) are logged and answered, apart from the
 * scheduled review; the case view links here with the request's id to bring it into view.
 */
export default function ReviewScreen({ params }: ScreenProps): React.ReactElement {
  const record = useCaseRecord(params.caseId ?? '');
  const { clock, newRequestKey, currentUser } = useAppServices();
  // The council's settings name the Ombudsman the outcome letter signposts.
  const council = useCouncilDetails();
  const nameOf = usePersonNames();
  const form = useFormStyles();
  const [outcome, setOutcome] = React.useState<ReviewOutcome | ''>('');
  const [reasons, setReasons] = React.useState('');
  const [nextReview, setNextReview] = React.useState('');
  const [letterText, setLetterText] = React.useState('');
  const [errors, setErrors] = React.useState<{ field: string; message: string }[]>([]);
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const [amendDraft, setAmendDraft] = React.useState<AmendmentDraft | undefined>(undefined);
  const [showAmendErrors, setShowAmendErrors] = React.useState(false);
  // The review just saved: said at the top of the screen, whatever it shows next.
  const [recorded, setRecorded] = React.useState<RecordedReview | undefined>(undefined);

  return (
    <CaseFrame title="Review" record={record} aside={<GuidancePanel context={{ form: 'review' }} heading="Guidance: reviews" />}>
      {(kase, person) => {
        const confirmation = recorded ? (
          <ReviewRecorded key={recorded.kase.revision} recorded={{ ...recorded, alertWarning: record.alertWarning }} />
        ) : null;
        const requests = actionAllowedFrom('answerPersonReviewRequest', kase.status) ? (
          <PersonReviewRequests
            kase={kase}
            record={record}
            focusRequestId={params.request}
            focusSection={params.section === 'person-requests'}
          />
        ) : null;
        if (recorded && kase.status === 'Closed') return confirmation;
        // Nothing is left to review, but a customer's request still open is answered here (BR-34).
        if (kase.status === 'Closed') return requests;
        if (kase.status === 'SanctionActive') {
          return (
            <>
              {confirmation}
              <Button
                appearance="primary"
                disabled={record.saving}
                onClick={() => later(record.apply({ type: 'startReview' }).then((result) => setRefusal(refusalOf(result))))}
              >
                Start the review
              </Button>
              {requests}
            </>
          );
        }
        const sanction = currentSanction(kase);
        const draft = amendDraft ?? (sanction ? amendmentDraftFrom(sanction) : undefined);
        const subject: Person = person ?? {
          id: kase.personId,
          names: { given: '', family: '' },
          aliases: [],
          addresses: [],
          contactChannels: [],
          representatives: [],
          reasonableAdjustments: [],
          vulnerabilityFlags: [],
          statutoryRoles: [],
          isCarerOrRepresentativeFor: []
        };
        const amendment =
          outcome === 'Amend' && sanction && draft
            ? (() => {
                const amended = amendedProposal(sanction, draft, kase.leadService, nameOf);
                const renewed = renewedProposal(amended, draft, clock.today(), nextReview);
                return {
                  amended,
                  renewed,
                  check: checkSanctionProposal(renewed, subject),
                  changed: changesSomething(sanction, amended, draft)
                };
              })()
            : undefined;
        // What continues from today, as the domain will save it: the amended restriction, or the
        // same one renewed from today to its end date (BR-10).
        const continuing =
          outcome === 'Continue' || outcome === 'Amend'
            ? amendment
              ? amendment.renewed
              : sanction
                ? { ...sanction, startDate: clock.today() }
                : undefined
            : undefined;
        // What the letter takes from the case, so nobody retypes it: what applies from now, how to
        // challenge it and the Ombudsman (spec 2.6 items 10 and 11).
        const fromCase = continuing ? continuingItemsFor(continuing, council.details) : {};
        // The content items validateLetter requires for a ReviewOutcome letter (letterRequirements),
        // with the Ombudsman as the settings name it once they have been read.
        const letterFields = (chosen: ReviewOutcome, details: CouncilDetails): Record<string, string> => ({
          reviewResult: [RESULT_SENTENCES[chosen], letterText.trim()].filter((part) => part !== '').join(' '),
          reviewReasons: reasons,
          ...(chosen !== 'Lift' && continuing ? (continuingItemsFor(continuing, details) as Record<string, string>) : {}),
          ...(chosen !== 'Lift' && nextReview ? { nextReviewDate: formatLongDate(nextReview as IsoDate) } : {})
        });
        const submit = async (): Promise<void> => {
          const problems = [];
          if (!outcome) problems.push({ field: 'outcome', message: 'Choose the outcome of the review.' });
          if (reasons.trim() === '') problems.push({ field: 'reasons', message: 'Give the reasons for the outcome.' });
          // BR-10: continuing or amending needs the next review date, in writing.
          if (outcome !== '' && outcome !== 'Lift' && !nextReview)
            problems.push({ field: 'nextReview', message: 'Set the next review date.' });
          setErrors(problems);
          if (amendment) setShowAmendErrors(true);
          if (problems.length > 0 || !outcome) return;
          if (amendment && (amendment.check.errors.length > 0 || !amendment.changed)) return;
          const details = await council.loaded();
          const result = await record.apply({
            type: 'completeReview',
            outcome,
            reasons,
            nextReviewDate: outcome !== 'Lift' && nextReview ? (nextReview as IsoDate) : undefined,
            amendedSanction: amendment?.amended,
            newEndDate: amendment && draft && draft.newEndDate !== '' ? (draft.newEndDate as IsoDate) : undefined,
            letter: {
              id: `letter-${newRequestKey()}`,
              caseId: kase.id,
              type: 'ReviewOutcome',
              templateVersion: '1',
              channel: 'letter',
              fields: letterFields(outcome, details),
              sentOn: clock.today(),
              sentBy: currentUser.id
            }
          });
          setRefusal(refusalOf(result));
          if (result.status === 'saved') {
            setRecorded({ outcome, kase: result.case, letterSentOn: clock.today() });
            setOutcome('');
            setReasons('');
            setNextReview('');
            setLetterText('');
            setAmendDraft(undefined);
            setShowAmendErrors(false);
          }
        };
        return (
          <>
            {confirmation}
            <form
              className={form.form}
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                later(submit());
              }}
            >
              <SelectField
                label="Outcome"
                required
                placeholder="Choose the outcome"
                value={outcome}
                onChange={(v) => setOutcome(v as ReviewOutcome | '')}
                choices={REVIEW_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
                error={errorFor(errors, 'outcome')}
              />
              <TextAreaField label="Reasons" required rows={3} value={reasons} onChange={setReasons} error={errorFor(errors, 'reasons')} />
              {outcome === 'Continue' || outcome === 'Amend' ? (
                <TextField
                  label="Next review date"
                  type="date"
                  required
                  value={nextReview}
                  onChange={setNextReview}
                  hint="The restriction is reviewed again by this date; the letter tells the person (BR-10)."
                  error={
                    errorFor(errors, 'nextReview') ??
                    (showAmendErrors ? amendment?.check.errors.filter((e) => e.field === 'reviewDate')[0]?.message : undefined)
                  }
                />
              ) : null}
              {amendment && sanction && draft ? (
                <AmendmentFields
                  sanction={sanction}
                  subject={subject}
                  leadService={kase.leadService}
                  draft={draft}
                  onChange={(patch) => setAmendDraft({ ...draft, ...patch })}
                  check={amendment.check}
                  showErrors={showAmendErrors}
                  nothingChanged={!amendment.changed}
                />
              ) : null}
              <TextAreaField
                label="Anything else the outcome letter says"
                rows={3}
                value={letterText}
                onChange={setLetterText}
                hint="The outcome is always given in writing (BR-10). The letter states the result, your reasons and any next review date."
              />
              <LetterItemsPreview heading="The outcome letter also says" items={fromCase} />
              <RefusalMessage refusal={refusal} />
              <div className={form.actions}>
                <Button appearance="primary" type="submit" disabled={record.saving}>
                  Record the review
                </Button>
              </div>
            </form>
            {requests}
          </>
        );
      }}
    </CaseFrame>
  );
}
