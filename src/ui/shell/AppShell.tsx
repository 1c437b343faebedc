import * as React from 'react';
import { Body1, Caption1, Title2 } from '@fluentui/react-components';
import type { HostInfo } from '../host/hostInfo';
import { useAppShellStyles } from './useAppShellStyles';

export interface AppShellProps {
  host: HostInfo;
}

const HOST_LABELS: Record<HostInfo['kind'], string> = {
  sharepoint: 'SharePoint',
  teams: 'Microsoft Teams',
  local: 'Local development'
};

/** Header and landmark regions shared by every screen. */
export function AppShell({ host }: AppShellProps): React.ReactElement {
  const styles = useAppShellStyles();
  const isGuidance = host.mode === 'guidance';
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title2 as="h1">{isGuidance ? 'Customer Case Management: guidance for Members' : 'Customer Case Management'}</Title2>
        <Caption1>
          Signed in as {host.user.displayName} · {HOST_LABELS[host.kind]}
        </Caption1>
      </header>
      <main className={styles.main} aria-label={isGuidance ? 'Guidance' : 'Home'}>
        <Body1>
          {isGuidance
            ? 'How the council handles unacceptable behaviour towards staff and Members, and how to refer a case.'
            : 'Record unacceptable customer behaviour, check a customer before you reply, and manage cases and sanctions under the Customer Case Management Policy.'}
        </Body1>
      </main>
    </div>
  );
}
