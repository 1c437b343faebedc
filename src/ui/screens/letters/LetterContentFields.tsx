import * as React from 'react';
import { Body1 } from '@fluentui/react-components';
import { LETTER_ITEM_DEFINITIONS, type LetterItem } from '../../../domain/letters';
import { TextAreaField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import type { LettersScreenState } from './useLettersScreen';

/** What the letter must say: one box per content item of this letter type, required ones marked. */
export function LetterContentFields({ state }: { state: LettersScreenState }): React.ReactElement {
  const formStyles = useFormStyles();
  return (
    <fieldset className={formStyles.fieldset}>
      <legend className={formStyles.legend}>What the letter must say</legend>
      <Body1>Items marked as required must be filled in before the Word document can be produced.</Body1>
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
    </fieldset>
  );
}
