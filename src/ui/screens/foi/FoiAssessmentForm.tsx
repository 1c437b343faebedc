import * as React from 'react';
import { Body1, Button, Caption1, Checkbox, Field, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import {
  FOI_GROUNDS,
  FOI_REGIMES,
  ICO_INDICATORS,
  type FoiGround,
  type FoiIssue,
  type FoiRegime,
  type FoiRequestAssessment,
  type IcoIndicator,
  type ValidationError
} from '../../../domain';
import { ConflictDialog } from '../../components/ConflictDialog';
import { DateText } from '../../components/DateText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { LoadingState } from '../../components/LoadingState';
import { PersonPicker } from '../../components/PersonPicker';
import { useFormStyles } from '../../components/ScreenLayout';
import type { Stored } from '../../services/appStore';
import { CONSIDERATION_LABELS, GROUND_LABELS, INDICATOR_LABELS, REGIME_LABELS, type FoiDraft } from './foiDraft';
import { Br16Note } from './Br16Note';
import { OUTSIDE_CALENDAR_MESSAGE, useFoiAssessmentForm, type DeadlineStatus, type FoiAssessmentFormState } from './useFoiAssessmentForm';
import { useFoiScreenStyles } from './useFoiScreenStyles';

/** Where the officer is in the form, so the guidance beside it can follow (spec 5.7). */
export interface GuidanceFocus {
  step?: string;
  field?: string;
}

export interface FoiAssessmentFormProps {
  initial: Stored<FoiRequestAssessment> | undefined;
  onSaved(saved: Stored<FoiRequestAssessment>): void;
  onBack(): void;
  onGuidanceFocus(focus: GuidanceFocus): void;
}

/** Validation message first; otherwise any refusal-check issue for the same field. */
function messageFor(errors: readonly ValidationError[], issues: readonly FoiIssue[], field: string): string | undefined {
  const matches = (candidate: string): boolean =>
    candidate === field || candidate.indexOf(`${field}.`) === 0 || candidate.indexOf(`${field}[`) === 0;
  const error = errors.filter((e) => matches(e.field))[0];
  if (error) return error.message;
  const found = issues.filter((issue) => issue.field === field).map((issue) => issue.message);
  return found.length > 0 ? found.join(' ') : undefined;
}

function CheckField({
  label,
  checked,
  onChange,
  error,
  hint
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  error?: string;
  hint?: string;
}): React.ReactElement {
  return (
    <Field validationMessage={error} validationState={error ? 'error' : 'none'} hint={hint}>
      <Checkbox label={label} checked={checked} onChange={(_, data) => onChange(data.checked === true)} />
    </Field>
  );
}

/** A message for a whole group of fields, shown at the top of its fieldset (read straight after the legend). */
function GroupMessage({ id, message }: { id: string; message: string | undefined }): React.ReactElement {
  if (!message) return <></>;
  return (
    <MessageBar intent="error" layout="multiline" id={id}>
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}

function DeadlineBox({ deadline }: { deadline: DeadlineStatus }): React.ReactElement {
  const styles = useFoiScreenStyles();
  return (
    <div className={styles.deadline} role="status" aria-live="polite">
      {deadline.kind === 'due' ? (
        <>
          <Body1 className={styles.deadlineDate}>
            Respond by <DateText value={deadline.date} />
          </Body1>
          <Caption1>
            20 working days from receipt on the statutory calendar: weekends and bank holidays anywhere in the UK do not count.
          </Caption1>
        </>
      ) : deadline.kind === 'outsideCalendar' ? (
        <Body1>{OUTSIDE_CALENDAR_MESSAGE}</Body1>
      ) : deadline.kind === 'awaitingClarification' ? (
        <Body1>No deadline while clarification is awaited. The 20 working days start again when the clarification arrives.</Body1>
      ) : (
        <Body1>Enter the date the request was received to see the statutory deadline.</Body1>
      )}
    </div>
  );
}

function RefusalCheckSummary({ state }: { state: FoiAssessmentFormState }): React.ReactElement {
  const styles = useFoiScreenStyles();
  if (state.issues.length > 0) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Before you rely on this refusal</MessageBarTitle>
          <ul className={styles.issueList} aria-label="Problems with the refusal">
            {state.issues.map((issue) => (
              <li key={`${issue.rule}-${issue.field}-${issue.message}`}>
                {issue.message} <span className={styles.rule}>({issue.rule})</span>
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.refusalCheckRan) {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>The refusal record meets the checks for BR-16, BR-17 and BR-18.</MessageBarBody>
      </MessageBar>
    );
  }
  return <Caption1>The refusal checks run once the request details are complete and a ground is chosen.</Caption1>;
}

function SaveResult({ state }: { state: FoiAssessmentFormState }): React.ReactElement {
  const result = state.saveState;
  switch (result.status) {
    case 'saving':
      return <LoadingState label="Saving the assessment…" />;
    case 'saved':
      return (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>Assessment {result.reference} saved.</MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return <ErrorMessage error={result.error} title="The assessment was not saved" />;
    default:
      return <></>;
  }
}

let rowCounter = 0;
function rowKey(prefix: string): string {
  rowCounter += 1;
  return `${prefix}-new-${rowCounter}`;
}

/** The §3.3 assessment form: request, ground and indicators, decision, refusal notice, review. */
export function FoiAssessmentForm({ initial, onSaved, onBack, onGuidanceFocus }: FoiAssessmentFormProps): React.ReactElement {
  const state = useFoiAssessmentForm(initial, onSaved);
  const { draft, setDraft, errors, issues } = state;
  const formStyles = useFormStyles();
  const styles = useFoiScreenStyles();
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const msg = (field: string): string | undefined => messageFor(errors, issues, field);
  const set = <K extends keyof FoiDraft>(key: K, value: FoiDraft[K]): void => setDraft((d) => ({ ...d, [key]: value }));
  const focus =
    (next: GuidanceFocus): (() => void) =>
    (): void =>
      onGuidanceFocus(next);

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    state.save().then(
      (ok) => {
        if (!ok && summaryRef.current) summaryRef.current.focus();
      },
      () => undefined
    );
  };

  const toggleIndicator = (indicator: IcoIndicator, checked: boolean): void =>
    setDraft((d) => {
      const others = d.indicators.filter((item) => item.indicator !== indicator);
      const next = checked ? [...others, { indicator, evidence: '' }] : others;
      return { ...d, indicators: next.sort((a, b) => ICO_INDICATORS.indexOf(a.indicator) - ICO_INDICATORS.indexOf(b.indicator)) };
    });

  const title = state.isNew ? 'New assessment' : `Assessment ${draft.reference}`;
  const conflict = state.saveState.status === 'conflict' ? state.saveState : undefined;

  return (
    <form className={formStyles.form} noValidate onSubmit={submit} aria-label={title}>
      <div ref={summaryRef} tabIndex={-1}>
        {errors.length > 0 ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>There is a problem</MessageBarTitle>
              <ul className={styles.issueList}>
                {errors.map((error) => (
                  <li key={`${error.field}-${error.message}`}>{error.message}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>

      <Br16Note />

      <fieldset className={formStyles.fieldset} onFocus={focus({})}>
        <legend className={formStyles.legend}>The request</legend>
        {state.isNew ? (
          <TextField
            label="Request reference"
            hint="The FOI or EIR reference, for example FOI-2026-0412."
            required
            value={draft.reference}
            onChange={(v) => set('reference', v)}
            error={msg('reference')}
            maxLength={255}
          />
        ) : (
          <Body1>
            Request reference: <span className={styles.readOnlyValue}>{draft.reference}</span>
          </Body1>
        )}
        <SelectField
          label="Regime"
          required
          placeholder="Choose FOIA or EIR"
          value={draft.regime}
          onChange={(v) => set('regime', v as FoiDraft['regime'])}
          choices={FOI_REGIMES.map((regime: FoiRegime) => ({ value: regime, label: REGIME_LABELS[regime] }))}
          error={msg('regime')}
        />
        <TextField
          label="Date the request was received"
          type="date"
          required
          value={draft.receivedOn}
          onChange={(v) => set('receivedOn', v)}
          error={msg('receivedOn') ?? msg('statutoryDueDate')}
        />
        <TextField
          label="Requester's person record (optional)"
          hint="Link the requester's person record if there is one. It is the request, not the requester, that is assessed."
          value={draft.personId}
          onChange={(v) => set('personId', v)}
          error={msg('personId')}
        />
        <TextField
          label="Linked customer case management reference (optional)"
          hint="A reference only. This screen never shows case details."
          value={draft.linkedCaseId}
          onChange={(v) => set('linkedCaseId', v)}
          error={msg('linkedCaseId')}
        />
        <fieldset className={formStyles.fieldset}>
          <legend className={formStyles.legend}>Clarification pauses</legend>
          <Caption1>
            While you wait for a clarification, the 20 working days stop. Leave the arrival date blank while still waiting.
          </Caption1>
          {draft.clarificationPauses.map((pause, index) => (
            <div key={pause.key} className={styles.repeatRow}>
              <TextField
                label={`Clarification ${index + 1}: date asked for`}
                type="date"
                value={pause.from}
                onChange={(v) =>
                  set(
                    'clarificationPauses',
                    draft.clarificationPauses.map((p) => (p.key === pause.key ? { ...p, from: v } : p))
                  )
                }
                error={msg(`clarificationPauses[${index}].from`)}
              />
              <TextField
                label={`Clarification ${index + 1}: date it arrived`}
                type="date"
                value={pause.to}
                onChange={(v) =>
                  set(
                    'clarificationPauses',
                    draft.clarificationPauses.map((p) => (p.key === pause.key ? { ...p, to: v } : p))
                  )
                }
                error={msg(`clarificationPauses[${index}].to`)}
              />
              <Button
                onClick={() =>
                  set(
                    'clarificationPauses',
                    draft.clarificationPauses.filter((p) => p.key !== pause.key)
                  )
                }
              >
                Remove clarification {index + 1}
              </Button>
            </div>
          ))}
          <div className={formStyles.actions}>
            <Button onClick={() => set('clarificationPauses', [...draft.clarificationPauses, { key: rowKey('pause'), from: '', to: '' }])}>
              Add a clarification pause
            </Button>
          </div>
        </fieldset>
      </fieldset>

      <fieldset className={formStyles.fieldset} onFocus={focus({ step: 'ground' })}>
        <legend className={formStyles.legend}>Ground relied on</legend>
        <CheckField
          label="Someone has suggested refusing because the requester has a customer case management restriction"
          hint="Tick this if it has been raised, so the record shows it was set aside."
          checked={draft.ccmRestrictionCited}
          onChange={(v) => set('ccmRestrictionCited', v)}
        />
        <SelectField
          label="Ground for refusal"
          placeholder="No ground chosen (not refused)"
          value={draft.ground}
          onChange={(v) => set('ground', v as FoiDraft['ground'])}
          choices={FOI_GROUNDS.map((ground: FoiGround) => ({ value: ground, label: GROUND_LABELS[ground] }))}
          error={msg('ground')}
        />
        {draft.ground === 's14_2' ? (
          <TextField
            label="Earlier request and its answer"
            hint="The reference of the earlier request, and whether we gave the information or said we do not hold it."
            required
            value={draft.earlierRequestReference}
            onChange={(v) => set('earlierRequestReference', v)}
            error={msg('earlierRequestReference')}
          />
        ) : null}
        <fieldset className={formStyles.fieldset}>
          <legend className={formStyles.legend}>ICO indicators considered</legend>
          <Caption1>
            The indicators help you weigh the request. They are not a checklist test. Give the evidence for each one you rely on.
          </Caption1>
          <div className={styles.indicatorList}>
            {ICO_INDICATORS.map((indicator) => {
              const index = draft.indicators.findIndex((item) => item.indicator === indicator);
              const item = index >= 0 ? draft.indicators[index] : undefined;
              return (
                <div key={indicator} className={styles.indicator}>
                  <Checkbox
                    label={INDICATOR_LABELS[indicator]}
                    checked={item !== undefined}
                    onChange={(_, data) => toggleIndicator(indicator, data.checked === true)}
                  />
                  {item ? (
                    <TextAreaField
                      label={`Evidence: ${INDICATOR_LABELS[indicator]}`}
                      required
                      rows={2}
                      value={item.evidence}
                      onChange={(v) =>
                        set(
                          'indicators',
                          draft.indicators.map((entry) => (entry.indicator === indicator ? { ...entry, evidence: v } : entry))
                        )
                      }
                      error={msg(`indicatorsConsidered[${index}].evidence`)}
                    />
                  ) : null}
                </div>
              );
            })}
          </div>
        </fieldset>
        <fieldset className={formStyles.fieldset}>
          <legend className={formStyles.legend}>The four considerations</legend>
          <GroupMessage id="foi-considerations-message" message={messageFor([], issues, 'fourConsiderations')} />
          {(Object.keys(CONSIDERATION_LABELS) as (keyof FoiDraft['fourConsiderations'])[]).map((key) => (
            <TextAreaField
              key={key}
              label={CONSIDERATION_LABELS[key]}
              rows={3}
              value={draft.fourConsiderations[key]}
              onChange={(v) => set('fourConsiderations', { ...draft.fourConsiderations, [key]: v })}
              error={messageFor(errors, [], `fourConsiderations.${key}`)}
            />
          ))}
        </fieldset>
      </fieldset>

      {draft.regime === 'EIR' ? (
        <fieldset className={formStyles.fieldset} onFocus={focus({ field: 'publicInterest' })}>
          <legend className={formStyles.legend}>Environmental information: public interest</legend>
          <TextAreaField
            label="Public interest test"
            hint="The factors for and against disclosure, and how you weighed them (EIR regulation 12(1)(b))."
            required
            value={draft.publicInterestTest}
            onChange={(v) => set('publicInterestTest', v)}
            error={msg('publicInterestTest')}
          />
          <TextAreaField
            label="Presumption in favour of disclosure"
            hint="How you applied the presumption in favour of disclosure (EIR regulation 12(2))."
            required
            value={draft.presumptionInFavourOfDisclosure}
            onChange={(v) => set('presumptionInFavourOfDisclosure', v)}
            error={msg('presumptionInFavourOfDisclosure')}
          />
        </fieldset>
      ) : null}

      <fieldset className={formStyles.fieldset} onFocus={focus({ field: 'decisionMaker' })}>
        <legend className={formStyles.legend}>Conciliatory or warning steps</legend>
        {draft.conciliatorySteps.map((step, index) => (
          <div key={step.key} className={styles.repeatRow}>
            <TextField
              label={`Step ${index + 1}: date`}
              type="date"
              value={step.date}
              onChange={(v) =>
                set(
                  'conciliatorySteps',
                  draft.conciliatorySteps.map((s) => (s.key === step.key ? { ...s, date: v } : s))
                )
              }
              error={msg(`conciliatorySteps[${index}].date`)}
            />
            <TextField
              label={`Step ${index + 1}: what was done`}
              hint="For example, the letter reference."
              value={step.text}
              onChange={(v) =>
                set(
                  'conciliatorySteps',
                  draft.conciliatorySteps.map((s) => (s.key === step.key ? { ...s, text: v } : s))
                )
              }
              error={msg(`conciliatorySteps[${index}].description`)}
            />
            <Button
              onClick={() =>
                set(
                  'conciliatorySteps',
                  draft.conciliatorySteps.filter((s) => s.key !== step.key)
                )
              }
            >
              Remove step {index + 1}
            </Button>
          </div>
        ))}
        <div className={formStyles.actions}>
          <Button onClick={() => set('conciliatorySteps', [...draft.conciliatorySteps, { key: rowKey('step'), date: '', text: '' }])}>
            Add a conciliatory or warning step
          </Button>
        </div>
      </fieldset>

      <fieldset className={formStyles.fieldset} onFocus={focus({ field: 'decisionMaker' })}>
        <legend className={formStyles.legend}>Who decides</legend>
        <PersonPicker
          label="Request handler"
          hint="Prefilled with you. Type a name to choose someone else; their staff user id is what is recorded."
          required
          value={draft.handlerId}
          onChange={(v) => set('handlerId', v)}
          error={msg('handlerId')}
        />
        <CheckField
          label="The handler has been heavily involved with the requester"
          checked={draft.handlerHeavilyInvolved}
          onChange={(v) => set('handlerHeavilyInvolved', v)}
          error={msg('handlerHeavilyInvolved')}
        />
        <PersonPicker
          label="Decision-maker"
          hint="Type their name and choose them. Someone other than the handler, at an appropriate level."
          value={draft.decisionMakerId}
          onChange={(v) => set('decisionMakerId', v)}
          error={msg('decisionMakerId')}
        />
        <PersonPicker
          label="Senior review by (if the handler decided)"
          hint="Type the name of the more senior colleague who took an objective look, and choose them."
          value={draft.seniorReviewBy}
          onChange={(v) => set('seniorReviewBy', v)}
          error={msg('seniorReviewBy')}
        />
      </fieldset>

      <fieldset className={formStyles.fieldset} onFocus={focus({ step: 'refusalNotice' })}>
        <legend className={formStyles.legend}>Refusal notice</legend>
        <DeadlineBox deadline={state.deadline} />
        <TextField
          label="Date of the refusal notice"
          type="date"
          value={draft.refusalNoticeDate}
          onChange={(v) => set('refusalNoticeDate', v)}
          error={msg('refusalNoticeDate')}
        />
        <GroupMessage id="foi-notice-message" message={msg('refusalNotice')} />
        <CheckField
          label="The notice states the provision relied on"
          checked={draft.refusalNotice.statesGround}
          onChange={(v) => set('refusalNotice', { ...draft.refusalNotice, statesGround: v })}
        />
        <CheckField
          label="The notice explains how to ask for an internal review"
          checked={draft.refusalNotice.internalReviewRoute}
          onChange={(v) => set('refusalNotice', { ...draft.refusalNotice, internalReviewRoute: v })}
        />
        <CheckField
          label="The notice explains the right to complain to the Information Commissioner"
          checked={draft.refusalNotice.icoRight}
          onChange={(v) => set('refusalNotice', { ...draft.refusalNotice, icoRight: v })}
        />
        <CheckField
          label="The notice gives reasons"
          checked={draft.refusalNotice.reasonsGiven}
          onChange={(v) => set('refusalNotice', { ...draft.refusalNotice, reasonsGiven: v })}
        />
        <TextAreaField
          label="Note about the reasons (optional)"
          hint="Why reasons were or were not given, for example where a detailed explanation would only provoke more correspondence."
          rows={2}
          value={draft.refusalNotice.reasonsNote}
          onChange={(v) => set('refusalNotice', { ...draft.refusalNotice, reasonsNote: v })}
          error={msg('refusalNotice.reasonsNote')}
        />
        <div
          className={formStyles.fieldset}
          onFocus={(event) => {
            // The refusal notice fieldset around this would otherwise replace the more specific passage.
            event.stopPropagation();
            onGuidanceFocus({ step: 'refusalNotice', field: 'section17_6' });
          }}
        >
          <CheckField
            label="No new refusal notice: relying on FOIA section 17(6)"
            checked={draft.reliesOnSection17_6}
            onChange={(v) => set('reliesOnSection17_6', v)}
          />
          {draft.reliesOnSection17_6 ? (
            <div className={styles.nested}>
              <GroupMessage id="foi-s17-message" message={messageFor([], issues, 'section17_6')} />
              <TextField
                label="Earlier refusal notice reference"
                required
                value={draft.section17_6.previousNoticeReference}
                onChange={(v) => set('section17_6', { ...draft.section17_6, previousNoticeReference: v })}
                error={messageFor(errors, [], 'section17_6.previousNoticeReference')}
              />
              <TextField
                label="Warning letter reference"
                hint="The letter that warned further requests on the same topics would get no response."
                required
                value={draft.section17_6.warningLetterReference}
                onChange={(v) => set('section17_6', { ...draft.section17_6, warningLetterReference: v })}
                error={messageFor(errors, [], 'section17_6.warningLetterReference')}
              />
              <TextAreaField
                label="Why another notice would be unreasonable"
                required
                rows={3}
                value={draft.section17_6.reason}
                onChange={(v) => set('section17_6', { ...draft.section17_6, reason: v })}
                error={messageFor(errors, [], 'section17_6.reason')}
              />
            </div>
          ) : null}
        </div>
      </fieldset>

      <fieldset className={formStyles.fieldset} onFocus={focus({})}>
        <legend className={formStyles.legend}>Internal review and the Information Commissioner</legend>
        <TextField
          label="Date the internal review was asked for"
          type="date"
          value={draft.internalReview.requestedOn}
          onChange={(v) => set('internalReview', { ...draft.internalReview, requestedOn: v })}
          error={msg('internalReview.requestedOn')}
        />
        <PersonPicker
          label="Internal reviewer"
          hint="Type their name and choose them. Not the person who made the original decision."
          value={draft.internalReview.reviewerId}
          onChange={(v) => set('internalReview', { ...draft.internalReview, reviewerId: v })}
          error={msg('internalReview.reviewerId')}
        />
        <TextAreaField
          label="Outcome of the internal review"
          rows={3}
          value={draft.internalReview.outcome}
          onChange={(v) => set('internalReview', { ...draft.internalReview, outcome: v })}
          error={msg('internalReview.outcome')}
        />
        <TextField
          label="Date the internal review was decided"
          type="date"
          value={draft.internalReview.decidedOn}
          onChange={(v) => set('internalReview', { ...draft.internalReview, decidedOn: v })}
          error={msg('internalReview.decidedOn')}
        />
        <TextField
          label="Information Commissioner's reference (optional)"
          value={draft.icoReference}
          onChange={(v) => set('icoReference', v)}
          error={msg('icoReference')}
        />
      </fieldset>

      <RefusalCheckSummary state={state} />
      <SaveResult state={state} />
      <div className={formStyles.actions}>
        <Button type="submit" appearance="primary" disabled={state.saveState.status === 'saving'}>
          Save assessment
        </Button>
        <Button onClick={onBack}>Back to the list</Button>
      </div>
      <ConflictDialog
        open={conflict !== undefined}
        current={conflict?.current}
        onReload={() => state.resolveConflict('reload')}
        onMerge={() => state.resolveConflict('merge')}
        onCancel={() => state.resolveConflict('cancel')}
      />
    </form>
  );
}
