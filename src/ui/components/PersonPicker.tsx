import * as React from 'react';
import { Combobox, Field, Option, type ComboboxProps } from '@fluentui/react-components';
import { useAppServices } from '../services/AppServices';
import type { DirectoryPerson } from '../services/people';
import { usePersonName } from './PersonName';

export interface PersonPickerProps {
  label: string;
  hint?: string;
  required?: boolean;
  error?: string;
  /** The chosen person's id (Entra object id), or what was typed when no one was chosen. */
  value: string;
  onChange(value: string): void;
}

/** How long typing pauses before the directory is searched (one Graph call, not one a key). */
const SEARCH_DELAY_MS = 250;

/**
 * Choose a member of staff by name: typing two letters or more searches the people directory
 * (Microsoft Graph in the web part) and offers matching people; choosing one sets their id as
 * the value, while the box shows their name. Text that is not chosen from the list is passed
 * on as typed, so an id can still be pasted and the form's own checks see it.
 */
export function PersonPicker(props: PersonPickerProps): React.ReactElement {
  const { people } = useAppServices();
  // usePersonName asks the directory for the id and re-renders when it is named.
  const label = usePersonName(props.value);
  const name = props.value !== '' && label !== props.value ? label : undefined;
  const [text, setText] = React.useState(name ?? props.value);
  const [options, setOptions] = React.useState<readonly DirectoryPerson[]>([]);
  const [open, setOpen] = React.useState(false);
  const latest = React.useRef(0);

  // The value the box last passed on: anything else came from outside (a prefill, a reset).
  const passedOn = React.useRef(props.value);
  React.useEffect(() => {
    if (props.value !== passedOn.current) {
      passedOn.current = props.value;
      setText(name ?? props.value);
    } else if (name !== undefined) {
      // The directory named the current id later (Graph answered): show the name.
      setText((shown) => (shown === props.value ? name : shown));
    }
  }, [name, props.value]);

  React.useEffect(() => {
    const term = text.trim();
    if (term.length < 2 || term === name) {
      setOptions([]);
      setOpen(false);
      return undefined;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      people
        .search(term)
        .then((found) => {
          if (ticket !== latest.current) return;
          setOptions(found);
          // The suggestions open when they arrive, as the person is still typing.
          setOpen(found.length > 0);
        })
        .catch(() => undefined);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [people, text, name]);

  const onInput: ComboboxProps['onChange'] = (event) => {
    setText(event.target.value);
    passedOn.current = event.target.value.trim();
    props.onChange(passedOn.current);
  };
  const onOptionSelect: ComboboxProps['onOptionSelect'] = (_, data) => {
    if (!data.optionValue) return;
    setText(data.optionText ?? data.optionValue);
    setOpen(false);
    passedOn.current = data.optionValue;
    props.onChange(data.optionValue);
  };

  return (
    <Field
      label={props.label}
      hint={props.hint}
      required={props.required}
      validationMessage={props.error}
      validationState={props.error ? 'error' : 'none'}
    >
      <Combobox
        freeform
        value={text}
        open={open && options.length > 0}
        onOpenChange={(_, data) => setOpen(data.open)}
        selectedOptions={[props.value]}
        onChange={onInput}
        onOptionSelect={onOptionSelect}
      >
        {options.map((person) => (
          <Option key={person.id} value={person.id} text={person.displayName}>
            {person.email ? `${person.displayName} (${person.email})` : person.displayName}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
