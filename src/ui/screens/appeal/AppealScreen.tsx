import * as React from 'react';
import { Button } from '@fluentui/react-components';
import {
  APPEAL_GROUND_LABELS,
  APPEAL_GROUNDS,
  APPEAL_OUTCOMES,
  can,
  currentSanction,
  participationOf,
  formatLongDate,
  SANCTION_CATALOGUE,
  type AppealGround,
  type AppealOutcome,
  type IsoDate,
  type Sanction,
  type SanctionProposal,
  type TransitionError
} from '../../../domain';
import { LETTER_ITEM_DEFINITIONS, whatAppliesNowText } from '../../../domain/letters';
import { CheckboxGroupField, errorFor, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { GuidancePanel } from '../../components/GuidancePanel';
import { later } from '../../components/later';
import { usePersonNames } from '../../components/PersonName';
import { useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import type { ScreenProps } from '../../shell/routes';
import { CaseFrame, RefusalMessage } from '../shared/CaseFrame';
import { refusalOf, useCaseRecord } from '../shared/useCaseRecord';
import { useCouncilDetails } from '../../services/councilDetails';
import { appealOmbudsmanText } from '../shared/caseLetterItems';
import { LetterItemsPreview } from '../shared/LetterItemsPreview';

const OUTCOME_LABELS: Readonly<Record<AppealOutcome, string>> = {
  Uphold: 'Uphold the restriction',
  Vary: 'Vary the restriction',
  Quash: 'Quash the restriction'
};

/** The decision as the appeal outcome letter states it (letter item appealResult). */
const RESULT_SENTENCES: Readonly<Record<AppealOutcome, string>> = {
  Uphold:
    'Your appeal has been considered by a senior officer who was not involved in the original decision. The restriction is upheld and stays as it is.',
  Vary: 'Your appeal has been considered by a senior officer who was not involved in the original decision. The restriction has been varied.',
  Quash:
    'Your appeal has been considered by a senior officer who was not involved in the original decision. The restriction is quashed and no longer applies.'
};

/** BR-12: a varied restriction keeps the original's arrangements with the restrictions and dates the reviewer sets. */
function variedProposal(sanction: Sanction, keep: readonly string[], endDate: string, reviewDate: string): SanctionProposal {
  return {
    subjectPersonId: sanction.subjectPersonId,
    restrictions: sanction.restrictions.filter((r) => keep.indexOf(r.type) >= 0),
    scope: sanction.scope,
    startDate: sanction.startDate,
    endDate: endDate as IsoDate,
    reviewDate: reviewDate as IsoDate,
    spoc: sanction.spoc,
    necessaryContactArrangements: sanction.necessaryContactArrangements,
    proportionalityReasons: sanction.proportionalityReasons,
    adjustmentOverrideReason: sanction.adjustmentOverrideReason,
    continuityPlan: sanction.continuityPlan
  };
}

/** Appeals: the case officer records the appeal received; an independent reviewer decides it (BR-11). */
export default function AppealScreen({ params }: ScreenProps): React.ReactElement {
  const record = useCaseRecord(params.caseId ?? '');
  const { clock, newRequestKey, currentUser, roleAssignments } = useAppServices();
  // The council's settings name the Ombudsman the decision letter signposts.
  const council = useCouncilDetails();
  const form = useFormStyles();
  const [receivedOn, setReceivedOn] = React.useState<string>(clock.today());
  const [grounds, setGrounds] = React.useState<string[]>([]);
  const [statement, setStatement] = React.useState('');
  const [reviewerId, setReviewerId] = React.useState('');
  const [outcome, setOutcome] = React.useState<AppealOutcome | ''>('');
  const [reasons, setReasons] = React.useState('');
  // Undefined until the reviewer edits it: the Ombudsman the council's settings name for the case.
  const [editedOmbudsman, setOmbudsman] = React.useState<string | undefined>(undefined);
  const [vary, setVary] = React.useState<{ keep: string[]; endDate: string; reviewDate: string } | undefined>(undefined);
  const [errors, setErrors] = React.useState<{ field: string; message: string }[]>([]);
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const nameOf = usePersonNames();
  const designated = roleAssignments.appealReviewer ?? [];

  return (
    <CaseFrame title="Appeal" record={record} aside={<GuidancePanel context={{ form: 'appeal' }} heading="Guidance: appeals" />}>
      {(kase) => {
        // BR-11: only reviewers who had no part in the decision are offered.
        const participation = participationOf(kase);
        const reviewers = designated
          .filter((id) => can({ userId: id }, 'appeal.decide', { roles: roleAssignments, case: participation }).allowed)
          .map((id) => ({ value: id, label: nameOf(id) }));
        const receive = async (): Promise<void> => {
          const problems = [];
          if (grounds.length === 0) problems.push({ field: 'grounds', message: 'Choose at least one ground of appeal.' });
          if (statement.trim() === '') problems.push({ field: 'statement', message: "Summarise the person's appeal." });
          if (!reviewerId)
            problems.push({ field: 'reviewerId', message: 'Choose an appeal reviewer who was not involved in the decision.' });
          setErrors(problems);
          if (problems.length > 0) return;
          setRefusal(
            refusalOf(
              await record.apply({
                type: 'receiveAppeal',
                receivedOn: receivedOn as IsoDate,
                grounds: grounds as AppealGround[],
                statement,
                reviewerId,
                withinDeadline: true
              })
            )
          );
        };
        const sanction = currentSanction(kase);
        const ombudsman = editedOmbudsman ?? appealOmbudsmanText(council.details);
        const varied = vary ?? {
          keep: sanction ? sanction.restrictions.map((r) => r.type) : [],
          endDate: sanction?.endDate ?? '',
          reviewDate: sanction?.reviewDate ?? ''
        };
        // What applies once the appeal is decided, from the restriction itself: as it is when
        // upheld, as varied when varied; nothing when quashed.
        const appliesAfter = (chosen: AppealOutcome | ''): string | undefined => {
          if (!sanction || chosen === '' || chosen === 'Quash') return undefined;
          if (chosen === 'Uphold') return whatAppliesNowText(sanction);
          const terms = variedProposal(sanction, varied.keep, varied.endDate, varied.reviewDate);
          return terms.restrictions.length > 0 && terms.endDate ? whatAppliesNowText(terms) : undefined;
        };
        const decide = async (): Promise<void> => {
          const problems = [];
          if (!outcome) problems.push({ field: 'outcome', message: 'Choose the decision.' });
          if (reasons.trim() === '') problems.push({ field: 'reasons', message: 'Give the reasons for the decision.' });
          if (ombudsman.trim() === '') problems.push({ field: 'ombudsman', message: 'Tell the person how to complain to the Ombudsman.' });
          if (outcome === 'Vary' && sanction) {
            if (varied.keep.length === 0)
              problems.push({ field: 'keep', message: 'Keep at least one restriction, or quash the restriction instead.' });
            if (!varied.endDate) problems.push({ field: 'endDate', message: 'Enter the end date of the varied restriction.' });
            if (!varied.reviewDate) problems.push({ field: 'reviewDate', message: 'Enter the review date of the varied restriction.' });
            // BR-12: the engine refuses a longer restriction; say so beside the field first.
            if (varied.endDate && varied.endDate > sanction.endDate)
              problems.push({
                field: 'endDate',
                message: `An appeal cannot lengthen the restriction: end it on or before ${formatLongDate(sanction.endDate)}. To extend it, record a review.`
              });
            const unchanged =
              varied.keep.length === sanction.restrictions.length &&
              varied.endDate === sanction.endDate &&
              varied.reviewDate === sanction.reviewDate;
            if (unchanged)
              problems.push({
                field: 'keep',
                message: 'Nothing has changed. Remove a restriction or change a date, or uphold the restriction instead.'
              });
          }
          setErrors(problems);
          if (problems.length > 0 || !outcome) return;
          const variedSanction =
            outcome === 'Vary' && sanction ? variedProposal(sanction, varied.keep, varied.endDate, varied.reviewDate) : undefined;
          const nowApplies = appliesAfter(outcome);
          // Unless the reviewer rewrote it, the Ombudsman as the settings name it once read.
          const ombudsmanRight = editedOmbudsman ?? appealOmbudsmanText(await council.loaded());
          const result = variedSanction
            ? `${RESULT_SENTENCES.Vary} It now covers: ${variedSanction.restrictions.map((r) => SANCTION_CATALOGUE[r.type].label).join('; ')}, until ${formatLongDate(varied.endDate as IsoDate)}.`
            : RESULT_SENTENCES[outcome];
          setRefusal(
            refusalOf(
              await record.apply({
                type: 'decideAppeal',
                outcome,
                reasons,
                variedSanction,
                letter: {
                  id: `letter-${newRequestKey()}`,
                  caseId: kase.id,
                  type: 'AppealOutcome',
                  templateVersion: '1',
                  channel: 'letter',
                  fields: {
                    appealResult: result,
                    appealReasons: reasons,
                    ombudsmanRight,
                    ...(nowApplies ? { whatAppliesNow: nowApplies } : {})
                  },
                  sentOn: clock.today(),
                  sentBy: currentUser.id
                }
              })
            )
          );
        };
        const receiving = kase.status === 'SanctionActive';
        return (
          <form
            className={form.form}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              later(receiving ? receive() : decide());
            }}
          >
            {receiving ? (
              <>
                <TextField label="Date the appeal was received" type="date" required value={receivedOn} onChange={setReceivedOn} />
                <CheckboxGroupField
                  label="Grounds of appeal"
                  required
                  values={grounds}
                  onChange={setGrounds}
                  choices={APPEAL_GROUNDS.map((g) => ({ value: g, label: APPEAL_GROUND_LABELS[g] }))}
                  error={errorFor(errors, 'grounds')}
                />
                <TextAreaField
                  label="The person's appeal (summary)"
                  required
                  rows={3}
                  value={statement}
                  onChange={setStatement}
                  error={errorFor(errors, 'statement')}
                />
                <SelectField
                  label="Appeal reviewer"
                  required
                  placeholder="Choose a reviewer"
                  value={reviewerId}
                  onChange={setReviewerId}
                  choices={reviewers}
                  error={
                    errorFor(errors, 'reviewerId') ??
                    (reviewers.length === 0
                      ? designated.length === 0
                        ? 'No appeal reviewer is designated. Ask the site owner to name the appeal reviewers in the CCM settings.'
                        : 'Every designated appeal reviewer was involved in this decision, so none can hear the appeal (BR-11). Ask the site owner to designate an independent reviewer.'
                      : undefined)
                  }
                />
              </>
            ) : (
              <>
                <SelectField
                  label="Decision"
                  required
                  placeholder="Choose the decision"
                  value={outcome}
                  onChange={(v) => setOutcome(v as AppealOutcome | '')}
                  choices={APPEAL_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
                  error={errorFor(errors, 'outcome')}
                />
                {outcome === 'Vary' && sanction ? (
                  <fieldset className={form.fieldset}>
                    <legend className={form.legend}>The varied restriction</legend>
                    <CheckboxGroupField
                      label="Restrictions that stay"
                      required
                      hint="Untick any restriction the appeal removes."
                      values={varied.keep}
                      onChange={(keep) => setVary({ ...varied, keep })}
                      choices={sanction.restrictions.map((r) => ({
                        value: r.type,
                        label: `${r.type}: ${SANCTION_CATALOGUE[r.type].label}`
                      }))}
                      error={errorFor(errors, 'keep')}
                    />
                    <TextField
                      label="End date of the varied restriction"
                      type="date"
                      required
                      value={varied.endDate}
                      onChange={(endDate) => setVary({ ...varied, endDate })}
                      error={errorFor(errors, 'endDate')}
                    />
                    <TextField
                      label="Review date of the varied restriction"
                      type="date"
                      required
                      value={varied.reviewDate}
                      onChange={(reviewDate) => setVary({ ...varied, reviewDate })}
                      error={errorFor(errors, 'reviewDate')}
                    />
                  </fieldset>
                ) : null}
                <TextAreaField
                  label="Reasons"
                  required
                  rows={3}
                  hint={LETTER_ITEM_DEFINITIONS.appealReasons.hint}
                  value={reasons}
                  onChange={setReasons}
                  error={errorFor(errors, 'reasons')}
                />
                <TextAreaField
                  label={LETTER_ITEM_DEFINITIONS.ombudsmanRight.label}
                  required
                  rows={3}
                  hint={LETTER_ITEM_DEFINITIONS.ombudsmanRight.hint}
                  value={ombudsman}
                  onChange={setOmbudsman}
                  error={errorFor(errors, 'ombudsman')}
                />
                <LetterItemsPreview heading="The decision letter also says" items={{ whatAppliesNow: appliesAfter(outcome) }} />
              </>
            )}
            <RefusalMessage refusal={refusal} />
            <div className={form.actions}>
              <Button appearance="primary" type="submit" disabled={record.saving}>
                {receiving ? 'Record the appeal' : 'Record the decision'}
              </Button>
            </div>
          </form>
        );
      }}
    </CaseFrame>
  );
}
