import * as React from 'react';
import { ROLE_LABELS, type Role } from '../../../domain';
import { SelectField } from '../../components/FormFields';
import { usePersonNames } from '../../components/PersonName';
import { useFormStyles } from '../../components/ScreenLayout';
import { useAppServices } from '../../services/AppServices';
import { seatLabel } from './panelDecision';

export interface PanelSeatsFieldsetProps {
  seatRoles: readonly (readonly Role[])[];
  seats: Record<number, string>;
  onChange(seats: Record<number, string>): void;
  /** Officers who declared earlier involvement are not offered (BR-03). */
  conflicted: ReadonlySet<string>;
  errorOf(field: string): string | undefined;
}

/** Who sat in each of the route's panel seats (BR-02), from the holders of the seat's roles. */
export function PanelSeatsFieldset({ seatRoles, seats, onChange, conflicted, errorOf }: PanelSeatsFieldsetProps): React.ReactElement {
  const { roleAssignments } = useAppServices();
  const nameOf = usePersonNames();
  const form = useFormStyles();
  const holders = (roles: readonly Role[]): { value: string; label: string }[] =>
    roles.flatMap((role) =>
      (roleAssignments[role] ?? []).map((userId) => ({ value: `${role}|${userId}`, label: `${nameOf(userId)} (${ROLE_LABELS[role]})` }))
    );
  return (
    <fieldset className={form.fieldset}>
      <legend className={form.legend}>Who sat on the panel</legend>
      {seatRoles.map((roles, index) => (
        <SelectField
          key={roles.join('-')}
          label={seatLabel(roles)}
          required
          placeholder="Choose who attended"
          value={seats[index] ?? ''}
          onChange={(value) => onChange({ ...seats, [index]: value })}
          choices={holders(roles).filter((choice) => !conflicted.has(choice.value.split('|')[1]))}
          error={errorOf(`seat${index}`)}
        />
      ))}
    </fieldset>
  );
}
