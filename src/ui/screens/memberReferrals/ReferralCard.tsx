import * as React from 'react';
import {
  Body1,
  Button,
  Card,
  CardHeader,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
  typographyStyles
} from '@fluentui/react-components';
import type { MemberReferral, Person, TransitionError } from '../../../domain';
import type { Stored } from '../../../data/ports';
import { DateText } from '../../components/DateText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormFields';
import { later } from '../../components/later';
import { usePersonNames } from '../../components/PersonName';
import { useFormStyles } from '../../components/ScreenLayout';
import { useNavigation } from '../../shell/navigation';
import { RefusalMessage } from '../shared/CaseFrame';
import { CustomerPicker } from '../recordIncident/CustomerPicker';
import { useServiceChoices } from '../../services/councilDetails';
import type { NewCustomerDraft } from '../recordIncident/useRecordIncident';
import type { MemberReferralsScreenState, ReferralCaseOutcome } from './useMemberReferrals';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' }
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  formHeading: { ...typographyStyles.subtitle2, margin: 0 },
  detail: { margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }
});

/** "Zoë Ng" → given "Zoë", family "Ng": a starting point the officer can correct. */
function splitName(name: string): { given: string; family: string } {
  const words = name.trim().split(/\s+/);
  return words.length < 2 ? { given: '', family: name.trim() } : { given: words.slice(0, -1).join(' '), family: words[words.length - 1] };
}

/** BR-26 in words: what the councillor did before referring, or why they could not. */
export function Br26Evidence({ referral }: { referral: MemberReferral }): React.ReactElement {
  const styles = useStyles();
  const nameOf = usePersonNames();
  return (
    <>
      <dt className={styles.term}>Step 1: councillor&rsquo;s letter</dt>
      <dd className={styles.detail}>
        {referral.councillorLetterDate ? (
          <>
            Written on <DateText value={referral.councillorLetterDate} />
          </>
        ) : null}
        {referral.councillorLetterDate && referral.councillorLetterUploadUrl ? '. ' : null}
        {referral.councillorLetterUploadUrl ? (
          <Link href={referral.councillorLetterUploadUrl} target="_blank" rel="noopener noreferrer">
            The councillor&rsquo;s letter (opens in a new tab)
          </Link>
        ) : null}
        {!referral.councillorLetterDate && !referral.councillorLetterUploadUrl ? 'Not recorded' : null}
      </dd>
      <dt className={styles.term}>Step 2: group leader&rsquo;s advice</dt>
      <dd className={styles.detail}>
        {referral.groupLeaderAdvice ? (
          <>
            {referral.groupLeaderId ? nameOf(referral.groupLeaderId) : 'The group leader'}
            {referral.groupLeaderConsultedOn ? (
              <>
                , asked on <DateText value={referral.groupLeaderConsultedOn} />
              </>
            ) : null}
            : {referral.groupLeaderAdvice}
          </>
        ) : (
          'Not recorded'
        )}
      </dd>
      {referral.overrideReason ? (
        <>
          <dt className={styles.term}>Why steps were skipped</dt>
          <dd className={styles.detail}>{referral.overrideReason}</dd>
        </>
      ) : null}
    </>
  );
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'choosing' }
  | { kind: 'saving' }
  | { kind: 'notLinked'; caseId: string; personId: string; current: Stored<MemberReferral> | undefined }
  | { kind: 'linking'; caseId: string; personId: string; current: Stored<MemberReferral> };

export interface ReferralCardProps {
  referral: Stored<MemberReferral>;
  screen: Pick<MemberReferralsScreenState, 'mayOpen' | 'open' | 'reread' | 'link'>;
  onOpened(caseId: string, referral: MemberReferral): void;
}

/** One waiting referral: what the councillor sent, and (for the Monitoring Officer) opening a case from it. */
export function ReferralCard({ referral: listed, screen, onOpened }: ReferralCardProps): React.ReactElement {
  const styles = useStyles();
  const form = useFormStyles();
  const nameOf = usePersonNames();
  const { navigate } = useNavigation();
  const services = useServiceChoices();
  const [phase, setPhase] = React.useState<Phase>({ kind: 'idle' });
  const [person, setPerson] = React.useState<Person | undefined>(undefined);
  const [draft, setDraft] = React.useState<NewCustomerDraft | undefined>(undefined);
  const [leadService, setLeadService] = React.useState('');
  const [errors, setErrors] = React.useState<{ customer?: string; given?: string; family?: string; leadService?: string }>({});
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const formHeading = React.useRef<HTMLHeadingElement>(null);
  const notice = React.useRef<HTMLDivElement>(null);

  // After a conflict the card shows the referral as it is now, not as it was listed.
  const shown = phase.kind === 'notLinked' && phase.current ? phase.current : phase.kind === 'linking' ? phase.current : listed;
  const referral = shown.value;
  const headingId = `referral-${referral.id}`;
  const councillor = nameOf(referral.councillorId);

  React.useEffect(() => {
    if (phase.kind === 'choosing') formHeading.current?.focus();
    if (phase.kind === 'notLinked') notice.current?.focus();
  }, [phase.kind]);

  const settle = (outcome: ReferralCaseOutcome): void => {
    if (outcome.status === 'opened') onOpened(outcome.caseId, outcome.referral.value);
    else if (outcome.status === 'refused') {
      setRefusal(outcome.refusal);
      setPhase({ kind: 'choosing' });
    } else setPhase({ kind: 'notLinked', caseId: outcome.caseId, personId: outcome.personId, current: outcome.current });
  };

  const submit = async (): Promise<void> => {
    const problems = {
      customer: !person && !draft ? 'Find the customer, or add them as a new customer.' : undefined,
      given: draft && draft.given.trim() === '' ? "Enter the customer's first name." : undefined,
      family: draft && draft.family.trim() === '' ? "Enter the customer's last name." : undefined,
      leadService: leadService === '' ? 'Choose the lead service.' : undefined
    };
    setErrors(problems);
    setRefusal(undefined);
    setFailure(undefined);
    if (problems.customer || problems.given || problems.family || problems.leadService) return;
    setPhase({ kind: 'saving' });
    try {
      settle(await screen.open(listed, (draft ?? person) as Person | NewCustomerDraft, leadService));
    } catch (error) {
      setFailure(error);
      setPhase({ kind: 'choosing' });
    }
  };

  const showCurrent = async (caseId: string, personId: string): Promise<void> => {
    setFailure(undefined);
    try {
      setPhase({ kind: 'notLinked', caseId, personId, current: await screen.reread(referral.id) });
    } catch (error) {
      setFailure(error);
    }
  };

  const link = async (caseId: string, personId: string, current: Stored<MemberReferral>): Promise<void> => {
    setFailure(undefined);
    setPhase({ kind: 'linking', caseId, personId, current });
    try {
      settle(await screen.link(current, caseId, personId));
    } catch (error) {
      setFailure(error);
      setPhase({ kind: 'notLinked', caseId, personId, current });
    }
  };

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        header={
          <Subtitle2 as="h3" id={headingId}>
            {referral.personName}
          </Subtitle2>
        }
        description={
          <Body1>
            Referred by {councillor} on <DateText value={referral.referredToMonitoringOfficerOn} />
          </Body1>
        }
      />
      <dl className={styles.facts}>
        <dt className={styles.term}>Councillor</dt>
        <dd className={styles.detail}>{councillor}</dd>
        <dt className={styles.term}>Person named</dt>
        <dd className={styles.detail}>{referral.personName}</dd>
        <dt className={styles.term}>Their contact details</dt>
        <dd className={styles.detail}>{referral.personContactDetails}</dd>
        <dt className={styles.term}>Date referred</dt>
        <dd className={styles.detail}>
          <DateText value={referral.referredToMonitoringOfficerOn} />
        </dd>
        <dt className={styles.term}>Account of contacts</dt>
        <dd className={styles.detail}>{referral.accountOfContacts}</dd>
        <Br26Evidence referral={referral} />
      </dl>

      {phase.kind === 'notLinked' || phase.kind === 'linking' ? (
        <MessageBar ref={notice} tabIndex={-1} intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The case is open, but this referral is not yet linked to it</MessageBarTitle>
            The referral was changed (perhaps by the councillor) after this page loaded, so it was not updated and nothing written in it was
            overwritten.{' '}
            {phase.current
              ? 'It is shown above as it is now. Check it, then link it to the case.'
              : 'Show it as it is now, then link it to the case.'}{' '}
            <Link onClick={() => navigate('case', { caseId: phase.caseId })}>Open the case</Link>
          </MessageBarBody>
          <MessageBarActions>
            {phase.current ? (
              <Button
                disabled={phase.kind === 'linking'}
                onClick={() => later(link(phase.caseId, phase.personId, phase.current as Stored<MemberReferral>))}
              >
                Link the referral to the case
              </Button>
            ) : (
              <Button onClick={() => later(showCurrent(phase.caseId, phase.personId))}>Show the referral as it is now</Button>
            )}
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {!screen.mayOpen ? <Body1 as="p">The Monitoring Officer opens a case from a referral.</Body1> : null}

      {screen.mayOpen && phase.kind === 'idle' ? (
        <div className={form.actions}>
          <Button appearance="primary" onClick={() => setPhase({ kind: 'choosing' })}>
            Open a case for {referral.personName}
          </Button>
        </div>
      ) : null}

      {screen.mayOpen && (phase.kind === 'choosing' || phase.kind === 'saving') ? (
        <form
          className={form.form}
          noValidate
          aria-labelledby={`${headingId}-open`}
          onSubmit={(event) => {
            event.preventDefault();
            later(submit());
          }}
        >
          <h4 className={styles.formHeading} id={`${headingId}-open`} ref={formHeading} tabIndex={-1}>
            Open a councillors&rsquo; route case for {referral.personName}
          </h4>
          <Body1 as="p">
            Find the customer, or add them if the council has no record of them. The case goes to the panel: you, the Customer and ICT
            Services Business Manager and the Executive Director.
          </Body1>
          <CustomerPicker
            person={person}
            newCustomer={draft}
            initialQuery={referral.personName}
            onPick={setPerson}
            onNewCustomer={(next) => {
              if (next && !draft && next.given === '') {
                setDraft({ ...next, ...splitName(next.family) });
              } else setDraft(next);
            }}
            error={errors.customer}
            newCustomerErrors={{ given: errors.given, family: errors.family }}
          />
          <SelectField
            label="Lead service"
            hint="The council service most affected by this person's contact. Choose Other if none is."
            required
            placeholder="Choose a service"
            value={leadService}
            onChange={setLeadService}
            choices={services.map((service) => ({ value: service, label: service }))}
            error={errors.leadService}
          />
          <RefusalMessage refusal={refusal} />
          {failure ? <ErrorMessage error={failure} title="The case was not opened" /> : null}
          <div className={form.actions}>
            <Button appearance="primary" type="submit" disabled={phase.kind === 'saving'}>
              Open the case
            </Button>
            <Button
              onClick={() => {
                setErrors({});
                setRefusal(undefined);
                setFailure(undefined);
                setPhase({ kind: 'idle' });
              }}
              disabled={phase.kind === 'saving'}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      {failure && phase.kind !== 'choosing' && phase.kind !== 'saving' ? (
        <ErrorMessage error={failure} title="The referral was not linked" />
      ) : null}
    </Card>
  );
}
