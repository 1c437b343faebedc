import * as React from 'react';
import { GuidancePanel } from '../../components/GuidancePanel';
import { useFormStyles } from '../../components/ScreenLayout';

export interface IncidentStepProps {
  title: string;
  /** Which guidance passage sits beside this step (spec 5.7). */
  guidance: { step?: string; field?: string };
  children: React.ReactNode;
}

/** One step of the incident form: its fieldset, with the guidance passage for it beside it. */
export function IncidentStep({ title, guidance, children }: IncidentStepProps): React.ReactElement {
  const styles = useFormStyles();
  return (
    <div className={styles.step}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{title}</legend>
        {children}
      </fieldset>
      <GuidancePanel context={{ form: 'incident', ...guidance }} heading={`Guidance: ${title.toLowerCase()}`} />
    </div>
  );
}
