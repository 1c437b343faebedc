import * as React from 'react';
import { Field } from '@fluentui/react-components';
import { errorFor } from '../../components/FormFields';
import type { RecordIncidentState } from './useRecordIncident';
import { WitnessList } from './WitnessList';

/** Witnesses, and files attached to this report only. */
export function EvidenceFields({ form }: { form: RecordIncidentState }): React.ReactElement {
  const { draft, update, errors } = form;
  return (
    <>
      <WitnessList witnesses={draft.witnesses} onChange={(witnesses) => update({ witnesses })} error={errorFor(errors, 'witnesses')} />
      <Field
        label="Attach files (optional)"
        hint="Screenshots, emails or photos. Each file is attached to this report only."
        validationMessage={errorFor(errors, 'files')}
        validationState={errorFor(errors, 'files') ? 'error' : 'none'}
      >
        {(fieldProps) => (
          <input {...fieldProps} type="file" multiple onChange={(event) => update({ files: Array.from(event.target.files ?? []) })} />
        )}
      </Field>
    </>
  );
}
