import * as React from 'react';
import { Caption1, Checkbox } from '@fluentui/react-components';
import { ICO_INDICATORS } from '../../../domain';
import { TextAreaField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';
import { INDICATOR_LABELS } from './foiDraft';
import type { FoiAssessmentFormState } from './useFoiAssessmentForm';
import { useFoiAssessmentFormStyles } from './useFoiAssessmentFormStyles';

/** The ICO indicators, each ticked with the evidence for it. */
export function IcoIndicatorFields({ state }: { state: FoiAssessmentFormState }): React.ReactElement {
  const { draft, set, message: msg } = state;
  const formStyles = useFormStyles();
  const styles = useFoiAssessmentFormStyles();
  return (
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
                onChange={(_, data) => state.toggleIndicator(indicator, data.checked === true)}
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
  );
}
