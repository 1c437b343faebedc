import * as React from 'react';
import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import type { Case } from '../../../domain';
import { caseLabel } from '../../../domain/model/caseReference';
import { useNavigation } from '../../navigation/navigation';
import type { NextStep } from './nextStepRules';
import { useCaseViewStyles } from './useCaseViewStyles';

/** What this user can do next on the case, as buttons to the screens that do it. */
export function NextSteps({ kase, steps }: { kase: Case; steps: readonly NextStep[] }): React.ReactElement {
  const styles = useCaseViewStyles();
  const { navigate } = useNavigation();
  return (
    <section aria-labelledby="next-steps">
      <Subtitle2 as="h3" id="next-steps">
        Next steps
      </Subtitle2>
      {steps.length === 0 ? (
        <Body1 as="p">There is nothing for you to do on this case at the moment.</Body1>
      ) : (
        <div className={styles.actions}>
          {steps.map((step) => (
            <Button
              key={`${step.screen}-${step.label}`}
              appearance="primary"
              onClick={() =>
                // A letter prints the reference people read (CCM-2026-0042).
                navigate(step.screen, {
                  ...step.params,
                  caseId: kase.id,
                  ...(step.screen === 'letters' ? { reference: caseLabel(kase) } : {})
                })
              }
            >
              {step.label}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}
