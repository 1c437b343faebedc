import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { WRITE_FACTUALLY_HINT } from '../../../domain/guidance';
import { errorFor, TextAreaField } from '../../components/FormFields';
import type { RecordIncidentState } from './useRecordIncident';

/** What was said or done, with the wording advice (BR-23) as it is typed. */
export function WhatHappenedFields({ form }: { form: RecordIncidentState }): React.ReactElement {
  const { draft, update, errors } = form;
  return (
    <>
      <TextAreaField
        label="What happened"
        required
        hint={WRITE_FACTUALLY_HINT}
        rows={6}
        value={draft.narrative}
        onChange={(narrative) => update({ narrative })}
        error={errorFor(errors, 'narrative')}
      />
      {form.wording.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Check your wording (BR-23)</MessageBarTitle>
            <ul>
              {form.wording.map((advice) => (
                <li key={advice.found}>
                  “{advice.found}”: {advice.advice}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
