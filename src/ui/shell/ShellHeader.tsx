import * as React from 'react';
import { Caption1, Title2 } from '@fluentui/react-components';
import type { HostInfo } from '../host/hostInfo';
import { useAppShellStyles } from './useAppShellStyles';

const HOST_LABELS: Record<HostInfo['kind'], string> = {
  sharepoint: 'SharePoint',
  teams: 'Microsoft Teams',
  local: 'Local development'
};

/** The product name and who is signed in where: the same while starting and once started. */
export function ShellHeader({ host }: { host: HostInfo }): React.ReactElement {
  const styles = useAppShellStyles();
  return (
    <header className={styles.header}>
      <Title2 as="h1" className={styles.title}>
        {host.mode === 'guidance' ? 'Customer Case Management: guidance for Members' : 'Customer Case Management'}
      </Title2>
      <Caption1>
        Signed in as {host.user.displayName} · {HOST_LABELS[host.kind]}
      </Caption1>
    </header>
  );
}
