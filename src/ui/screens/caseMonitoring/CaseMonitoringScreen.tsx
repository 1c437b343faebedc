import * as React from 'react';
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow
} from '@fluentui/react-components';
import {
  CONTACT_CHANNEL_KINDS,
  LETTER_CHANNELS,
  type ContactChannelKind,
  type FoiRegime,
  type IsoDate,
  type IsoInstant,
  type LetterChannel,
  type TransitionError
} from '../../../domain';
import { LETTER_ITEM_DEFINITIONS, requiredLetterItems, type LetterItem } from '../../../domain/letters';
import { DateText } from '../../components/DateText';
import { errorFor, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { GuidancePanel } from '../../components/GuidancePanel';
import { later } from '../../components/later';
import { useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import type { ScreenProps } from '../../shell/routes';
import { CaseFrame, RefusalMessage } from '../shared/CaseFrame';
import { refusalOf, useCaseRecord } from '../shared/useCaseRecord';

const CONTACT_LABELS: Readonly<Record<ContactChannelKind, string>> = {
  phone: 'Telephone',
  email: 'Email',
  post: 'Post',
  faceToFace: 'Face to face',
  webForm: 'Web form',
  socialMedia: 'Social media',
  textMessage: 'Text message'
};
/** BR-16: a request for information goes to the FOI officer, under its regime. */
const INFORMATION_REQUEST_CHOICES: readonly { value: FoiRegime; label: string }[] = [
  { value: 'FOIA', label: 'Yes: a Freedom of Information request' },
  { value: 'EIR', label: 'Yes: an Environmental Information request' }
];

const LETTER_CHANNEL_LABELS: Readonly<Record<LetterChannel, string>> = {
  letter: 'Letter by post',
  email: 'Email',
  alternativeFormat: 'Alternative format (large print, Braille, easy read)'
};

/** Monitoring period: record the monitoring (warning) letter as sent (BR-06), then log each contact. */
export default function CaseMonitoringScreen({ params }: ScreenProps): React.ReactElement {
  const { clock, newRequestKey, currentUser } = useAppServices();
  const form = useFormStyles();
  const items = requiredLetterItems('MonitoringWarning') as readonly LetterItem[];
  const [fields, setFields] = React.useState<Record<string, string>>({});
  const [letterChannel, setLetterChannel] = React.useState<LetterChannel>('letter');
  const [sentOn, setSentOn] = React.useState<string>(clock.today());
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const [contact, setContact] = React.useState({
    channel: '' as ContactChannelKind | '',
    summary: '',
    viaSpoc: true,
    newIssue: false,
    safeguardingConcern: false,
    breachOfRestriction: false,
    informationRequest: '' as FoiRegime | ''
  });
  const [contactErrors, setContactErrors] = React.useState<{ field: string; message: string }[]>([]);
  const [logged, setLogged] = React.useState(false);
  // A contact counts as logged only when it was really saved (straight away or merged after a
  // conflict); a conflict keeps what was typed so "apply my changes" can save it.
  const record = useCaseRecord(params.caseId ?? '', {
    onSaved: (_, action) => {
      if (action.type !== 'logContact') return;
      setLogged(true);
      setContact({
        channel: '',
        summary: '',
        viaSpoc: true,
        newIssue: false,
        safeguardingConcern: false,
        breachOfRestriction: false,
        informationRequest: ''
      });
    }
  });

  return (
    <CaseFrame
      title="Monitoring"
      record={record}
      aside={<GuidancePanel context={{ form: 'letterComposer' }} heading="Guidance: the monitoring letter" />}
    >
      {(kase) => {
        const sendLetter = async (): Promise<void> => {
          const result = await record.apply({
            type: 'sendMonitoringLetter',
            letter: {
              id: `letter-${newRequestKey()}`,
              caseId: kase.id,
              type: 'MonitoringWarning',
              templateVersion: '1',
              channel: letterChannel,
              fields,
              sentOn: sentOn as IsoDate,
              sentBy: currentUser.id
            }
          });
          setRefusal(refusalOf(result));
        };
        const logContact = async (): Promise<void> => {
          const problems = [];
          if (!contact.channel) problems.push({ field: 'channel', message: 'Choose how the person made contact.' });
          if (contact.summary.trim() === '') problems.push({ field: 'summary', message: 'Summarise the contact, factually.' });
          setContactErrors(problems);
          if (problems.length > 0 || !contact.channel) return;
          const result = await record.apply({
            type: 'logContact',
            entry: {
              receivedAt: clock.now() as IsoInstant,
              channel: contact.channel,
              viaSpoc: contact.viaSpoc,
              summary: contact.summary,
              newIssue: contact.newIssue,
              safeguardingConcern: contact.safeguardingConcern,
              breachOfRestriction: contact.breachOfRestriction,
              ...(contact.informationRequest ? { informationRequest: contact.informationRequest } : {})
            }
          });
          setRefusal(refusalOf(result));
        };
        return (
          <>
            {kase.status === 'MonitoringLetterDraft' ? (
              <form
                className={form.form}
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  later(sendLetter());
                }}
              >
                <Subtitle2 as="h3">Send the monitoring letter</Subtitle2>
                <p>
                  Write the letter (the Letters screen produces the Word document), then record what it says and when it was sent. It cannot
                  be recorded until every required part is present.
                </p>
                {items.map((item) => (
                  <TextAreaField
                    key={item}
                    label={LETTER_ITEM_DEFINITIONS[item].label}
                    hint={LETTER_ITEM_DEFINITIONS[item].hint}
                    required
                    rows={2}
                    value={fields[item] ?? ''}
                    onChange={(value) => setFields({ ...fields, [item]: value })}
                  />
                ))}
                <SelectField
                  label="Sent by"
                  required
                  value={letterChannel}
                  onChange={(value) => setLetterChannel(value as LetterChannel)}
                  choices={LETTER_CHANNELS.map((c) => ({ value: c, label: LETTER_CHANNEL_LABELS[c] }))}
                />
                <TextField label="Date sent" type="date" required value={sentOn} onChange={setSentOn} />
                <RefusalMessage refusal={refusal} />
                <div className={form.actions}>
                  <Button appearance="primary" type="submit" disabled={record.saving}>
                    Record the letter as sent
                  </Button>
                </div>
              </form>
            ) : null}
            {kase.monitoringPeriod ? (
              <MessageBar intent="info">
                <MessageBarBody>
                  Monitoring from <DateText value={kase.monitoringPeriod.startDate} /> to{' '}
                  <DateText value={kase.monitoringPeriod.plannedEndDate} />.
                </MessageBarBody>
              </MessageBar>
            ) : null}
            {kase.status !== 'MonitoringLetterDraft' ? (
              <form
                className={form.form}
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  later(logContact());
                }}
              >
                <Subtitle2 as="h3">Log a contact</Subtitle2>
                <SelectField
                  label="How the person made contact"
                  required
                  placeholder="Choose a channel"
                  value={contact.channel}
                  onChange={(value) => setContact({ ...contact, channel: value as ContactChannelKind | '' })}
                  choices={CONTACT_CHANNEL_KINDS.map((c) => ({ value: c, label: CONTACT_LABELS[c] }))}
                  error={errorFor(contactErrors, 'channel')}
                />
                <TextAreaField
                  label="Summary"
                  required
                  rows={3}
                  hint="Write factually: the person can ask to read this."
                  value={contact.summary}
                  onChange={(summary) => setContact({ ...contact, summary })}
                  error={errorFor(contactErrors, 'summary')}
                />
                <Checkbox
                  label="Came through the single point of contact"
                  checked={contact.viaSpoc}
                  onChange={(_, d) => setContact({ ...contact, viaSpoc: d.checked === true })}
                />
                <Checkbox
                  label="Raises a new issue (deal with it on its merits)"
                  checked={contact.newIssue}
                  onChange={(_, d) => setContact({ ...contact, newIssue: d.checked === true })}
                />
                <Checkbox
                  label="Raises a safeguarding concern"
                  checked={contact.safeguardingConcern}
                  onChange={(_, d) => setContact({ ...contact, safeguardingConcern: d.checked === true })}
                />
                <SelectField
                  label="Is it a request for information?"
                  placeholder="No"
                  value={contact.informationRequest}
                  onChange={(value) => setContact({ ...contact, informationRequest: value as FoiRegime | '' })}
                  choices={INFORMATION_REQUEST_CHOICES}
                  hint="A request for information goes to the FOI officer, who deals with it on its own. A contact restriction is never a reason to refuse it (BR-16)."
                />
                <Checkbox
                  label="Breaks the expectations in the letter"
                  checked={contact.breachOfRestriction}
                  onChange={(_, d) => setContact({ ...contact, breachOfRestriction: d.checked === true })}
                />
                <RefusalMessage refusal={refusal} />
                {logged ? <p role="status">Contact logged.</p> : null}
                <div className={form.actions}>
                  <Button appearance="primary" type="submit" disabled={record.saving}>
                    Log contact
                  </Button>
                </div>
              </form>
            ) : null}
            {kase.contactLog.length > 0 ? (
              <Table aria-label="Contact log" size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>When</TableHeaderCell>
                    <TableHeaderCell>Channel</TableHeaderCell>
                    <TableHeaderCell>Summary</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {kase.contactLog.map((entry) => (
                    <TableRow key={entry.id}>
                      <TableCell>
                        <DateText value={entry.receivedAt} withTime />
                      </TableCell>
                      <TableCell>{CONTACT_LABELS[entry.channel]}</TableCell>
                      <TableCell>
                        {entry.summary}
                        {entry.informationRequest ? ` Passed to the FOI officer (${entry.informationRequest} request).` : ''}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
          </>
        );
      }}
    </CaseFrame>
  );
}
