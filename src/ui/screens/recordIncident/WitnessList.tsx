import * as React from 'react';
import { Button, Checkbox, Field } from '@fluentui/react-components';
import type { Witness } from '../../../domain';
import { TextField } from '../../components/FormFields';
import { useFormStyles } from '../../components/ScreenLayout';

export interface WitnessListProps {
  witnesses: Witness[];
  onChange(witnesses: Witness[]): void;
  error?: string;
}

/** Witnesses, each marked staff or third party (third parties are redacted on a subject access request, BR-23). */
export function WitnessList({ witnesses, onChange, error }: WitnessListProps): React.ReactElement {
  const styles = useFormStyles();
  const [name, setName] = React.useState('');
  const [thirdParty, setThirdParty] = React.useState(false);
  const add = (): void => {
    if (name.trim() === '') return;
    onChange([...witnesses, { name: name.trim(), isThirdParty: thirdParty }]);
    setName('');
    setThirdParty(false);
  };
  return (
    <div className={styles.fieldset}>
      {witnesses.length > 0 ? (
        <ul aria-label="Witnesses added">
          {witnesses.map((witness, index) => (
            <li key={`${witness.name}-${index}`}>
              {witness.name} {witness.isThirdParty ? '(not council staff)' : '(council staff)'}{' '}
              <Button
                size="small"
                appearance="subtle"
                aria-label={`Remove witness ${witness.name}`}
                onClick={() => onChange(witnesses.filter((_, i) => i !== index))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <TextField label="Witness name (optional)" value={name} onChange={setName} error={error} autoComplete="off" />
      <Field>
        <Checkbox
          label="This witness is not council staff"
          checked={thirdParty}
          onChange={(_, data) => setThirdParty(data.checked === true)}
        />
      </Field>
      <div className={styles.actions}>
        <Button onClick={add} disabled={name.trim() === ''}>
          Add witness
        </Button>
      </div>
    </div>
  );
}
