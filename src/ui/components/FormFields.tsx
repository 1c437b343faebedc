import * as React from 'react';
import {
  Checkbox,
  Field,
  Input,
  Label,
  makeStyles,
  mergeClasses,
  Select,
  Text,
  Textarea,
  tokens,
  useId,
  type FieldProps
} from '@fluentui/react-components';

/*
 * Thin wrappers over Fluent's Field so every form shows labels, hints and validation
 * messages the same way (Field wires aria-describedby and aria-invalid for us).
 */

interface BaseFieldProps {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  className?: string;
}

function fieldProps({ label, hint, error, required, className }: BaseFieldProps): FieldProps {
  return {
    label,
    hint,
    required,
    className,
    validationMessage: error,
    validationState: error ? 'error' : 'none'
  };
}

export interface TextFieldProps extends BaseFieldProps {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'date' | 'time' | 'datetime-local' | 'email' | 'tel' | 'number' | 'search';
  maxLength?: number;
  name?: string;
  autoComplete?: string;
}

export function TextField(props: TextFieldProps): React.ReactElement {
  return (
    <Field {...fieldProps(props)}>
      <Input
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        maxLength={props.maxLength}
        autoComplete={props.autoComplete}
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}

export interface TextAreaFieldProps extends BaseFieldProps {
  value: string;
  onChange(value: string): void;
  rows?: number;
  maxLength?: number;
  name?: string;
}

export function TextAreaField(props: TextAreaFieldProps): React.ReactElement {
  return (
    <Field {...fieldProps(props)}>
      <Textarea
        name={props.name}
        value={props.value}
        rows={props.rows ?? 4}
        maxLength={props.maxLength}
        resize="vertical"
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export interface SelectFieldProps extends BaseFieldProps {
  value: string;
  onChange(value: string): void;
  choices: readonly Choice[];
  /** Shown as the first, empty option (e.g. "Choose a channel"). */
  placeholder?: string;
  name?: string;
}

// A native select is as wide as its longest option: on a 320 px screen (WCAG 1.4.10) a long
// name (an Ombudsman's) would push the page sideways. It takes the width it is given instead.
const useSelectStyles = makeStyles({
  root: { maxWidth: '100%', minWidth: 0 },
  select: { maxWidth: '100%', minWidth: 0, textOverflow: 'ellipsis' }
});

export function SelectField(props: SelectFieldProps): React.ReactElement {
  const styles = useSelectStyles();
  return (
    <Field {...fieldProps(props)}>
      <Select
        className={styles.root}
        select={{ className: styles.select }}
        name={props.name}
        value={props.value}
        onChange={(_, data) => props.onChange(data.value)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export interface CheckboxGroupFieldProps extends BaseFieldProps {
  values: readonly string[];
  onChange(values: string[]): void;
  choices: readonly (Choice & { description?: string })[];
}

const useGroupStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1 }
});

/**
 * A group of checkboxes. Not wrapped in Field: Field would give every checkbox the same id.
 * The group is labelled and described by its own label, hint and error instead.
 */
export function CheckboxGroupField(props: CheckboxGroupFieldProps): React.ReactElement {
  const labelId = useId('group-label');
  const messageId = useId('group-message');
  const styles = useGroupStyles();
  const toggle = (value: string, checked: boolean): void => {
    const without = props.values.filter((v) => v !== value);
    props.onChange(checked ? [...without, value] : without);
  };
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-describedby={props.error || props.hint ? messageId : undefined}
      className={mergeClasses(styles.root, props.className)}
    >
      <Label id={labelId} required={props.required}>
        {props.label}
      </Label>
      {props.error ? (
        <Text id={messageId} className={styles.error}>
          {props.error}
        </Text>
      ) : props.hint ? (
        <Text id={messageId} size={200}>
          {props.hint}
        </Text>
      ) : null}
      {props.choices.map((choice) => (
        <Checkbox
          key={choice.value}
          label={choice.label}
          checked={props.values.indexOf(choice.value) >= 0}
          onChange={(_, data) => toggle(choice.value, data.checked === true)}
        />
      ))}
    </div>
  );
}

/** Helper for screens: the first error for a field from a list of domain ValidationErrors. */
export function errorFor(errors: readonly { field: string; message: string }[], field: string): string | undefined {
  const hit = errors.filter(
    (error) => error.field === field || error.field.indexOf(`${field}.`) === 0 || error.field.indexOf(`${field}[`) === 0
  )[0];
  return hit ? hit.message : undefined;
}
