import * as React from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import { useFormStyles } from '../../components/ScreenLayout';

export interface RemovalLetterSentFormProps {
  sentOn: string;
  setSentOn(date: string): void;
  onRecord(): void;
}

/** Records the produced letter as sent on a day (BR-33): the register then shows the customer was told. */
export function RemovalLetterSentForm({ sentOn, setSentOn, onRecord }: RemovalLetterSentFormProps): React.ReactElement {
  const styles = useFormStyles();
  return (
    <form
      className={styles.form}
      aria-label="Record the removal letter as sent"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onRecord();
      }}
    >
      <Field label="Date the letter was sent" required>
        <Input type="date" value={sentOn} onChange={(_, data) => setSentOn(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          Record the letter as sent
        </Button>
      </div>
    </form>
  );
}
