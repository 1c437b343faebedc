import * as React from 'react';
import { Body1, Button, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import {
  can,
  currentSanction,
  LETTER_CHANNELS,
  participationOf,
  type Case,
  type IsoDate,
  type Letter,
  type LetterChannel,
  type TransitionError
} from '../../../domain';
import { ConflictDialog } from '../../components/ConflictDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormFields';
import { later } from '../../components/later';
import { LoadingState } from '../../components/LoadingState';
import { useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import { RefusalMessage } from '../shared/CaseFrame';
import { refusalOf, useCaseRecord, type CaseRecord } from '../shared/useCaseRecord';
import { LETTER_CHANNEL_LABELS } from './letterChannelLabels';
import { RestrictionNowActive } from './RestrictionNowActive';
import { sentLetterRecord } from './sentLetterRecord';
import type { LetterProduction } from './useLettersScreen';

type ProducedLetter = Extract<LetterProduction, { status: 'done' }>;

export interface RecordRestrictionLetterSentProps {
  caseId: string;
  production: LetterProduction;
}

interface SentLetterFormProps {
  kase: Case;
  produced: ProducedLetter;
  record: CaseRecord;
}

/** Date sent and how, then `sendSanctionLetter` with the fields the Word document was made from. */
function SentLetterForm({ kase, produced, record }: SentLetterFormProps): React.ReactElement {
  const { clock, currentUser, newRequestKey } = useAppServices();
  const form = useFormStyles();
  const [sentOn, setSentOn] = React.useState<string>(clock.today());
  const [channel, setChannel] = React.useState<LetterChannel>(produced.draft.channel);
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const recordSent = async (): Promise<void> => {
    const letter = sentLetterRecord(produced.draft, {
      // The letter the Letters library already keeps with the document, so recording it as
      // sent updates that one; a new letter only when the document was not saved there.
      id: produced.savedLetterId ?? `letter-${newRequestKey()}`,
      keepsReference: produced.savedLetterId !== undefined,
      documentUrl: produced.savedUrl,
      caseId: kase.id,
      templateVersion: produced.templateVersion,
      // Left blank, the domain refuses in words: "Record the date the letter was sent."
      sentOn: (sentOn === '' ? undefined : sentOn) as IsoDate,
      channel,
      sentBy: currentUser.id
    });
    setRefusal(refusalOf(await record.apply({ type: 'sendSanctionLetter', letter })));
  };
  return (
    <form
      className={form.form}
      noValidate
      aria-labelledby="record-sent-heading"
      onSubmit={(event) => {
        event.preventDefault();
        later(recordSent());
      }}
    >
      <Subtitle2 as="h3" id="record-sent-heading">
        Record as sent to the customer
      </Subtitle2>
      <Body1 as="p">
        The approved restriction starts to apply once the customer has been told. Record the letter as sent when it has gone.
      </Body1>
      <TextField label="Date sent" type="date" required value={sentOn} onChange={setSentOn} />
      <SelectField
        label="How it was sent"
        required
        value={channel}
        onChange={(value) => setChannel(value as LetterChannel)}
        choices={LETTER_CHANNELS.map((c) => ({ value: c, label: LETTER_CHANNEL_LABELS[c] }))}
      />
      <RefusalMessage refusal={refusal} />
      {record.saveError ? <ErrorMessage error={record.saveError} title="Not saved" /> : null}
      <div className={form.actions}>
        <Button appearance="primary" type="submit" disabled={record.saving}>
          Record as sent to the customer
        </Button>
      </div>
    </form>
  );
}

/**
 * On the Letters screen, for a case whose approved sanction waits for its letter
 * (SanctionLetterDraft): once the restriction decision letter is produced, the case officer
 * records it as sent, and the sanction becomes active (spec §5.4, BR-07).
 */
export function RecordRestrictionLetterSent({ caseId, production }: RecordRestrictionLetterSentProps): React.ReactElement {
  const { currentUser, roleAssignments } = useAppServices();
  const [sent, setSent] = React.useState<{ kase: Case; letter: Letter } | undefined>(undefined);
  const record = useCaseRecord(caseId, {
    // Also runs after "apply my changes to the latest version" in the conflict dialog.
    onSaved: (saved, action) => {
      if (action.type === 'sendSanctionLetter') setSent({ kase: saved, letter: action.letter });
    }
  });
  const conflictDialog = (
    <ConflictDialog
      open={record.conflict !== undefined}
      current={record.conflict?.current}
      onReload={() => later(record.resolveConflict('reload'))}
      onMerge={() => later(record.resolveConflict('merge'))}
      onCancel={() => later(record.resolveConflict('cancel'))}
    />
  );
  const sanction = sent ? currentSanction(sent.kase) : undefined;
  if (sent && sanction) {
    return <RestrictionNowActive caseId={caseId} sanction={sanction} letter={sent.letter} alertWarning={record.alertWarning} />;
  }
  if (record.load.status === 'loading') return <LoadingState label="Loading the case…" />;
  if (record.load.status === 'error') {
    return (
      <ErrorMessage
        error={record.load.error}
        title="The case could not be opened, so the letter cannot be recorded as sent here"
        onRetry={record.reload}
      />
    );
  }
  const kase = record.load.stored.value;
  if (kase.status !== 'SanctionLetterDraft') return conflictDialog;
  const permission = can({ userId: currentUser.id }, 'case.manage', { roles: roleAssignments, case: participationOf(kase) });
  if (!permission.allowed) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          This case is waiting for its restriction letter, but only the case officer can record it as sent. {permission.reason}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      {production.status === 'done' ? (
        <SentLetterForm kase={kase} produced={production} record={record} />
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            This case is waiting for its restriction letter. Produce the Word document first; you can then record it as sent to the
            customer.
          </MessageBarBody>
        </MessageBar>
      )}
      {conflictDialog}
    </>
  );
}
