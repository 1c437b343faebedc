import * as React from 'react';
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { dateOfInstant, displayName, formatLongDate } from '../../../domain';
import { ConflictDialog } from '../../components/ConflictDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { later } from '../../components/later';
import { LoadingState } from '../../components/LoadingState';
import { ScreenLayout, useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import { useNavigation } from '../../shell/navigation';
import type { ScreenProps } from '../../shell/routes';
import { AddressesFieldset } from './AddressesFieldset';
import { AdjustmentsFieldset } from './AdjustmentsFieldset';
import { CaredForFieldset } from './CaredForFieldset';
import { ContactChannelsFieldset } from './ContactChannelsFieldset';
import { NamesFieldset } from './NamesFieldset';
import { describeProblem, inFormOrder, type PersonDraft } from './personDraft';
import { RepresentativesFieldset } from './RepresentativesFieldset';
import { StatutoryRolesFieldset } from './StatutoryRolesFieldset';
import { usePersonDetails } from './usePersonDetails';
import { VulnerabilityFieldset } from './VulnerabilityFieldset';

const TITLE = "Customer's needs and details";

/**
 * The customer's names, addresses, contact details, reasonable adjustments, vulnerability,
 * representatives, the people they care for and their statutory roles, opened from a case.
 * What is recorded here is what the sanction checks use (BR-13, BR-28, BR-29, BR-31).
 */
export default function PersonDetailsScreen({ params }: ScreenProps): React.ReactElement {
  const details = usePersonDetails(params.caseId ?? '', params.personId);
  const { clock } = useAppServices();
  const { navigate } = useNavigation();
  const form = useFormStyles();
  const { load, draft, errors } = details;

  // Focus goes back to the heading when the conflict dialog closes (the save button may be disabled).
  const conflictOpen = details.conflict !== undefined;
  const wasOpen = React.useRef(conflictOpen);
  React.useEffect(() => {
    const closed = wasOpen.current && !conflictOpen;
    wasOpen.current = conflictOpen;
    if (closed) document.getElementById('screen-title')?.focus();
  }, [conflictOpen]);

  if (load.status === 'loading') {
    return (
      <ScreenLayout title={TITLE}>
        <LoadingState label="Loading the customer's details…" />
      </ScreenLayout>
    );
  }
  if (load.status === 'error') {
    return (
      <ScreenLayout title={TITLE}>
        <ErrorMessage error={load.error} title="The customer's details could not be opened" onRetry={details.reload} />
      </ScreenLayout>
    );
  }
  const back = (
    <Body1>
      <Button appearance="transparent" onClick={() => navigate('case', { caseId: load.kase.id })}>
        Back to the case
      </Button>
    </Body1>
  );
  if (load.status === 'refused' || load.status === 'noPerson' || !draft) {
    return (
      <ScreenLayout title={TITLE}>
        {back}
        <ErrorMessage
          title={load.status === 'refused' ? 'You cannot see this customer’s details' : 'There is no customer record for this case'}
          error={load.status === 'refused' ? load.reason : 'The case names a customer whose record could not be found.'}
        />
      </ScreenLayout>
    );
  }

  const set =
    <K extends keyof PersonDraft>(key: K): ((items: PersonDraft[K]) => void) =>
    (items) =>
      details.change({ [key]: items });

  return (
    <ScreenLayout title={`${TITLE}: ${displayName(load.stored.value)}`}>
      {back}
      <Body1 as="p">
        What is recorded here is checked whenever a restriction is proposed or reviewed, and shown to everyone handling the case (BR-31).
      </Body1>
      <form
        className={form.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          later(details.save());
        }}
      >
        <NamesFieldset draft={draft} onChange={details.change} errors={errors} />
        <AddressesFieldset items={draft.addresses} onChange={set('addresses')} errors={errors} />
        <ContactChannelsFieldset items={draft.contactChannels} onChange={set('contactChannels')} errors={errors} />
        <AdjustmentsFieldset
          items={draft.reasonableAdjustments}
          onChange={set('reasonableAdjustments')}
          errors={errors}
          today={clock.today()}
        />
        <VulnerabilityFieldset items={draft.vulnerabilityFlags} onChange={set('vulnerabilityFlags')} errors={errors} />
        <RepresentativesFieldset items={draft.representatives} onChange={set('representatives')} errors={errors} />
        <CaredForFieldset items={draft.isCarerOrRepresentativeFor} onChange={set('isCarerOrRepresentativeFor')} errors={errors} />
        <StatutoryRolesFieldset items={draft.statutoryRoles} onChange={set('statutoryRoles')} errors={errors} />
        {errors.length > 0 ? (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>The details cannot be saved yet</MessageBarTitle>
              <ul>
                {inFormOrder(errors).map((error) => (
                  <li key={`${error.field}-${error.code}`}>{describeProblem(error)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {details.saveError ? <ErrorMessage error={details.saveError} title="Not saved" /> : null}
        {details.savedAt ? (
          <MessageBar intent="success" role="status">
            <MessageBarBody>
              <MessageBarTitle>Saved</MessageBarTitle>
              The customer&apos;s needs and details were saved on {formatLongDate(dateOfInstant(details.savedAt))}.
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {details.unchanged ? (
          <MessageBar intent="info" role="status">
            <MessageBarBody>Nothing has changed, so there was nothing to save.</MessageBarBody>
          </MessageBar>
        ) : null}
        {details.warning ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{details.warning}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={form.actions}>
          <Button appearance="primary" type="submit" disabled={details.saving}>
            {details.saving ? 'Saving…' : 'Save the details'}
          </Button>
        </div>
      </form>
      <ConflictDialog
        open={details.conflict !== undefined}
        current={details.conflict?.current}
        changes={details.conflict?.changes}
        onReload={() => later(details.resolveConflict('reload'))}
        onMerge={() => later(details.resolveConflict('merge'))}
        onCancel={() => later(details.resolveConflict('cancel'))}
      />
    </ScreenLayout>
  );
}
