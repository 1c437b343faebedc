import * as React from 'react';
import { Button, Caption1 } from '@fluentui/react-components';
import { TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import { rowKey } from './foiDraftUpdates';
import type { FoiAssessmentFormState } from './useFoiAssessmentForm';
import { useFoiAssessmentFormStyles } from './useFoiAssessmentFormStyles';

/** The pauses while a clarification was awaited, each a row the officer can add or remove. */
export function ClarificationPauseFields({ state }: { state: FoiAssessmentFormState }): React.ReactElement {
  const { draft, set, message: msg } = state;
  const formStyles = useFormStyles();
  const styles = useFoiAssessmentFormStyles();
  const pauses = draft.clarificationPauses;
  return (
    <fieldset className={formStyles.fieldset}>
      <legend className={formStyles.legend}>Clarification pauses</legend>
      <Caption1>While you wait for a clarification, the 20 working days stop. Leave the arrival date blank while still waiting.</Caption1>
      {pauses.map((pause, index) => (
        <div key={pause.key} className={styles.repeatRow}>
          <TextField
            label={`Clarification ${index + 1}: date asked for`}
            type="date"
            value={pause.from}
            onChange={(v) =>
              set(
                'clarificationPauses',
                pauses.map((p) => (p.key === pause.key ? { ...p, from: v } : p))
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
                pauses.map((p) => (p.key === pause.key ? { ...p, to: v } : p))
              )
            }
            error={msg(`clarificationPauses[${index}].to`)}
          />
          <Button
            onClick={() =>
              set(
                'clarificationPauses',
                pauses.filter((p) => p.key !== pause.key)
              )
            }
          >
            Remove clarification {index + 1}
          </Button>
        </div>
      ))}
      <div className={formStyles.actions}>
        <Button onClick={() => set('clarificationPauses', [...pauses, { key: rowKey('pause'), from: '', to: '' }])}>
          Add a clarification pause
        </Button>
      </div>
    </fieldset>
  );
}
