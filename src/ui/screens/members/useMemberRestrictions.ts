import type { MemberRestrictionView } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import { useAsync, type AsyncState } from '../../components/useAsync';

export type MemberRestrictionsState = { shown: false } | ({ shown: true; reload(): void } & AsyncState<MemberRestrictionView[]>);

/**
 * BR-22: the councillor's need-to-know banners, from the case service (councillors cannot
 * read the RestrictionAlerts list). One request when the page opens, and only for councillors;
 * the guidance never waits for it.
 */
export function useMemberRestrictions(): MemberRestrictionsState {
  const { caseService, roles } = useAppServices();
  const councillor = roles.indexOf('councillor') >= 0;
  const restrictions = useAsync(async () => (councillor ? caseService.memberRestrictions() : []), [caseService, councillor]);
  return councillor ? { ...restrictions, shown: true } : { shown: false };
}
