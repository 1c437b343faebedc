import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import {
  addMonths,
  checkSanctionProposal,
  CONTINUITY_ARRANGEMENTS,
  currentSanction,
  SPOC_CHANNELS,
  type ContinuityArrangement,
  type IsoDate,
  type Person,
  type SanctionProposal,
  type SpocChannel,
  type TransitionError
} from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CheckboxGroupField, errorFor, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { GuidancePanel } from '../../components/GuidancePanel';
import { usePersonNames } from '../../components/PersonName';
import { later } from '../../components/later';
import { useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import { useTimeFrames } from '../../services/timeFrames';
import type { ScreenProps } from '../../shell/routes';
import { CaseFrame, RefusalMessage } from '../shared/CaseFrame';
import { refusalOf, useCaseRecord } from '../shared/useCaseRecord';
import { ProposalErrors, ProposalWarnings } from './ProposalCheckMessages';
import { RestrictionsFieldset } from './RestrictionsFieldset';
import { EMPTY_RESTRICTION_SCOPE, restrictionsOf, scopeOf, type RestrictionScopeDraft } from './restrictionScopeDraft';
import { ScopeFieldset } from './ScopeFieldset';

interface Draft extends RestrictionScopeDraft {
  startDate: string;
  endDate: string;
  reviewDate: string;
  spocName: string;
  spocCover: string;
  spocChannel: SpocChannel;
  necessaryContact: string;
  proportionality: string;
  adjustmentOverride: string;
  /** BR-29: how a person with a statutory role still gets information and takes part. */
  continuityArrangements: ContinuityArrangement[];
  continuity: string;
  earlyBreach: string;
}

function toProposal(
  draft: Draft,
  person: Person,
  service: string,
  spocUserId: string | undefined,
  nameOf: (id: string) => string
): SanctionProposal {
  return {
    subjectPersonId: person.id,
    restrictions: restrictionsOf(draft, { userId: spocUserId, name: draft.spocName }),
    scope: scopeOf(draft, service, nameOf),
    startDate: draft.startDate as IsoDate,
    endDate: draft.endDate as IsoDate,
    reviewDate: draft.reviewDate as IsoDate,
    spoc: {
      userId: spocUserId,
      name: draft.spocName,
      channel: draft.spocChannel,
      cover: draft.spocCover.trim() === '' ? undefined : { name: draft.spocCover }
    },
    necessaryContactArrangements: draft.necessaryContact,
    proportionalityReasons: draft.proportionality,
    adjustmentOverrideReason: draft.adjustmentOverride.trim() || undefined,
    continuityPlan:
      draft.continuity.trim() || draft.continuityArrangements.length > 0
        ? { arrangements: draft.continuityArrangements, description: draft.continuity }
        : undefined
  };
}

const CONTINUITY_LABELS: Readonly<Record<ContinuityArrangement, string>> = {
  anotherChannel: 'Another contact channel',
  advocate: 'An advocate',
  writtenUpdates: 'Written updates',
  namedOfficer: 'A named officer',
  other: 'Something else (describe it below)'
};

/**
 * Propose a sanction from the catalogue (R01-R17) with its parameters, scope, duration and
 * review date. The domain's checkSanctionProposal shows proportionality and reasonable-
 * adjustment warnings as the officer types (BR-13, BR-19, BR-28 to BR-31); approval is
 * requested from the case service and the proposal then shows as pending.
 */
export default function ProposeSanctionScreen({ params }: ScreenProps): React.ReactElement {
  const { clock, caseService } = useAppServices();
  const nameOf = usePersonNames();
  const form = useFormStyles();
  const today = clock.today();
  // The council's usual length of a restriction and first review (administration screen, spec 5.5).
  const timeFrames = useTimeFrames();
  const [draft, setDraft] = React.useState<Draft>({
    ...EMPTY_RESTRICTION_SCOPE,
    startDate: today,
    endDate: addMonths(today, timeFrames.sanctionDefaultDurationMonths),
    reviewDate: addMonths(today, Math.min(3, timeFrames.firstReviewMaxMonths, timeFrames.sanctionDefaultDurationMonths)),
    spocName: '',
    spocCover: '',
    spocChannel: 'email',
    necessaryContact: '',
    proportionality: '',
    adjustmentOverride: '',
    continuityArrangements: [],
    continuity: '',
    earlyBreach: ''
  });
  const [showErrors, setShowErrors] = React.useState(false);
  const [refusal, setRefusal] = React.useState<TransitionError | undefined>(undefined);
  const [approval, setApproval] = React.useState<
    { status: 'none' } | { status: 'requesting' } | { status: 'pending' } | { status: 'failed'; error: unknown }
  >({ status: 'none' });
  const update = (patch: Partial<Draft>): void => setDraft((d) => ({ ...d, ...patch }));
  // Approval is requested only once the proposal is really saved (straight away, or after
  // "apply my changes" in the conflict dialog), never after a conflict.
  const record = useCaseRecord(params.caseId ?? '', {
    onSaved: async (saved, action) => {
      const sanction = currentSanction(saved);
      if (action.type !== 'proposeSanction' || !sanction) return;
      setApproval({ status: 'requesting' });
      try {
        await caseService.requestApproval(sanction.id, saved.id);
        setApproval({ status: 'pending' });
      } catch (error) {
        setApproval({ status: 'failed', error });
      }
    }
  });

  return (
    <CaseFrame
      title="Propose a sanction"
      record={record}
      aside={<GuidancePanel context={{ form: 'sanctionProposal' }} heading="Guidance: proposing a sanction" />}
    >
      {(kase, person) => {
        const existing = currentSanction(kase);
        if (approval.status === 'pending' || (existing && existing.status === 'Proposed' && approval.status === 'none')) {
          return (
            <MessageBar intent="info" role="status">
              <MessageBarBody>
                <MessageBarTitle>Pending approval</MessageBarTitle>
                The proposal has been sent to the approvers. Nothing is in force until a designated approver decides and the decision letter
                is sent.
              </MessageBarBody>
            </MessageBar>
          );
        }
        const subject =
          person ??
          ({
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
          } as Person);
        const proposal = toProposal(
          draft,
          subject,
          kase.leadService,
          kase.caseOfficerId ?? kase.monitoringPeriod?.spocUserId ?? kase.invocationDecision?.spocUserId,
          nameOf
        );
        const check = checkSanctionProposal(proposal, subject);
        const monitoringRunning =
          kase.status === 'Monitoring' && kase.monitoringPeriod !== undefined && today < kase.monitoringPeriod.plannedEndDate;
        const fieldError = (field: string): string | undefined =>
          showErrors
            ? check.errors.filter((e) => e.field === field || e.field.indexOf(`${field}[`) === 0 || e.field.indexOf(`${field}.`) === 0)[0]
                ?.message
            : undefined;
        const ownErrors = [
          ...(draft.spocName.trim() === '' ? [{ field: 'spocName', message: 'Name the single point of contact.' }] : []),
          ...(draft.scopeKind === 'councilWide' && draft.councilWideBasis === ''
            ? [{ field: 'councilWideBasis', message: 'Choose why the restriction must apply across the council.' }]
            : []),
          ...(monitoringRunning && draft.earlyBreach.trim() === ''
            ? [{ field: 'earlyBreach', message: 'Monitoring has not ended. Give the serious breach that ends it early.' }]
            : [])
        ];

        const submit = async (): Promise<void> => {
          setShowErrors(true);
          if (check.errors.length > 0 || ownErrors.length > 0) return;
          const result = await record.apply({
            type: 'proposeSanction',
            sanction: proposal,
            earlyBreachReason: monitoringRunning ? draft.earlyBreach : undefined
          });
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
            <RestrictionsFieldset draft={draft} onChange={update} error={fieldError('restrictions')} />
            <ScopeFieldset
              legend="Scope and dates"
              draft={draft}
              onChange={update}
              leadService={kase.leadService}
              scopeError={fieldError('scope')}
              showBasisError={showErrors}
            >
              <TextField
                label="Start date"
                type="date"
                required
                value={draft.startDate}
                onChange={(startDate) => update({ startDate })}
                error={fieldError('startDate')}
              />
              <TextField
                label="End date"
                type="date"
                required
                value={draft.endDate}
                onChange={(endDate) => update({ endDate })}
                error={fieldError('endDate')}
              />
              <TextField
                label="Review date"
                type="date"
                required
                value={draft.reviewDate}
                onChange={(reviewDate) => update({ reviewDate })}
                error={fieldError('reviewDate')}
              />
            </ScopeFieldset>
            <fieldset className={form.fieldset}>
              <legend className={form.legend}>Single point of contact and necessary contact</legend>
              <TextField
                label="Single point of contact (name)"
                required
                value={draft.spocName}
                onChange={(spocName) => update({ spocName })}
                error={showErrors ? (errorFor(ownErrors, 'spocName') ?? fieldError('spoc.name')) : undefined}
              />
              <TextField
                label="Who covers when they are away (name)"
                required
                hint="A different named officer who answers when the single point of contact is on leave or off sick (BR-31)."
                value={draft.spocCover}
                onChange={(spocCover) => update({ spocCover })}
                error={fieldError('spoc.cover')}
              />
              <SelectField
                label="How the customer contacts them"
                required
                value={draft.spocChannel}
                onChange={(value) => update({ spocChannel: value as SpocChannel })}
                choices={SPOC_CHANNELS.map((c) => ({
                  value: c,
                  label: c === 'faceToFace' ? 'Face to face' : c === 'inbox' ? 'Shared inbox' : c[0].toUpperCase() + c.slice(1)
                }))}
              />
              <TextAreaField
                label="How necessary contact will still happen"
                required
                rows={3}
                value={draft.necessaryContact}
                onChange={(necessaryContact) => update({ necessaryContact })}
                error={fieldError('necessaryContactArrangements')}
              />
            </fieldset>
            <TextAreaField
              label="Why this is the minimum needed (proportionality)"
              required
              rows={3}
              value={draft.proportionality}
              onChange={(proportionality) => update({ proportionality })}
              error={fieldError('proportionalityReasons')}
            />
            {subject.reasonableAdjustments.length > 0 ? (
              <TextAreaField
                label="If a restriction clashes with a reasonable adjustment, why go ahead"
                rows={2}
                value={draft.adjustmentOverride}
                onChange={(adjustmentOverride) => update({ adjustmentOverride })}
                error={fieldError('adjustmentOverrideReason')}
              />
            ) : null}
            {subject.statutoryRoles.length > 0 ? (
              <fieldset className={form.fieldset}>
                <legend className={form.legend}>Continuity plan (the person has a statutory role, BR-29)</legend>
                <CheckboxGroupField
                  label="How they will still get information and take part"
                  required
                  hint="Choose at least one arrangement."
                  values={draft.continuityArrangements}
                  onChange={(values) => update({ continuityArrangements: values as ContinuityArrangement[] })}
                  choices={CONTINUITY_ARRANGEMENTS.map((a) => ({ value: a, label: CONTINUITY_LABELS[a] }))}
                  error={draft.continuityArrangements.length === 0 ? fieldError('continuityPlan') : undefined}
                />
                <TextAreaField
                  label="Describe the continuity plan"
                  required
                  rows={2}
                  value={draft.continuity}
                  onChange={(continuity) => update({ continuity })}
                  error={draft.continuityArrangements.length > 0 ? fieldError('continuityPlan') : undefined}
                />
              </fieldset>
            ) : null}
            {monitoringRunning ? (
              <TextAreaField
                label="Serious breach that ends monitoring early"
                required
                rows={2}
                value={draft.earlyBreach}
                onChange={(earlyBreach) => update({ earlyBreach })}
                error={showErrors ? errorFor(ownErrors, 'earlyBreach') : undefined}
              />
            ) : null}
            <ProposalWarnings check={check} heading="Check before you propose" />
            {showErrors ? <ProposalErrors check={check} title="The proposal cannot be sent yet" /> : null}
            <RefusalMessage refusal={refusal} />
            {approval.status === 'failed' ? (
              <ErrorMessage error={approval.error} title="The proposal was saved, but approval was not requested" />
            ) : null}
            <div className={form.actions}>
              <Button appearance="primary" type="submit" disabled={record.saving || approval.status === 'requesting'}>
                {approval.status === 'requesting' ? 'Requesting approval…' : 'Request approval'}
              </Button>
            </div>
          </form>
        );
      }}
    </CaseFrame>
  );
}
