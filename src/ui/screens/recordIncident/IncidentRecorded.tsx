import * as React from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { IncidentReport } from '../../../domain';
import { DateText } from '../../components/DateText';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ScreenLayout, useFormStyles } from '../../components/ScreenLayout';
import { useNavigation } from '../../navigation/navigation';

export interface IncidentRecordedProps {
  incident: IncidentReport;
  uploadFailures: readonly string[];
  onRecordAnother(): void;
}

/** The confirmation once the report is sent, naming any file that did not upload. */
export function IncidentRecorded({ incident, uploadFailures, onRecordAnother }: IncidentRecordedProps): React.ReactElement {
  const { navigate } = useNavigation();
  const styles = useFormStyles();
  return (
    <ScreenLayout title="Incident recorded">
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Thank you. Your report has been sent to your line manager.</MessageBarTitle>
          You recorded an incident on <DateText value={incident.occurredAt} withTime />. Your line manager decides what happens next. Staff
          do not apply sanctions.
        </MessageBarBody>
      </MessageBar>
      {uploadFailures.length > 0 ? (
        <ErrorMessage
          title="Some files were not attached"
          error={`These files did not upload: ${uploadFailures.join(', ')}. Send them to your line manager.`}
        />
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => navigate('my-reports')}>
          See my reports
        </Button>
        <Button onClick={onRecordAnother}>Record another incident</Button>
      </div>
    </ScreenLayout>
  );
}
