import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import { rowKey } from './foiDraftUpdates';
import type { FoiSectionProps } from './foiSectionProps';
import { useFoiAssessmentFormStyles } from './useFoiAssessmentFormStyles';

/** The conciliatory or warning steps taken before refusing, each a dated row. */
export function ConciliatoryStepFields({ state, onGuidanceFocus }: FoiSectionProps): React.ReactElement {
  const { draft, set, message: msg } = state;
  const formStyles = useFormStyles();
  const styles = useFoiAssessmentFormStyles();
  const steps = draft.conciliatorySteps;
  return (
    <fieldset className={formStyles.fieldset} onFocus={() => onGuidanceFocus({ field: 'decisionMaker' })}>
      <legend className={formStyles.legend}>Conciliatory or warning steps</legend>
      {steps.map((step, index) => (
        <div key={step.key} className={styles.repeatRow}>
          <TextField
            label={`Step ${index + 1}: date`}
            type="date"
            value={step.date}
            onChange={(v) =>
              set(
                'conciliatorySteps',
                steps.map((s) => (s.key === step.key ? { ...s, date: v } : s))
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
                steps.map((s) => (s.key === step.key ? { ...s, text: v } : s))
              )
            }
            error={msg(`conciliatorySteps[${index}].description`)}
          />
          <Button
            onClick={() =>
              set(
                'conciliatorySteps',
                steps.filter((s) => s.key !== step.key)
              )
            }
          >
            Remove step {index + 1}
          </Button>
        </div>
      ))}
      <div className={formStyles.actions}>
        <Button onClick={() => set('conciliatorySteps', [...steps, { key: rowKey('step'), date: '', text: '' }])}>
          Add a conciliatory or warning step
        </Button>
      </div>
    </fieldset>
  );
}
