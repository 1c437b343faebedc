import type { GuidanceSection } from './guidanceSection';
import { DEFAULT_MEMBER_GUIDANCE } from './defaultGuidanceMembersAndFoi';
import { DEFAULT_STAFF_GUIDANCE } from './defaultGuidanceStaff';

/** Every default passage, for seeding the Guidance list. */
export const DEFAULT_GUIDANCE: readonly GuidanceSection[] = [...DEFAULT_STAFF_GUIDANCE, ...DEFAULT_MEMBER_GUIDANCE];
