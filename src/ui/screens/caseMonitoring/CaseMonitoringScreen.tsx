import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Case } from '../../../domain';
import { DateText } from '../../components/DateText';
import { GuidancePanel } from '../../components/GuidancePanel';
import type { ScreenProps } from '../../navigation/screenProps';
import { CaseFrame } from '../shared/CaseFrame';
import { ContactForm } from './ContactForm';
import { ContactLogTable } from './ContactLogTable';
import { MonitoringLetterForm } from './MonitoringLetterForm';
import { useCaseMonitoring, type CaseMonitoring } from './useCaseMonitoring';

function MonitoringPeriodNotice({ period }: { period: NonNullable<Case['monitoringPeriod']> }): React.ReactElement {
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        Monitoring from <DateText value={period.startDate} /> to <DateText value={period.plannedEndDate} />.
      </MessageBarBody>
    </MessageBar>
  );
}

/** The letter form until the letter is sent; then the monitoring period, the contact form and the log. */
function renderCaseMonitoring(state: CaseMonitoring, kase: Case): React.ReactElement {
  const { record, refusal } = state;
  return (
    <>
      {kase.status === 'MonitoringLetterDraft' ? (
        <MonitoringLetterForm letter={state.letter} refusal={refusal} saving={record.saving} onSend={() => state.sendLetter(kase)} />
      ) : null}
      {kase.monitoringPeriod ? <MonitoringPeriodNotice period={kase.monitoringPeriod} /> : null}
      {kase.status !== 'MonitoringLetterDraft' ? (
        <ContactForm draft={state.contact} refusal={refusal} saving={record.saving} onLog={state.logContact} />
      ) : null}
      {kase.contactLog.length > 0 ? <ContactLogTable entries={kase.contactLog} /> : null}
    </>
  );
}

/** Monitoring period: record the monitoring (warning) letter as sent (BR-06), then log each contact. */
export default function CaseMonitoringScreen({ params }: ScreenProps): React.ReactElement {
  const state = useCaseMonitoring(params.caseId ?? '');
  return (
    <CaseFrame
      title="Monitoring"
      record={state.record}
      aside={<GuidancePanel context={{ form: 'letterComposer' }} heading="Guidance: the monitoring letter" />}
    >
      {(kase) => renderCaseMonitoring(state, kase)}
    </CaseFrame>
  );
}
