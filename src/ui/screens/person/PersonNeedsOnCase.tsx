import * as React from 'react';
import { Body1, Link, Subtitle2 } from '@fluentui/react-components';
import { representativeFlags, summarisePersonNeeds, type Case, type Person } from '../../../domain';
import { useAppServices } from '../../services/AppServices';
import { useNavigation } from '../../navigation/navigation';
import { findRoute, ROUTE_TABLE, routeVisibleTo } from '../../navigation/routeTable';

export interface PersonNeedsOnCaseProps {
  kase: Case;
  person: Person | undefined;
  /** The user's groups do not open the person's needs and circumstances (PersonDetails). */
  detailsUnreadable?: boolean;
}

function needsLine(person: Person | undefined, detailsUnreadable: boolean): string {
  if (!person) return 'The customer record could not be found.';
  // Never "nothing recorded" when it could not be read.
  if (detailsUnreadable) return 'What is recorded about their needs is not shown to you.';
  return summarisePersonNeeds(person);
}

/**
 * On the case view: one line of what is recorded about the customer's needs (shown to every
 * handler, BR-31), a flag for a representative without consent or another lawful basis, and
 * the way to the "Customer's needs and details" screen for those who may open it.
 */
export function PersonNeedsOnCase({ kase, person, detailsUnreadable = false }: PersonNeedsOnCaseProps): React.ReactElement {
  const { roles } = useAppServices();
  const { navigate } = useNavigation();
  const route = findRoute('person', ROUTE_TABLE);
  const mayOpen = route !== undefined && routeVisibleTo(route, roles, 'app');
  const unbacked = person ? representativeFlags(person).filter((flag) => flag.kind === 'noConsentOrLawfulBasis') : [];
  return (
    <section aria-labelledby="customer-needs">
      <Subtitle2 as="h3" id="customer-needs">
        Customer&apos;s needs
      </Subtitle2>
      <Body1 as="p">{needsLine(person, detailsUnreadable)}</Body1>
      {unbacked.length > 0 ? (
        <Body1 as="p">
          <strong>Check before sharing information:</strong> {unbacked.map((flag) => flag.message).join(' ')}
        </Body1>
      ) : null}
      {mayOpen && person && !detailsUnreadable ? (
        <Link as="button" onClick={() => navigate('person', { caseId: kase.id, personId: person.id })}>
          Customer&apos;s needs and details
        </Link>
      ) : null}
    </section>
  );
}
