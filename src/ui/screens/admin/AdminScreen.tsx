import * as React from 'react';
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { can } from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ScreenLayout } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import type { ScreenProps } from '../../navigation/screenProps';
import { ClosureDaysPanel } from './ClosureDaysPanel';
import { CouncilDetailsPanel } from './CouncilDetailsPanel';
import { GuidanceAdminPanel } from './GuidanceAdminPanel';
import { RetentionPanel } from './RetentionPanel';
import { RoleHoldersPanel } from './RoleHoldersPanel';
import { SiteSetupPanel } from './SiteSetupPanel';
import { TimeFramesPanel } from './TimeFramesPanel';

const TITLE = 'Administration';

/** The parts of the screen, one tab each. */
const PARTS = [
  { id: 'role-holders', label: 'Role holders', render: () => <RoleHoldersPanel /> },
  { id: 'council-details', label: 'Council details', render: () => <CouncilDetailsPanel /> },
  { id: 'time-frames', label: 'Time frames', render: () => <TimeFramesPanel /> },
  { id: 'retention', label: 'Retention', render: () => <RetentionPanel /> },
  { id: 'closure-days', label: 'Closure days', render: () => <ClosureDaysPanel /> },
  { id: 'guidance', label: 'Guidance', render: () => <GuidanceAdminPanel /> },
  { id: 'site', label: 'Site set-up', render: () => <SiteSetupPanel /> }
] as const;
type PartId = (typeof PARTS)[number]['id'];

const useStyles = makeStyles({
  panel: { paddingTop: tokens.spacingVerticalM }
});

/**
 * The site owners' screen (issue 18): configuration that used to mean editing SharePoint lists
 * by hand, each change checked by the policy engine, saved under its etag and audited. Only the
 * CCM Administrators see it; anyone else who reaches it is refused here and, for every write,
 * by SharePoint.
 */
export default function AdminScreen({ params }: ScreenProps): React.ReactElement {
  const { currentUser, roleAssignments } = useAppServices();
  const styles = useStyles();
  const requested = PARTS.find((part) => part.id === params.part)?.id;
  const [selected, setSelected] = React.useState<PartId>(requested ?? 'role-holders');
  const decision = can({ userId: currentUser.id }, 'settings.manage', { roles: roleAssignments });
  if (!decision.allowed) {
    return (
      <ScreenLayout title={TITLE}>
        <ErrorMessage title="You cannot change the settings" error={decision.reason} />
      </ScreenLayout>
    );
  }
  const part = PARTS.find((candidate) => candidate.id === selected) ?? PARTS[0];
  return (
    <ScreenLayout title={TITLE}>
      <TabList selectedValue={selected} onTabSelect={(_, data) => setSelected(data.value as PartId)} aria-label="Settings to change">
        {PARTS.map((candidate) => (
          <Tab key={candidate.id} value={candidate.id} id={`admin-tab-${candidate.id}`} aria-controls={`admin-panel-${candidate.id}`}>
            {candidate.label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`admin-panel-${part.id}`} aria-labelledby={`admin-tab-${part.id}`} className={styles.panel}>
        {part.render()}
      </div>
    </ScreenLayout>
  );
}
