import * as React from 'react';
import { Button, Card, CardHeader, makeStyles, Radio, RadioGroup, Field, Subtitle2, tokens } from '@fluentui/react-components';
import { displayName, type TransitionError } from '../../../domain';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextAreaField } from '../../components/FormFields';
import { GuidancePanel } from '../../components/GuidancePanel';
import { later } from '../../components/later';
import { LoadingState } from '../../components/LoadingState';
import { ScreenLayout, useFormStyles } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../navigation/screenProps';
import { RefusalMessage } from '../shared/CaseFrame';
import { IncidentDetails } from '../shared/IncidentDetails';
import type { IncidentAttachments } from '../shared/useIncidentAttachments';
import { OpenCasesNote, TriageDecisionMessage, TriageSaveWarning } from './TriageDecisionMessage';
import { useTriage, type TriageDecision, type TriageDecisionSaved, type TriageItem } from './useTriage';
import { useWarnBeforeLeaving } from '../../components/useWarnBeforeLeaving';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM }
});

function TriageCard({
  item,
  attachments,
  onDecide
}: {
  item: TriageItem;
  attachments: IncidentAttachments;
  onDecide(decision: TriageDecision, reasons: string): Promise<{ refusal?: TransitionError; caseId?: string }>;
}): React.ReactElement {
  const form = useFormStyles();
  const [decision, setDecision] = React.useState<TriageDecision | ''>('');
  const [reasons, setReasons] = React.useState('');
  const [errors, setErrors] = React.useState<{ decision?: string; reasons?: string }>({});
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [busy, setBusy] = React.useState(false);
  useWarnBeforeLeaving(busy);
  const incident = item.incident.value;
  const name = item.person ? displayName(item.person) : 'Unknown customer';
  const headingId = `triage-${incident.id}`;

  const submit = async (): Promise<void> => {
    const problems = {
      decision: decision === '' ? 'Choose informal action or escalate.' : undefined,
      reasons: reasons.trim() === '' ? 'Give your reasons.' : undefined
    };
    setErrors(problems);
    if (problems.decision || problems.reasons || decision === '') return;
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await onDecide(decision, reasons);
      setRefusal(result.refusal);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        header={
          <Subtitle2 as="h3" id={headingId}>
            {name}
          </Subtitle2>
        }
      />
      <OpenCasesNote name={name} cases={item.openCases} />
      {/* The whole report, health and safety flag and files included: the decision rests on it. */}
      <IncidentDetails incident={incident} attachments={attachments} />
      <form
        className={form.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          later(submit());
        }}
      >
        <Field label="Your decision" required validationMessage={errors.decision} validationState={errors.decision ? 'error' : 'none'}>
          <RadioGroup value={decision} onChange={(_, data) => setDecision(data.value as TriageDecision)}>
            <Radio value="informal" label="Deal with it informally (for example, an informal warning)" />
            <Radio value="escalate" label="Escalate to the head of service and open a case" />
          </RadioGroup>
        </Field>
        <TextAreaField label="Reasons" required rows={3} value={reasons} onChange={setReasons} error={errors.reasons} />
        <RefusalMessage refusal={refusal} />
        {failure ? <ErrorMessage error={failure} title="Your decision was not saved" /> : null}
        <div className={form.actions}>
          <Button appearance="primary" type="submit" disabled={busy}>
            Record decision for {name}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** Line managers triage referred incidents: informal action or escalate (spec 1.4). */
export default function TriageScreen(_props: ScreenProps): React.ReactElement {
  const styles = useStyles();
  const { items, attachmentsOf, decide } = useTriage();
  // The last decision saved: said above the list, which the decided referral has left.
  const [saved, setSaved] = React.useState<TriageDecisionSaved | undefined>(undefined);
  return (
    <ScreenLayout
      title="Triage referrals"
      aside={<GuidancePanel context={{ form: 'managerReview' }} heading="Guidance: deciding on a referral" />}
    >
      {saved ? <TriageDecisionMessage key={saved.caseId} saved={saved} /> : null}
      {saved ? <TriageSaveWarning saved={saved} /> : null}
      {items.status === 'loading' ? <LoadingState label="Loading referrals…" /> : null}
      {items.status === 'error' ? <ErrorMessage error={items.error} title="Referrals could not be loaded" onRetry={items.reload} /> : null}
      {items.status === 'ready' && items.value.length === 0 ? (
        <EmptyState title="No referrals are waiting">
          When a member of staff records an incident, it appears here for your decision.
        </EmptyState>
      ) : null}
      {items.status === 'ready' && items.value.length > 0 ? (
        <ul className={styles.list} aria-label="Referred incidents">
          {items.value.map((item) => (
            <li key={item.incident.value.id}>
              <TriageCard
                item={item}
                attachments={attachmentsOf(item.incident.value)}
                onDecide={async (decision, reasons) => {
                  const result = await decide(item, decision, reasons);
                  if (result.saved) setSaved(result.saved);
                  return result;
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </ScreenLayout>
  );
}
