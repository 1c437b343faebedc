import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { EmptyState } from '../../components/EmptyState';
import { GuidancePanel } from '../../components/GuidancePanel';
import { ScreenLayout, useFormStyles } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../navigation/screenProps';
import { EarlierLetterOffer } from './EarlierLetterOffer';
import { LetterChoiceFields } from './LetterChoiceFields';
import { LetterContentFields } from './LetterContentFields';
import { LetterRecipientFields } from './LetterRecipientFields';
import { LetterSignatoryFields } from './LetterSignatoryFields';
import { ProductionResult } from './ProductionResult';
import { RecordLetterSent } from './RecordLetterSent';
import { useLettersScreen } from './useLettersScreen';

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
        <LetterChoiceFields state={state} />
        <LetterRecipientFields state={state} />
        <LetterContentFields state={state} />
        <LetterSignatoryFields state={state} />
        <div className={formStyles.actions}>
          <Button appearance="primary" type="submit" disabled={state.production.status === 'working'}>
            Produce the Word document
          </Button>
        </div>
        {state.production.status !== 'idle' ? <Subtitle2 as="h3">Result</Subtitle2> : null}
        <div aria-live="polite">
          <ProductionResult production={state.production} />
        </div>
      </form>
      <RecordLetterSent state={state} />
    </ScreenLayout>
  );
}
