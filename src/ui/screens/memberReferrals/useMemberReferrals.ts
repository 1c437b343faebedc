import { can, type MemberReferral, type Person } from '../../../domain';
import type { Stored } from '../../../data/ports';
import {
  linkReferralToCase,
  openCaseFromMemberReferral,
  waitingMemberReferrals,
  type ReferralCaseOutcome,
  type ReferralCustomer
} from '../../../app/cases/openCaseFromMemberReferral';
import { useAppServices } from '../../services/AppServices';
import { useAsync, type AsyncState } from '../../components/useAsync';
import type { NewCustomerDraft } from '../recordIncident/useRecordIncident';
import { personFromNewCustomer } from '../recordIncident/incidentDraft';

export type { ReferralCaseOutcome } from '../../../app/cases/openCaseFromMemberReferral';

export interface MemberReferralsScreenState {
  referrals: AsyncState<Stored<MemberReferral>[]> & { reload(): void };
  /** The Monitoring Officer opens cases; the Business Manager reads the referrals. */
  mayOpen: boolean;
  open(referral: Stored<MemberReferral>, customer: Person | NewCustomerDraft, leadService: string): Promise<ReferralCaseOutcome>;
  /** The referral as SharePoint holds it now (after a conflict, when the error did not carry it). */
  reread(referralId: string): Promise<Stored<MemberReferral>>;
  /** Links a case already opened to the referral as it is now, under that version's etag. */
  link(current: Stored<MemberReferral>, caseId: string, personId: string): Promise<ReferralCaseOutcome>;
}

function isPerson(customer: Person | NewCustomerDraft): customer is Person {
  return (customer as Person).id !== undefined;
}

/** A new customer as Record an incident adds one: names, and a phone or email if given. */
function newCustomer(draft: NewCustomerDraft): ReferralCustomer {
  return { kind: 'new', person: personFromNewCustomer(draft) };
}

/** The Monitoring Officer's list of Member referrals waiting for a case, and opening one. */
export function useMemberReferrals(): MemberReferralsScreenState {
  const { store, currentUser, roleAssignments, clock } = useAppServices();
  const referrals = useAsync(() => waitingMemberReferrals(store), [store]);
  const mayOpen = can({ userId: currentUser.id }, 'memberReferral.openCase', { roles: roleAssignments }).allowed;
  return {
    referrals,
    mayOpen,
    open: (referral, customer, leadService) =>
      openCaseFromMemberReferral(store, {
        referral,
        customer: isPerson(customer) ? { kind: 'existing', person: customer } : newCustomer(customer),
        leadService,
        actorId: currentUser.id,
        roles: roleAssignments,
        now: clock.now()
      }),
    reread: (referralId) => store.memberReferrals.get(referralId),
    link: (current, caseId, personId) => linkReferralToCase(store, current, caseId, personId)
  };
}
