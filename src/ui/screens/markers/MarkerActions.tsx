import * as React from 'react';
import { Button, Field, Input, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import type { IsoDate, WarningMarker } from '../../../domain/model';
import { useFormStyles } from '../../components/ScreenLayout';
import type { MarkerAction } from './markerAction';

const asDate = (value: string): IsoDate | undefined => (value === '' ? undefined : (value as IsoDate));

interface ActionProps {
  act(action: MarkerAction): Promise<void>;
}

function Submit({ label }: { label: string }): React.ReactElement {
  return (
    <Button appearance="primary" type="submit">
      {label}
    </Button>
  );
}

/** The H&S adviser's decision on a proposal (BR-21). */
export function ApproveForm({ act }: ActionProps): React.ReactElement {
  const styles = useFormStyles();
  const [notifiedOn, setNotifiedOn] = React.useState('');
  const [notNotifiedReason, setReason] = React.useState('');
  const [handlingCheck, setCheck] = React.useState('');
  const [declineReasons, setDecline] = React.useState('');
  return (
    <>
      <form
        className={styles.form}
        aria-label="Approve the marker"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          act({ kind: 'approve', notifiedOn: asDate(notifiedOn), notNotifiedReason, handlingCheck }).catch(() => undefined);
        }}
      >
        <Field label="Date the person was told" hint="Leave empty if you are not telling them, and say why below">
          <Input type="date" value={notifiedOn} onChange={(_, data) => setNotifiedOn(data.value)} />
        </Field>
        <Field label="Why the person is not being told" hint="Only if telling them would itself create a risk">
          <Textarea value={notNotifiedReason} onChange={(_, data) => setReason(data.value)} />
        </Field>
        <Field
          label="How the handling instructions respect the customer’s recorded adjustments"
          hint="Needed when adjustments are recorded"
        >
          <Textarea value={handlingCheck} onChange={(_, data) => setCheck(data.value)} />
        </Field>
        <div className={styles.actions}>
          <Submit label="Approve the marker" />
        </div>
      </form>
      <form
        className={styles.form}
        aria-label="Decline the marker"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          act({ kind: 'decline', reasons: declineReasons }).catch(() => undefined);
        }}
      >
        <Field label="Reasons for declining">
          <Textarea value={declineReasons} onChange={(_, data) => setDecline(data.value)} />
        </Field>
        <div className={styles.actions}>
          <Button type="submit">Decline the proposal</Button>
        </div>
      </form>
    </>
  );
}

/** A review: continue to a new date, or remove with the person told. */
export function ReviewForm({ act }: ActionProps): React.ReactElement {
  const styles = useFormStyles();
  const [outcome, setOutcome] = React.useState<'Continue' | 'Remove'>('Continue');
  const [reasons, setReasons] = React.useState('');
  const [date, setDate] = React.useState('');
  return (
    <form
      className={styles.form}
      aria-label="Review the marker"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        act(
          outcome === 'Continue'
            ? { kind: 'review', outcome, reasons, nextReviewDate: asDate(date) }
            : { kind: 'review', outcome, reasons, personToldOn: asDate(date) }
        ).catch(() => undefined);
      }}
    >
      <Field label="Review outcome">
        <RadioGroup value={outcome} onChange={(_, data) => setOutcome(data.value as 'Continue' | 'Remove')}>
          <Radio value="Continue" label="Continue the marker" />
          <Radio value="Remove" label="Remove the marker" />
        </RadioGroup>
      </Field>
      <Field label="Reasons">
        <Textarea value={reasons} onChange={(_, data) => setReasons(data.value)} />
      </Field>
      <Field
        label={outcome === 'Continue' ? 'Next review date' : 'Date the person was told'}
        hint={outcome === 'Continue' ? undefined : 'Leave empty if they have not been told yet: you will produce the removal letter next'}
      >
        <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Submit label="Record the review" />
      </div>
    </form>
  );
}

/** BR-33: the person (or staff) disputes the marker. */
export function ChallengeForm({ act, today }: ActionProps & { today: IsoDate }): React.ReactElement {
  const styles = useFormStyles();
  const [raisedBy, setRaisedBy] = React.useState<'person' | 'staff'>('person');
  const [raisedOn, setRaisedOn] = React.useState<string>(today);
  const [grounds, setGrounds] = React.useState('');
  return (
    <form
      className={styles.form}
      aria-label="Record a challenge"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        act({ kind: 'challenge', raisedBy, raisedOn: (asDate(raisedOn) ?? today) as IsoDate, grounds }).catch(() => undefined);
      }}
    >
      <Field label="Who disputes the marker">
        <RadioGroup value={raisedBy} onChange={(_, data) => setRaisedBy(data.value as 'person' | 'staff')}>
          <Radio value="person" label="The customer" />
          <Radio value="staff" label="A member of staff" />
        </RadioGroup>
      </Field>
      <Field label="Date the challenge was made">
        <Input type="date" value={raisedOn} onChange={(_, data) => setRaisedOn(data.value)} />
      </Field>
      <Field label="What they dispute">
        <Textarea value={grounds} onChange={(_, data) => setGrounds(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Submit label="Record the challenge" />
      </div>
    </form>
  );
}

/** BR-33: someone other than the proposer re-examines the evidence. */
export function DecideChallengeForm({ act }: ActionProps): React.ReactElement {
  const styles = useFormStyles();
  const [outcome, setOutcome] = React.useState<'Retained' | 'Removed'>('Retained');
  const [reasons, setReasons] = React.useState('');
  const [toldOn, setToldOn] = React.useState('');
  return (
    <form
      className={styles.form}
      aria-label="Decide the challenge"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        act({ kind: 'decideChallenge', outcome, reasons, personToldOn: asDate(toldOn) }).catch(() => undefined);
      }}
    >
      <Field label="Having re-examined the evidence">
        <RadioGroup value={outcome} onChange={(_, data) => setOutcome(data.value as 'Retained' | 'Removed')}>
          <Radio value="Retained" label="Keep the marker" />
          <Radio value="Removed" label="Remove the marker" />
        </RadioGroup>
      </Field>
      <Field label="Reasons">
        <Textarea value={reasons} onChange={(_, data) => setReasons(data.value)} />
      </Field>
      <Field
        label="Date the person was told"
        hint="If the marker is removed and they have not been told yet, leave this empty: you will produce the removal letter next"
      >
        <Input type="date" value={toldOn} onChange={(_, data) => setToldOn(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Submit label="Record the outcome" />
      </div>
    </form>
  );
}

/** BR-33: removal with reasons; the person told now, or by the removal letter that follows. */
export function RemoveForm({ act }: ActionProps): React.ReactElement {
  const styles = useFormStyles();
  const [reasons, setReasons] = React.useState('');
  const [toldOn, setToldOn] = React.useState('');
  return (
    <form
      className={styles.form}
      aria-label="Remove the marker"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        act({ kind: 'remove', reasons, personToldOn: asDate(toldOn) }).catch(() => undefined);
      }}
    >
      <Field label="Reasons for removing the marker">
        <Textarea value={reasons} onChange={(_, data) => setReasons(data.value)} />
      </Field>
      <Field label="Date the person was told" hint="Leave empty if they have not been told yet: you will produce the removal letter next">
        <Input type="date" value={toldOn} onChange={(_, data) => setToldOn(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Submit label="Remove the marker" />
      </div>
    </form>
  );
}

export const STATUS_LABELS: Readonly<Record<WarningMarker['status'], string>> = {
  Provisional: 'Waiting for health and safety approval',
  Active: 'In force',
  UnderChallenge: 'Challenged: evidence being re-examined',
  Removed: 'Removed'
};
