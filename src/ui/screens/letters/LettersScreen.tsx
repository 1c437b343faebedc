import * as React from 'react';
import { Body1, Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2 } from '@fluentui/react-components';
import {
  FOI_REGIMES,
  LETTER_CHANNELS,
  REVIEW_OUTCOMES,
  type FoiRegime,
  type LetterChannel,
  type LetterType,
  formatLongDate,
  type IsoDate,
  type ReviewOutcome
} from '../../../domain';
import { LETTER_ITEM_DEFINITIONS, LETTER_TYPE_LABELS, type LetterItem } from '../../../domain/letters';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { GuidancePanel } from '../../components/GuidancePanel';
import { LoadingState } from '../../components/LoadingState';
import { ScreenLayout, useFormStyles } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/routes';
import { LETTER_CHANNEL_LABELS } from './letterChannelLabels';
import { RecordEndedLetterSent } from './RecordEndedLetterSent';
import { RecordRestrictionLetterSent } from './RecordRestrictionLetterSent';
import { LettersScreenState, useLettersScreen } from './useLettersScreen';
import { useLettersScreenStyles } from './useLettersScreenStyles';
import { useObjectUrl } from './useObjectUrl';

const REVIEW_OUTCOME_LABELS: Readonly<Record<ReviewOutcome, string>> = {
  Continue: 'The restriction continues',
  Amend: 'The restriction changes',
  Lift: 'The restriction is lifted'
};

const REGIME_LABELS: Readonly<Record<FoiRegime, string>> = {
  FOIA: 'Freedom of Information Act',
  EIR: 'Environmental Information Regulations'
};

function ProductionResult({ state }: { state: LettersScreenState }): React.ReactElement {
  const styles = useLettersScreenStyles();
  const production = state.production;
  const downloadUrl = useObjectUrl(production.status === 'done' ? production.file : undefined);
  switch (production.status) {
    case 'idle':
      return <></>;
    case 'working':
      return <LoadingState label="Producing the Word document…" />;
    case 'failed':
      return <ErrorMessage error={production.error} title="The Word document could not be produced" />;
    case 'refused':
      return (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The letter cannot be produced yet</MessageBarTitle>
            {production.validation.informalRestriction ? <p>{production.validation.informalRestriction.message}</p> : null}
            {production.validation.missing.length > 0 ? (
              <>
                This letter must include:
                <ul className={styles.missingList}>
                  {production.validation.missing.map((entry) => (
                    <li key={entry.item}>
                      {entry.label}
                      {entry.reason === 'placeholder' ? ' (the template text has not been replaced)' : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : production.validation.informalRestriction ? null : (
              'Fill in the letter details marked below.'
            )}
          </MessageBarBody>
        </MessageBar>
      );
    case 'done':
      return (
        <div className={styles.result} role="status">
          <MessageBar intent={production.saveError || !production.savedUrl ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>The letter is ready</MessageBarTitle>
              {production.savedUrl ? (
                <>
                  Saved to the Letters library. <Link href={production.savedUrl}>Open it in the Letters library</Link>
                </>
              ) : production.saveError ? (
                'It could not be saved to the Letters library. Download it and add it to the case, or try again later.'
              ) : (
                'Saving to the Letters library is not available here. Download it and add it to the case.'
              )}
            </MessageBarBody>
          </MessageBar>
          {production.logoProblem ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{production.logoProblem}</MessageBarBody>
            </MessageBar>
          ) : null}
          {downloadUrl ? (
            <Link className={styles.download} href={downloadUrl} download={production.fileName}>
              Download {production.fileName}
            </Link>
          ) : null}
        </div>
      );
  }
}

function LetterItemFields({ state }: { state: LettersScreenState }): React.ReactElement {
  return (
    <>
      {state.slots.map((slot) => {
        const definition = LETTER_ITEM_DEFINITIONS[slot.item as LetterItem];
        return (
          <TextAreaField
            key={slot.item}
            name={slot.item}
            label={slot.required ? definition.label : `${definition.label} (optional)`}
            hint={definition.hint}
            required={slot.required}
            value={state.content[slot.item] ?? ''}
            onChange={(value) => state.setItem(slot.item, value)}
            error={state.missingByItem[slot.item]}
            rows={3}
          />
        );
      })}
    </>
  );
}

/** The letter of this type produced earlier for the case and not yet sent, offered again. */
function EarlierLetterOffer({ state }: { state: LettersScreenState }): React.ReactElement {
  const earlier = state.earlier;
  if (!earlier || state.production.status === 'done') return <></>;
  const when = earlier.producedOn ? ` on ${formatLongDate(earlier.producedOn as IsoDate)}` : ' earlier';
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This letter has already been produced</MessageBarTitle>
        {earlier.url ? (
          <Link href={earlier.url}>Open the letter you produced{when}</Link>
        ) : (
          `You produced this letter${when}; it is in the Letters library.`
        )}{' '}
        It has not been recorded as sent. Producing it again replaces it.
      </MessageBarBody>
    </MessageBar>
  );
}

/** The letter composer: mandatory content per letter type, refused until complete, then a Word document. */
export default function LettersScreen({ params }: ScreenProps): React.ReactElement {
  const state = useLettersScreen(params);
  const formStyles = useFormStyles();
  if (state.allowedTypes.length === 0 || !state.type) {
    return (
      <ScreenLayout title="Letters">
        <EmptyState title="You do not write letters in this system">
          Letters are written by the case officer, the FOI officer or health and safety.
        </EmptyState>
      </ScreenLayout>
    );
  }
  return (
    <ScreenLayout title="Letters" aside={<GuidancePanel context={{ form: 'letterComposer' }} heading="Guidance: writing the letter" />}>
      {state.prefillError ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>The case could not be read, so the letter has not been filled in from it. Check every item.</MessageBarBody>
        </MessageBar>
      ) : null}
      <EarlierLetterOffer state={state} />
      <form
        className={formStyles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          state.produce().catch(() => undefined);
        }}
      >
        <fieldset className={formStyles.fieldset}>
          <legend className={formStyles.legend}>Letter</legend>
          <SelectField
            label="Type of letter"
            value={state.type}
            onChange={(value) => state.setType(value as LetterType)}
            choices={state.allowedTypes.map((type) => ({ value: type, label: LETTER_TYPE_LABELS[type] }))}
          />
          {state.type === 'ReviewOutcome' ? (
            <SelectField
              label="Result of the review"
              value={state.reviewOutcome}
              placeholder="Choose the result"
              onChange={(value) => state.setReviewOutcome(value as ReviewOutcome | '')}
              choices={REVIEW_OUTCOMES.map((outcome) => ({ value: outcome, label: REVIEW_OUTCOME_LABELS[outcome] }))}
            />
          ) : null}
          {state.type === 'FoiRefusal' ? (
            <SelectField
              label="Law the request was made under"
              value={state.regime}
              placeholder="Choose the law"
              onChange={(value) => state.setRegime(value as FoiRegime | '')}
              choices={FOI_REGIMES.map((regime) => ({ value: regime, label: REGIME_LABELS[regime] }))}
            />
          ) : null}
          <SelectField
            label="How it will be sent"
            value={state.channel}
            onChange={(value) => state.setChannel(value as LetterChannel)}
            choices={LETTER_CHANNELS.map((channel) => ({ value: channel, label: LETTER_CHANNEL_LABELS[channel] }))}
          />
          <TextField
            label="Our reference"
            required
            value={state.reference}
            onChange={state.setReference}
            error={state.detailErrors.reference}
          />
        </fieldset>
        <fieldset className={formStyles.fieldset}>
          <legend className={formStyles.legend}>Who it is to</legend>
          <TextField
            label="Their name"
            required
            autoComplete="off"
            value={state.recipientName}
            onChange={state.setRecipientName}
            error={state.detailErrors.recipientName}
          />
          <TextAreaField
            label="Postal address"
            hint="One line per line. Leave blank for email."
            value={state.recipientAddress}
            onChange={state.setRecipientAddress}
            rows={3}
          />
          <TextField
            label="Greeting"
            hint="Their full name, without a title, unless you know how they like to be addressed."
            value={state.salutation}
            onChange={state.setSalutation}
          />
        </fieldset>
        <fieldset className={formStyles.fieldset}>
          <legend className={formStyles.legend}>What the letter must say</legend>
          <Body1>Items marked as required must be filled in before the Word document can be produced.</Body1>
          <LetterItemFields state={state} />
        </fieldset>
        <fieldset className={formStyles.fieldset}>
          <legend className={formStyles.legend}>Signed by</legend>
          <TextField
            label="Name of the officer signing"
            required
            value={state.signatoryName}
            onChange={state.setSignatoryName}
            error={state.detailErrors.signatoryName}
          />
          <TextField
            label="Their job title"
            required
            value={state.signatoryJobTitle}
            onChange={state.setSignatoryJobTitle}
            error={state.detailErrors.signatoryJobTitle}
          />
        </fieldset>
        <div className={formStyles.actions}>
          <Button appearance="primary" type="submit" disabled={state.production.status === 'working'}>
            Produce the Word document
          </Button>
        </div>
        {state.production.status !== 'idle' ? <Subtitle2 as="h3">Result</Subtitle2> : null}
        <div aria-live="polite">
          <ProductionResult state={state} />
        </div>
      </form>
      {state.caseId && state.type === 'RestrictionDecision' ? (
        <RecordRestrictionLetterSent
          caseId={state.caseId}
          production={state.production.status === 'idle' && state.earlier ? state.earlier.production : state.production}
        />
      ) : null}
      {state.caseId && state.type === 'RestrictionEnded' ? (
        <RecordEndedLetterSent
          caseId={state.caseId}
          production={state.production.status === 'idle' && state.earlier ? state.earlier.production : state.production}
        />
      ) : null}
    </ScreenLayout>
  );
}
