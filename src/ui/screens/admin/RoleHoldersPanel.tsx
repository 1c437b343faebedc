import * as React from 'react';
import { Body1, Button } from '@fluentui/react-components';
import { consequencesFor, type Role } from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { useFormStyles } from '../../components/ScreenLayout';
import { RoleHolderField } from './RoleHolderField';
import { SettingSaveStatus, StoredProblems } from './SettingSaveStatus';
import { useAdminRoleHolders } from './useAdminRoleHolders';

/** The roles named here, grouped as the policy groups them (spec 5.1). */
const SECTIONS: readonly { title: string; roles: readonly Role[] }[] = [
  { title: 'Case officers', roles: ['customerRelationsOfficer', 'alternateOfficer', 'customerIctBusinessManager'] },
  { title: 'Approvers and the invocation panels', roles: ['executiveDirector', 'headOfService', 'monitoringOfficer'] },
  { title: 'Appeals', roles: ['appealReviewer'] },
  {
    title: 'Specialist officers and named contacts',
    roles: ['healthSafetyAdviser', 'foiOfficer', 'safeguardingContact', 'dataProtectionOfficer']
  }
];

/** Role holders by people picker, with the separation-of-duties consequence of each choice. */
export function RoleHoldersPanel(): React.ReactElement {
  const { editor, consequences, add, remove } = useAdminRoleHolders();
  const form = useFormStyles();
  if (editor.status === 'loading') return <LoadingState label="Loading the role holders…" />;
  if (editor.status === 'error')
    return <ErrorMessage error={editor.loadError} title="The role holders could not be loaded" onRetry={editor.reload} />;
  const blocked = consequences.filter((consequence) => consequence.severity === 'blocked').length;
  const atRisk = consequences.length - blocked;
  return (
    <form
      className={form.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        editor.save().catch(() => undefined);
      }}
    >
      <Body1 as="p">
        Who holds each role decides who may approve, sit on a panel or hear an appeal. Staff, line managers, monitoring, auditors and
        councillors come from their SharePoint groups instead. A change applies to each person the next time they open Customer Case
        Management.
      </Body1>
      <StoredProblems what="The role holders" problems={editor.storedProblems} />
      <Body1 as="p" role="status">
        {consequences.length === 0
          ? 'With these holders every duty has someone able to do it independently.'
          : `With these holders, ${blocked} thing${blocked === 1 ? '' : 's'} cannot happen and ${atRisk} ${atRisk === 1 ? 'is' : 'are'} at risk: see the roles marked below.`}
      </Body1>
      {SECTIONS.map((section) => (
        <fieldset key={section.title} className={form.fieldset}>
          <legend className={form.legend}>{section.title}</legend>
          {section.roles.map((role) => (
            <RoleHolderField
              key={role}
              role={role}
              holders={editor.draft[role] ?? []}
              consequences={consequencesFor(role, consequences)}
              errors={editor.errors}
              add={add}
              remove={remove}
            />
          ))}
        </fieldset>
      ))}
      <SettingSaveStatus what="The role holders" outcome={editor.outcome} errors={editor.errors} onLoadLatest={editor.loadLatest} />
      <div className={form.actions}>
        <Button type="submit" appearance="primary" disabled={editor.saving}>
          {editor.saving ? 'Saving…' : 'Save the role holders'}
        </Button>
      </div>
    </form>
  );
}
