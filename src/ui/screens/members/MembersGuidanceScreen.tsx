import * as React from 'react';
import { Divider } from '@fluentui/react-components';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../shell/routes';
import { GuidanceReader } from './GuidanceReader';
import { MemberReferralFormView } from './MemberReferralFormView';
import { useMemberGuidance } from './useMemberGuidance';

/**
 * Guidance mode (the Members' intranet page): the councillors' and staff policies, with
 * navigation and search, and the councillors' referral form. It reads no case data at all;
 * the shell renders only this screen when HostInfo.mode is 'guidance'.
 */
export function MembersGuidanceScreen(_props: Partial<ScreenProps>): React.ReactElement {
  const guidance = useMemberGuidance();
  return (
    <ScreenLayout title="Guidance for Members">
      <GuidanceReader guidance={guidance} />
      <Divider />
      <MemberReferralFormView />
    </ScreenLayout>
  );
}

export default MembersGuidanceScreen;
