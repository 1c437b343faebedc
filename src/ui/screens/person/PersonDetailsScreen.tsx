import * as React from 'react';
import { Body1, Button } from '@fluentui/react-components';
import { displayName } from '../../../domain';
import { ConflictDialog } from '../../components/ConflictDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { later } from '../../components/later';
import { LoadingState } from '../../components/LoadingState';
import { ScreenLayout } from '../../components/ScreenLayout';
import { useNavigation } from '../../navigation/navigation';
import type { ScreenProps } from '../../navigation/screenProps';
import { PersonDetailsForm } from './PersonDetailsForm';
import { useFocusTitleAfterDialog } from './useFocusTitleAfterDialog';
import { usePersonDetails, type PersonDetails } from './usePersonDetails';

const TITLE = "Customer's needs and details";

function PersonConflictDialog({ details }: { details: PersonDetails }): React.ReactElement {
  return (
    <ConflictDialog
      open={details.conflict !== undefined}
      current={details.conflict?.current}
      changes={details.conflict?.changes}
      onReload={() => later(details.resolveConflict('reload'))}
      onMerge={() => later(details.resolveConflict('merge'))}
      onCancel={() => later(details.resolveConflict('cancel'))}
    />
  );
}

/**
 * The customer's names, addresses, contact details, reasonable adjustments, vulnerability,
 * representatives, the people they care for and their statutory roles, opened from a case.
 * What is recorded here is what the sanction checks use (BR-13, BR-28, BR-29, BR-31).
 */
export default function PersonDetailsScreen({ params }: ScreenProps): React.ReactElement {
  const details = usePersonDetails(params.caseId ?? '', params.personId);
  const { navigate } = useNavigation();
  const { load, draft } = details;
  useFocusTitleAfterDialog(details.conflict !== undefined);

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
  return (
    <ScreenLayout title={`${TITLE}: ${displayName(load.stored.value)}`}>
      {back}
      <Body1 as="p">
        What is recorded here is checked whenever a restriction is proposed or reviewed, and shown to everyone handling the case (BR-31).
      </Body1>
      <PersonDetailsForm details={details} draft={draft} />
      <PersonConflictDialog details={details} />
    </ScreenLayout>
  );
}
