import * as React from 'react';
import { Divider } from '@fluentui/react-components';
import { ScreenLayout } from '../../components/ScreenLayout';
import type { ScreenProps } from '../../navigation/screenProps';
import { GuidanceReader } from './GuidanceReader';
import { MemberReferralFormView } from './MemberReferralFormView';
import { MemberRestrictionsSection } from './MemberRestrictionsSection';
import { useMemberGuidance } from './useMemberGuidance';

/**
 * Guidance mode (the Members' intranet page): the councillors' and staff policies, with
 * navigation and search, and the councillors' referral form. It reads no case data from
 * SharePoint; for councillors it asks the case service, once, for the need-to-know banners of
 * people they referred (BR-22), which never holds up the guidance. The shell renders only this
 * screen when HostInfo.mode is 'guidance'.
 */
export function MembersGuidanceScreen(_props: Partial<ScreenProps>): React.ReactElement {
  const guidance = useMemberGuidance();
  return (
    <ScreenLayout title="Guidance for Members">
      <MemberRestrictionsSection />
      <GuidanceReader guidance={guidance} />
      <Divider />
      <MemberReferralFormView />
    </ScreenLayout>
  );
}

export default MembersGuidanceScreen;
