import * as React from 'react';
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Textarea
} from '@fluentui/react-components';
import { personNotYetToldOfRemoval } from '../../../domain/markers/markerLetters';
import { MARKER_KEEPER_ROLES, MARKER_PROPOSER_ROLES } from '../../../domain/markers/markerLifecycle';
import type { IsoDate, WarningMarker } from '../../../domain/model';
import { LETTER_TYPE_LABELS } from '../../../domain/letters';
import { formatDate } from '../../components/DateText';
import { LETTER_CHANNEL_LABELS } from '../letters/letterChannelLabels';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { PersonName } from '../../components/PersonName';
import { ScreenLayout, useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import type { ScreenProps } from '../../navigation/screenProps';
import { ApproveForm, ChallengeForm, DecideChallengeForm, RemoveForm, ReviewForm, STATUS_LABELS } from './MarkerActions';
import { RemovalLetterPanel } from './RemovalLetterPanel';
import type { IncidentChoice, MarkerRow } from './markerRegisterState';
import { useMarkerRegister, type ActionResult, type MarkerRegister } from './useMarkerRegister';

function ResultMessage({ result }: { result: ActionResult | undefined }): React.ReactElement {
  if (result === undefined) return <></>;
  if (result.kind === 'done') {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{result.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (result.kind === 'refused') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Not saved</MessageBarTitle>
          <ul>
            {result.issues.map((issue) => (
              <li key={`${issue.field}-${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (result.kind === 'conflict') {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Someone else changed this marker</MessageBarTitle>
          Nothing of yours was saved. Open the marker again to see it as it is now, then try again.
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <ErrorMessage error={result.error} title="That did not work" />;
}

/** A case officer proposes a marker from one incident of the same customer (BR-21). */
function ProposeForm({ incidents, register }: { incidents: readonly IncidentChoice[]; register: MarkerRegister }): React.ReactElement {
  const styles = useFormStyles();
  const [incidentId, setIncidentId] = React.useState('');
  const [risk, setRisk] = React.useState('');
  const [handling, setHandling] = React.useState('');
  const [reviewDate, setReviewDate] = React.useState('');
  const chosen = incidents.find((choice) => choice.incident.id === incidentId);
  return (
    <form
      className={styles.form}
      aria-label="Propose a warning marker"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen === undefined) return;
        register
          .propose({
            personId: chosen.incident.personId,
            incidentId: chosen.incident.id,
            riskDescription: risk,
            precautions: handling,
            reviewDate: reviewDate as IsoDate
          })
          .catch(() => undefined);
      }}
    >
      <Subtitle2 as="h3">Propose a marker from an incident</Subtitle2>
      <Field label="Incident the marker is based on" required hint="A marker must rest on a specific incident involving this customer">
        <Select value={incidentId} onChange={(_, data) => setIncidentId(data.value)}>
          <option value="">Choose an incident</option>
          {incidents.map((choice) => (
            <option key={choice.incident.id} value={choice.incident.id}>
              {`${choice.personName}: ${formatDate(choice.incident.occurredAt.slice(0, 10))}, ${choice.incident.service}`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="The risk, factually, from the incident" required hint="Only register keepers read this; every view is recorded">
        <Textarea value={risk} onChange={(_, data) => setRisk(data.value)} />
      </Field>
      <Field label="Handling instructions for staff" required hint="Staff who check this customer see these, never the risk narrative">
        <Textarea value={handling} onChange={(_, data) => setHandling(data.value)} />
      </Field>
      <Field label="Review date" required hint="No more than 12 months ahead">
        <Input type="date" value={reviewDate} onChange={(_, data) => setReviewDate(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={chosen === undefined}>
          Propose the marker
        </Button>
      </div>
    </form>
  );
}

/** Opening a marker's record needs a reason; the view is logged before it is shown (BR-21). */
function OpenRow({ row, register }: { row: MarkerRow; register: MarkerRegister }): React.ReactElement {
  const styles = useFormStyles();
  const [purpose, setPurpose] = React.useState('');
  const label = row.notYetTold
    ? `${row.personName}, removed on ${formatDate(row.marker.value.removedOn)}: customer not yet told`
    : `${row.personName}, ${STATUS_LABELS[row.marker.value.status].toLowerCase()}, review by ${formatDate(row.marker.value.reviewDate)}`;
  return (
    <li>
      <form
        className={styles.form}
        aria-label={`Open the marker for ${row.personName}`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          register.open(row.marker.value.id, purpose).catch(() => undefined);
        }}
      >
        <Body1>{label}</Body1>
        <Field label={`Why you need to open the marker for ${row.personName}`} hint="Every view is recorded with your name and reason">
          <Input value={purpose} onChange={(_, data) => setPurpose(data.value)} />
        </Field>
        <div className={styles.actions}>
          <Button type="submit">Open the marker</Button>
        </div>
      </form>
    </li>
  );
}

function OpenedMarker({ marker, register }: { marker: WarningMarker; register: MarkerRegister }): React.ReactElement {
  const { roles, clock, currentUser } = useAppServices();
  const keeper = roles.some((role) => MARKER_KEEPER_ROLES.indexOf(role) >= 0);
  const adviser = roles.indexOf('healthSafetyAdviser') >= 0;
  return (
    <section aria-labelledby="opened-marker">
      <Subtitle2 as="h3" id="opened-marker">
        Marker: {STATUS_LABELS[marker.status]}
      </Subtitle2>
      <dl>
        <dt>Risk</dt>
        <dd>{marker.riskDescription}</dd>
        <dt>Handling instructions (what staff see)</dt>
        <dd>{marker.precautions}</dd>
        <dt>Proposed by</dt>
        <dd>
          <PersonName id={marker.proposedBy} />
        </dd>
        <dt>Review date</dt>
        <dd>{formatDate(marker.reviewDate)}</dd>
        {marker.challenges.map((challenge, index) => (
          <React.Fragment key={`${challenge.raisedOn}-${index}`}>
            <dt>
              Challenge ({challenge.raisedBy === 'person' ? 'the customer' : 'staff'}), {formatDate(challenge.raisedOn)}
            </dt>
            <dd>
              {challenge.grounds}
              {challenge.outcome
                ? ` Outcome: ${challenge.outcome === 'Retained' ? 'kept' : 'removed'}. ${challenge.outcomeReasons ?? ''}`
                : ''}
            </dd>
          </React.Fragment>
        ))}
        {marker.removalReason ? (
          <>
            <dt>Removed on {formatDate(marker.removedOn)}</dt>
            <dd>{marker.removalReason}</dd>
            <dt>Customer told of the removal</dt>
            <dd>{marker.removalToldOn ? formatDate(marker.removalToldOn) : 'Not yet'}</dd>
          </>
        ) : null}
        {(marker.letters ?? []).map((letter) => (
          <React.Fragment key={letter.id}>
            <dt>Letter sent to the customer</dt>
            <dd>
              {LETTER_TYPE_LABELS[letter.type]}, {LETTER_CHANNEL_LABELS[letter.channel].toLowerCase()}, {formatDate(letter.sentOn)}
            </dd>
          </React.Fragment>
        ))}
      </dl>
      {personNotYetToldOfRemoval(marker) && keeper ? <RemovalLetterPanel marker={marker} act={register.act} /> : null}
      {marker.status === 'Provisional' && adviser && marker.proposedBy !== currentUser.id ? <ApproveForm act={register.act} /> : null}
      {marker.status === 'Provisional' && !adviser ? <Body1>Waiting for the health and safety adviser to approve it.</Body1> : null}
      {marker.status === 'Active' && keeper ? (
        <>
          <ReviewForm act={register.act} />
          <ChallengeForm act={register.act} today={clock.today()} />
          <RemoveForm act={register.act} />
        </>
      ) : null}
      {marker.status === 'UnderChallenge' && keeper ? (
        marker.proposedBy === currentUser.id ? (
          <Body1>You proposed this marker, so someone else must re-examine the evidence.</Body1>
        ) : (
          <DecideChallengeForm act={register.act} />
        )
      ) : null}
      <Button onClick={register.close}>Close the marker</Button>
    </section>
  );
}

/**
 * Issue 17: the warning-marker register. Case officers propose a marker from an incident,
 * review it, record a challenge and remove it; the health and safety adviser approves or declines
 * proposals and keeps the register. Nobody reads a marker's narrative without a logged reason.
 */
export default function MarkersScreen(_props: ScreenProps): React.ReactElement {
  const styles = useFormStyles();
  const register = useMarkerRegister();
  const { roles } = useAppServices();
  const proposer = roles.some((role) => MARKER_PROPOSER_ROLES.indexOf(role) >= 0);
  const { state, opened, result } = register;
  // What an action came to is said at the top; focus goes there, so a keyboard user is not left
  // on a form that the action took away (a removal letter recorded as sent closes its panel).
  const resultRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (result !== undefined) resultRef.current?.focus();
  }, [result]);
  return (
    <ScreenLayout title="Warning markers">
      <div aria-live="polite" ref={resultRef} tabIndex={-1}>
        <ResultMessage result={result} />
      </div>
      {state.status === 'loading' ? <LoadingState label="Loading the register…" /> : null}
      {state.status === 'failed' ? (
        <ErrorMessage
          error={state.error}
          title="The register could not be loaded"
          onRetry={() => register.reload().catch(() => undefined)}
        />
      ) : null}
      {opened ? <OpenedMarker marker={opened.value} register={register} /> : null}
      {state.status === 'ready' ? (
        <div className={styles.fieldset}>
          <Subtitle2 as="h3">The register</Subtitle2>
          {state.rows.length === 0 ? (
            <Body1>No marker is waiting, in force or challenged, and no customer is owed a removal letter.</Body1>
          ) : null}
          {state.rows.some((row) => row.notYetTold) ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Customers not yet told of a removal</MessageBarTitle>
                {state.rows.filter((row) => row.notYetTold).length === 1
                  ? 'One customer has'
                  : `${state.rows.filter((row) => row.notYetTold).length} customers have`}{' '}
                not been told that their marker was removed. Open the marker to produce the removal letter.
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <ul aria-label="Warning markers">
            {state.rows.map((row) => (
              <OpenRow key={row.marker.value.id} row={row} register={register} />
            ))}
          </ul>
          {proposer ? <ProposeForm incidents={state.incidents} register={register} /> : null}
        </div>
      ) : null}
    </ScreenLayout>
  );
}
