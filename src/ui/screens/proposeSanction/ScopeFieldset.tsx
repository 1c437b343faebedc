import * as React from 'react';
import { SelectField, TextField } from '../../components/FormFields';
import { PersonPicker } from '../../components/PersonPicker';
import { useFormStyles } from '../../components/ScreenLayout';
import type { CouncilWideBasis, RestrictionScopeDraft, ScopeKind } from './restrictionScopeDraft';

const SCOPE_LABELS: Readonly<Record<ScopeKind, string>> = {
  service: 'One service',
  team: 'One team',
  person: 'Contact with one member of staff',
  councilWide: 'All council services (needs a recorded reason)',
  premisesExclusion: 'Exclusion from premises',
  publicMeetingExclusion: 'Exclusion from public meetings'
};

const COUNCIL_WIDE_BASIS_LABELS: Readonly<Record<CouncilWideBasis, string>> = {
  riskToStaff: 'A risk to the safety of staff',
  multiServiceBehaviour: 'The behaviour has happened across several services'
};

const SCOPE_VALUE_LABELS: Readonly<Record<ScopeKind, string>> = {
  service: 'Service',
  team: 'Team',
  person: 'Member of staff',
  councilWide: 'Why it must be council-wide',
  premisesExclusion: 'Sites (comma separated)',
  publicMeetingExclusion: 'Public meetings the person may not attend'
};

export interface ScopeFieldsetProps {
  legend: string;
  draft: RestrictionScopeDraft;
  onChange(patch: Partial<RestrictionScopeDraft>): void;
  /** The case's lead service: a blank service scope means this one. */
  leadService: string;
  /** The domain's message about the scope (BR-19, BR-30). */
  scopeError?: string;
  /** Shown when the council-wide basis is still unchosen and the officer tried to save. */
  showBasisError: boolean;
  /** The date fields of the form using it. */
  children?: React.ReactNode;
}

/** Where a restriction applies, with the recorded reason a council-wide scope needs (BR-19). */
export function ScopeFieldset(props: ScopeFieldsetProps): React.ReactElement {
  const form = useFormStyles();
  const { draft, onChange } = props;
  return (
    <fieldset className={form.fieldset}>
      <legend className={form.legend}>{props.legend}</legend>
      <SelectField
        label="Where it applies"
        required
        value={draft.scopeKind}
        onChange={(value) => onChange({ scopeKind: value as ScopeKind })}
        choices={(Object.keys(SCOPE_LABELS) as ScopeKind[]).map((k) => ({ value: k, label: SCOPE_LABELS[k] }))}
        error={props.scopeError}
      />
      {draft.scopeKind === 'councilWide' ? (
        <SelectField
          label="Reason it must be council-wide"
          required
          placeholder="Choose the reason"
          hint="Council-wide restrictions are the exception (BR-19): only for a risk to staff or behaviour across several services."
          value={draft.councilWideBasis}
          onChange={(value) => onChange({ councilWideBasis: value as CouncilWideBasis | '' })}
          choices={(Object.keys(COUNCIL_WIDE_BASIS_LABELS) as CouncilWideBasis[]).map((b) => ({
            value: b,
            label: COUNCIL_WIDE_BASIS_LABELS[b]
          }))}
          error={
            props.showBasisError && draft.councilWideBasis === '' ? 'Choose why the restriction must apply across the council.' : undefined
          }
        />
      ) : null}
      {draft.scopeKind === 'person' ? (
        <PersonPicker
          label={SCOPE_VALUE_LABELS.person}
          hint="Type their name and choose them: the restriction covers contact with this member of staff only."
          required
          value={draft.scopeValue}
          onChange={(scopeValue) => onChange({ scopeValue })}
          error={props.scopeError}
        />
      ) : (
        <TextField
          label={draft.scopeKind === 'service' ? `Service (leave blank for ${props.leadService})` : SCOPE_VALUE_LABELS[draft.scopeKind]}
          required={draft.scopeKind !== 'service'}
          value={draft.scopeValue}
          onChange={(scopeValue) => onChange({ scopeValue })}
          error={draft.scopeKind === 'service' ? undefined : props.scopeError}
        />
      )}
      {props.children}
    </fieldset>
  );
}
