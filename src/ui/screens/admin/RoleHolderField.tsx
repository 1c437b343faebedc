import * as React from 'react';
import { Body1, Button, makeStyles, Subtitle2, Text, tokens, useId } from '@fluentui/react-components';
import { dutiesOf, ROLE_LABELS, type Role, type SeparationConsequence } from '../../../domain';
import { errorFor } from '../../components/FormFields';
import { usePersonNames } from '../../components/PersonName';
import { PersonPicker } from '../../components/PersonPicker';
import { ConsequenceMessages } from './ConsequenceMessages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  holders: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  holder: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  add: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  error: { color: tokens.colorPaletteRedForeground1 }
});

export interface RoleHolderFieldProps {
  role: Role;
  holders: readonly string[];
  /** This role's consequences (consequencesFor). */
  consequences: readonly SeparationConsequence[];
  errors: readonly { field: string; message: string }[];
  add(role: Role, id: string): boolean;
  remove(role: Role, id: string): void;
}

/**
 * One role: what it lets its holders do, who holds it (each removable), a people picker to add
 * someone, and what the choice means for separation of duties.
 */
function RoleHolderFieldView({ role, holders, consequences, errors, add, remove }: RoleHolderFieldProps): React.ReactElement {
  const styles = useStyles();
  const headingId = useId('role-heading');
  const nameOf = usePersonNames();
  const [chosen, setChosen] = React.useState('');
  const [pickError, setPickError] = React.useState<string | undefined>(undefined);
  const label = ROLE_LABELS[role];
  const error = errorFor(errors, role);

  const onAdd = (): void => {
    if (add(role, chosen)) {
      setChosen('');
      setPickError(undefined);
    } else {
      setPickError('Type two or more letters of the person’s name, then choose them from the list.');
    }
  };

  return (
    <div role="group" aria-labelledby={headingId} className={styles.root}>
      <Subtitle2 as="h4" id={headingId}>
        {label}
      </Subtitle2>
      {dutiesOf(role).map((duty) => (
        <Body1 as="p" key={duty}>
          {duty}
        </Body1>
      ))}
      {holders.length === 0 ? (
        <Text as="p">Nobody holds this role.</Text>
      ) : (
        <ul className={styles.holders} aria-label={`Who holds the role: ${label}`}>
          {holders.map((id) => (
            <li key={id} className={styles.holder}>
              <span>{nameOf(id)}</span>
              <Button size="small" onClick={() => remove(role, id)} aria-label={`Remove ${nameOf(id)} as ${label}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <Text as="p" className={styles.error}>
          {error}
        </Text>
      ) : null}
      <div className={styles.add}>
        <PersonPicker label={`Add a person as ${label}`} value={chosen} onChange={setChosen} error={pickError} />
        <Button onClick={onAdd} aria-label={`Add as ${label}`}>
          Add
        </Button>
      </div>
      <ConsequenceMessages consequences={consequences} />
    </div>
  );
}

function sameConsequences(a: readonly SeparationConsequence[], b: readonly SeparationConsequence[]): boolean {
  return a.length === b.length && a.every((consequence, index) => consequence.message === b[index].message);
}

/**
 * Re-rendered only when its own role changes: the form has a dozen roles, each with a people
 * picker, and a change to one should not redraw the others.
 */
export const RoleHolderField = React.memo(
  RoleHolderFieldView,
  (before, after) =>
    before.role === after.role &&
    before.errors === after.errors &&
    before.add === after.add &&
    before.remove === after.remove &&
    before.holders.length === after.holders.length &&
    before.holders.every((id, index) => id === after.holders[index]) &&
    sameConsequences(before.consequences, after.consequences)
);
