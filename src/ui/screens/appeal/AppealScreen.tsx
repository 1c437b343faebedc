import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { APPEAL_GROUND_LABELS, APPEAL_GROUNDS, APPEAL_OUTCOMES, type AppealGround, type AppealOutcome, type IsoDate, type TransitionError } from '../../../domain';
import { CheckboxGroupField, errorFor, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { GuidancePanel } from '../../components/GuidancePanel';
import { later } from '../../components/later';
import { useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import type { ScreenProps } from '../../shell/routes';
import { CaseFrame, RefusalMessage } from '../shared/CaseFrame';
import { refusalOf, useCaseRecord } from '../shared/useCaseRecord';

const OUTCOME_LABELS: Readonly<Record<AppealOutcome, string>> = { Uphold: 'Uphold the restriction', Vary: 'Vary the restriction', Quash: 'Quash the restriction' };

/** Appeals: the case officer records the appeal received; an independent reviewer decides it (BR-11). */
export default function AppealScreen({ params }: ScreenProps): React.ReactElement {
  const record = useCaseRecord(params.caseId ?? '');
  const { clock, newRequestKey, currentUser, roleAssignments } = useAppServices();
  const form = useFormStyles();
  const [receivedOn, setReceivedOn] = React.useState<string>(clock.today());
  const [grounds, setGrounds] = React.useState<string[]>([]);
  const [statement, setStatement] = React.useState('');
  const [reviewerId, setReviewerId] = React.useState('');
  const [outcome, setOutcome] = React.useState<AppealOutcome | ''>('');
  const [reasons, setReasons] = React.useState('');
  const [errors, setErrors] = React.useState<{ field: string; message: string }[]>([]);
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const reviewers = (roleAssignments.appealReviewer ?? []).map((id) => ({ value: id, label: id }));

  return (
    <CaseFrame title="Appeal" record={record} aside={<GuidancePanel context={{ form: 'appeal' }} heading="Guidance: appeals" />}>
      {(kase) => {
        const receive = async (): Promise<void> => {
          const problems = [];
          if (grounds.length === 0) problems.push({ field: 'grounds', message: 'Choose at least one ground of appeal.' });
          if (statement.trim() === '') problems.push({ field: 'statement', message: "Summarise the person's appeal." });
          if (!reviewerId) problems.push({ field: 'reviewerId', message: 'Choose an appeal reviewer who was not involved in the decision.' });
          setErrors(problems);
          if (problems.length > 0) return;
          setRefusal(refusalOf(await record.apply({ type: 'receiveAppeal', receivedOn: receivedOn as IsoDate, grounds: grounds as AppealGround[], statement, reviewerId, withinDeadline: true })));
        };
        const decide = async (): Promise<void> => {
          const problems = [];
          if (!outcome) problems.push({ field: 'outcome', message: 'Choose the decision.' });
          if (reasons.trim() === '') problems.push({ field: 'reasons', message: 'Give the reasons for the decision.' });
          setErrors(problems);
          if (problems.length > 0 || !outcome) return;
          setRefusal(
            refusalOf(
              await record.apply({
              type: 'decideAppeal',
              outcome,
              reasons,
                letter: { id: `letter-${newRequestKey()}`, caseId: kase.id, type: 'AppealOutcome', templateVersion: '1', channel: 'letter', fields: { appealOutcome: outcome, decisionReasons: reasons }, sentOn: clock.today(), sentBy: currentUser.id }
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
                <CheckboxGroupField label="Grounds of appeal" required values={grounds} onChange={setGrounds} choices={APPEAL_GROUNDS.map((g) => ({ value: g, label: APPEAL_GROUND_LABELS[g] }))} error={errorFor(errors, 'grounds')} />
                <TextAreaField label="The person's appeal (summary)" required rows={3} value={statement} onChange={setStatement} error={errorFor(errors, 'statement')} />
                <SelectField label="Appeal reviewer" required placeholder="Choose a reviewer" value={reviewerId} onChange={setReviewerId} choices={reviewers} error={errorFor(errors, 'reviewerId')} />
              </>
            ) : (
              <>
                <SelectField label="Decision" required placeholder="Choose the decision" value={outcome} onChange={(v) => setOutcome(v as AppealOutcome | '')} choices={APPEAL_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))} error={errorFor(errors, 'outcome')} />
                <TextAreaField label="Reasons" required rows={3} value={reasons} onChange={setReasons} error={errorFor(errors, 'reasons')} />
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
