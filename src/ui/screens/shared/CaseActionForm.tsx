import * as React from 'react';
import { Body1, Button } from '@fluentui/react-components';
import type { TransitionError } from '../../../domain';
import { later } from '../../components/later';
import { useFormStyles } from '../../components/ScreenLayout';
import { RefusalMessage } from './CaseFrame';

export interface CaseActionFormProps {
  /** Runs when the form is submitted (the default browser submit is always prevented). */
  onSubmit(): Promise<unknown>;
  /** The domain's refusal of the last attempt, in plain words. */
  refusal: TransitionError | undefined;
  submitLabel: string;
  /** While the case is saving (or the form cannot be sent yet). */
  disabled: boolean;
  appearance?: 'primary' | 'secondary';
  /**
   * A confirmation line: when given (even empty) it is always in the page, so screen readers
   * announce the confirmation when it appears.
   */
  status?: string;
  /** Shown after the refusal, before the buttons (e.g. "saved" or a follow-up failure). */
  notices?: React.ReactNode;
  /** Buttons beside the submit button. */
  moreActions?: React.ReactNode;
  /** The id of a heading that names the form, where the form needs its own name. */
  labelledBy?: string;
  children: React.ReactNode;
}

/** One case-action form: its fields, the domain's refusal, an optional confirmation and the buttons. */
export function CaseActionForm(props: CaseActionFormProps): React.ReactElement {
  const form = useFormStyles();
  return (
    <form
      className={form.form}
      aria-labelledby={props.labelledBy}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        later(props.onSubmit());
      }}
    >
      {props.children}
      <RefusalMessage refusal={props.refusal} />
      {props.status === undefined ? null : (
        <Body1 as="p" role="status">
          {props.status}
        </Body1>
      )}
      {props.notices}
      <div className={form.actions}>
        <Button appearance={props.appearance ?? 'primary'} type="submit" disabled={props.disabled}>
          {props.submitLabel}
        </Button>
        {props.moreActions}
      </div>
    </form>
  );
}
