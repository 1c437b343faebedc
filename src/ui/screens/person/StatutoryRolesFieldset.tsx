import * as React from 'react';
import { STATUTORY_ROLE_LABELS, STATUTORY_ROLES } from '../../../domain';
import { errorFor, SelectField, TextAreaField } from '../../components/FormFields';
import type { GroupProps, StatutoryRoleDraft } from './personDraft';
import { RepeatingGroup } from './RepeatingGroup';

/** Statutory roles that must keep information and participation flowing (BR-29). */
export function StatutoryRolesFieldset({ items, onChange, errors }: GroupProps<StatutoryRoleDraft>): React.ReactElement {
  return (
    <RepeatingGroup<StatutoryRoleDraft>
      legend="Statutory roles"
      hint="A proposed restriction must say how someone with a statutory role still gets information and takes part, and the approver confirms it (BR-29)."
      itemLabel={(i) => `Statutory role ${i + 1}`}
      addLabel="Add a statutory role"
      emptyText="No statutory roles recorded."
      items={items}
      onChange={onChange}
      newItem={() => ({ role: '', detail: '' })}
      renderItem={(role, index, replace) => (
        <>
          <SelectField
            label="Role"
            required
            placeholder="Choose a role"
            value={role.role}
            onChange={(value) => replace({ ...role, role: value })}
            choices={STATUTORY_ROLES.map((value) => ({ value, label: STATUTORY_ROLE_LABELS[value] }))}
            error={errorFor(errors, `statutoryRoles[${index}].role`)}
          />
          <TextAreaField
            label="Details (optional)"
            rows={2}
            value={role.detail}
            onChange={(detail) => replace({ ...role, detail })}
            error={errorFor(errors, `statutoryRoles[${index}].detail`)}
          />
        </>
      )}
    />
  );
}
