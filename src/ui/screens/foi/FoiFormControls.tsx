import * as React from 'react';
import { Checkbox, Field, MessageBar, MessageBarBody } from '@fluentui/react-components';

/** A single tick box with the form's hint and error beside it. */
export function CheckField({
  label,
  checked,
  onChange,
  error,
  hint
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  error?: string;
  hint?: string;
}): React.ReactElement {
  return (
    <Field validationMessage={error} validationState={error ? 'error' : 'none'} hint={hint}>
      <Checkbox label={label} checked={checked} onChange={(_, data) => onChange(data.checked === true)} />
    </Field>
  );
}

/** A message for a whole group of fields, shown at the top of its fieldset (read straight after the legend). */
export function GroupMessage({ id, message }: { id: string; message: string | undefined }): React.ReactElement {
  if (!message) return <></>;
  return (
    <MessageBar intent="error" layout="multiline" id={id}>
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
