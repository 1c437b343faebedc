import * as React from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import {
  INVOCATION_OUTCOMES,
  PANEL_ROLES_BY_ROUTE,
  ROLE_LABELS,
  type CaseAction,
  type InvocationOutcome,
  type IsoDate,
  type PanelAttendee,
  type Role,
  type TransitionError
} from '../../../domain';
import { errorFor, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { GuidancePanel } from '../../components/GuidancePanel';
import { usePersonNames } from '../../components/PersonName';
import { later } from '../../components/later';
import { useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import { useTimeFrames } from '../../services/timeFrames';
import { useNavigation } from '../../shell/navigation';
import type { ScreenProps } from '../../shell/routes';
import { CaseFrame, RefusalMessage } from '../shared/CaseFrame';
import { refusalOf, useCaseRecord } from '../shared/useCaseRecord';

const OUTCOME_LABELS: Readonly<Record<InvocationOutcome, string>> = {
  Invoke: 'Invoke the policy (send the monitoring letter)',
  InformalOnly: 'Informal action only',
  DoNotInvoke: 'Do not invoke the policy'
};

/** The panel's joint decision whether to invoke the policy, with the required seats (BR-02, BR-03). */
export default function InvocationScreen({ params }: ScreenProps): React.ReactElement {
  const { navigate } = useNavigation();
  // Only a real save leaves the screen (straight away, or after "apply my changes" in the
  // conflict dialog); a conflict keeps the user here with the reload/merge choice.
  const record = useCaseRecord(params.caseId ?? '', { onSaved: (saved) => navigate('case', { caseId: saved.id }) });
  const { roleAssignments, clock, newRequestKey, currentUser } = useAppServices();
  const form = useFormStyles();
  const nameOf = usePersonNames();
  const [seats, setSeats] = React.useState<Record<number, string>>({});
  const [alternateOfficer, setAlternateOfficer] = React.useState('');
  const [meetingDate, setMeetingDate] = React.useState<string>(clock.today());
  const [outcome, setOutcome] = React.useState<InvocationOutcome | ''>('');
  const [reasons, setReasons] = React.useState('');
  const [documents, setDocuments] = React.useState('');
  // The council's monitoring period (administration screen, spec 5.5): "three months, or less".
  const longestMonitoring = useTimeFrames().monitoringPeriodMonths;
  const [months, setMonths] = React.useState(String(longestMonitoring));
  const [errors, setErrors] = React.useState<{ field: string; message: string }[]>([]);
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);

  return (
    <CaseFrame
      title="Panel decision"
      record={record}
      aside={<GuidancePanel context={{ form: 'panelDecision' }} heading="Guidance: the panel decision" />}
    >
      {(kase) => {
        const seatRoles = PANEL_ROLES_BY_ROUTE[kase.route];
        const holders = (roles: readonly Role[]): { value: string; label: string }[] =>
          roles.flatMap((role) =>
            (roleAssignments[role] ?? []).map((userId) => ({
              value: `${role}|${userId}`,
              label: `${nameOf(userId)} (${ROLE_LABELS[role]})`
            }))
          );
        const conflicted = new Set(kase.conflictDeclarations.map((c) => c.userId));
        // BR-03: the case officer has declared earlier involvement (or stepped aside after doing
        // so), so an alternate officer must be assigned as case officer and single point of contact.
        const needsAlternate = conflicted.size > 0 && (kase.caseOfficerId === undefined || conflicted.has(kase.caseOfficerId));
        const alternateChoices = (roleAssignments.alternateOfficer ?? [])
          .filter((userId) => !conflicted.has(userId))
          .map((userId) => ({ value: userId, label: nameOf(userId) }));
        const submit = async (): Promise<void> => {
          const problems: { field: string; message: string }[] = [];
          seatRoles.forEach((roles, index) => {
            if (!seats[index])
              problems.push({ field: `seat${index}`, message: `Choose who sat as ${roles.map((r) => ROLE_LABELS[r]).join(' or ')}.` });
          });
          if (!meetingDate) problems.push({ field: 'meetingDate', message: 'Enter the date of the meeting.' });
          if (!outcome) problems.push({ field: 'outcome', message: 'Choose the decision.' });
          if (reasons.trim() === '') problems.push({ field: 'reasons', message: 'Record the reasons for the decision.' });
          const length = Number(months);
          if (outcome === 'Invoke' && !(Number.isInteger(length) && length >= 1 && length <= longestMonitoring))
            problems.push({
              field: 'months',
              message:
                longestMonitoring === 1 ? 'The monitoring period is 1 month.' : `The monitoring period is 1 to ${longestMonitoring} months.`
            });
          setErrors(problems);
          if (problems.length > 0 || !outcome) return;
          const attendees: PanelAttendee[] = seatRoles.map((_, index) => {
            const [role, userId] = seats[index].split('|');
            return { role: role as Role, userId, name: nameOf(userId) };
          });
          const assigned = needsAlternate && alternateOfficer !== '' ? alternateOfficer : undefined;
          const decide: CaseAction = {
            type: 'recordInvocationDecision',
            decision: {
              id: `decision-${newRequestKey()}`,
              meetingDate: meetingDate as IsoDate,
              attendees,
              documentsReviewed: documents
                .split('\n')
                .map((d) => d.trim())
                .filter((d) => d !== ''),
              outcome,
              reasons,
              monitoringPeriod: outcome === 'Invoke' ? { lengthMonths: length } : undefined,
              // The alternate assigned here (BR-03) is the single point of contact. Otherwise the case
              // officer; with none assigned yet, the officer in the panel's CRO seat.
              spocUserId:
                assigned ??
                kase.caseOfficerId ??
                attendees.filter((a) => a.role === 'customerRelationsOfficer' || a.role === 'alternateOfficer')[0]?.userId,
              recordedBy: currentUser.id,
              recordedAt: clock.now()
            }
          };
          // Assigning the alternate and recording the decision are saved together, or not at all.
          const result = await record.apply(assigned ? [{ type: 'assignCaseOfficer', userId: assigned }, decide] : decide);
          setRefusal(refusalOf(result));
        };
        return (
          <form
            className={form.form}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              later(submit());
            }}
          >
            {kase.conflictDeclarations.length > 0 ? (
              <MessageBar intent="warning">
                <MessageBarBody>
                  An officer has declared earlier involvement with this customer (BR-03). The alternate officer must take their seat.
                </MessageBarBody>
              </MessageBar>
            ) : null}
            <fieldset className={form.fieldset}>
              <legend className={form.legend}>Who sat on the panel</legend>
              {seatRoles.map((roles, index) => (
                <SelectField
                  key={roles.join('-')}
                  label={roles.map((r) => ROLE_LABELS[r]).join(' or ')}
                  required
                  placeholder="Choose who attended"
                  value={seats[index] ?? ''}
                  onChange={(value) => setSeats({ ...seats, [index]: value })}
                  choices={holders(roles).filter((choice) => !conflicted.has(choice.value.split('|')[1]))}
                  error={errorFor(errors, `seat${index}`)}
                />
              ))}
            </fieldset>
            {needsAlternate ? (
              <SelectField
                label="Alternate officer to assign as case officer and single point of contact"
                hint="The Customer Relations Officer has declared earlier involvement with this customer, so they cannot be the case officer (BR-03). Choose an officer who holds the alternate officer role; they become the case officer and the customer's single point of contact."
                placeholder="Choose the alternate officer"
                value={alternateOfficer}
                onChange={setAlternateOfficer}
                choices={alternateChoices}
                error={errorFor(errors, 'alternateOfficer')}
              />
            ) : null}
            <TextField
              label="Date of the meeting"
              type="date"
              required
              value={meetingDate}
              onChange={setMeetingDate}
              error={errorFor(errors, 'meetingDate')}
            />
            <TextAreaField label="Documents reviewed (one per line)" rows={3} value={documents} onChange={setDocuments} />
            <SelectField
              label="Decision"
              required
              placeholder="Choose the decision"
              value={outcome}
              onChange={(value) => setOutcome(value as InvocationOutcome | '')}
              choices={INVOCATION_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
              error={errorFor(errors, 'outcome')}
            />
            {outcome === 'Invoke' ? (
              <TextField
                label={`Monitoring period in months (usually ${longestMonitoring})`}
                type="number"
                required
                value={months}
                onChange={setMonths}
                error={errorFor(errors, 'months')}
              />
            ) : null}
            <TextAreaField
              label="Reasons for the decision"
              required
              rows={4}
              value={reasons}
              onChange={setReasons}
              error={errorFor(errors, 'reasons')}
            />
            <RefusalMessage refusal={refusal} />
            <div className={form.actions}>
              <Button appearance="primary" type="submit" disabled={record.saving}>
                Record the decision
              </Button>
            </div>
          </form>
        );
      }}
    </CaseFrame>
  );
}
