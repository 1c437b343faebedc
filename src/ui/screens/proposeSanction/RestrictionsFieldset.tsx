import * as React from 'react';
import { Checkbox } from '@fluentui/react-components';
import { SANCTION_CATALOGUE, SANCTION_TYPE_CODES } from '../../../domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormFields';
import { PersonPicker } from '../../components/PersonPicker';
import { useFormStyles } from '../../components/ScreenLayout';
import { PARAMETER_FIELDS } from './restrictionParameters';
import type { RestrictionScopeDraft } from './restrictionScopeDraft';

export interface RestrictionsFieldsetProps {
  draft: RestrictionScopeDraft;
  onChange(patch: Partial<RestrictionScopeDraft>): void;
  /** The domain's message about the restrictions as a whole (e.g. none chosen). */
  error?: string;
}

/**
 * The catalogue (R01-R17) as checkboxes, each chosen restriction with its typed parameters
 * and the catalogue's proportionality note. Used to propose a sanction and to amend one.
 */
export function RestrictionsFieldset({ draft, onChange, error }: RestrictionsFieldsetProps): React.ReactElement {
  const form = useFormStyles();
  return (
    <fieldset className={form.fieldset}>
      <legend className={form.legend}>Restrictions (choose the fewest that will work)</legend>
      {error ? <ErrorMessage title="Restrictions" error={error} /> : null}
      {SANCTION_TYPE_CODES.map((code) => {
        const info = SANCTION_CATALOGUE[code];
        const chosen = draft.codes.indexOf(code) >= 0;
        return (
          <div key={code}>
            <Checkbox
              label={`${code}: ${info.label}. ${info.description}`}
              checked={chosen}
              onChange={(_, data) => onChange({ codes: data.checked ? [...draft.codes, code] : draft.codes.filter((c) => c !== code) })}
            />
            {chosen ? (
              <div className={form.fieldset}>
                <p>{info.proportionalityNote}</p>
                {PARAMETER_FIELDS[code].map((field) => {
                  const props = {
                    label: `${code}: ${field.label}`,
                    value: draft.parameters[code]?.[field.key] ?? '',
                    onChange: (value: string) =>
                      onChange({ parameters: { ...draft.parameters, [code]: { ...(draft.parameters[code] ?? {}), [field.key]: value } } })
                  };
                  return field.person ? <PersonPicker key={field.key} {...props} /> : <TextField key={field.key} {...props} />;
                })}
              </div>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
