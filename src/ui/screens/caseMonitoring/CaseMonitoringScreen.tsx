import * as React from 'react';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/routes';

/** Placeholder while the screen is built. */
export default function CaseMonitoringScreen(_props: ScreenProps): React.ReactElement {
  return <ScreenLayout title="CaseMonitoringScreen">This screen is being built.</ScreenLayout>;
}
