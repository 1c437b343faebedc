import * as React from 'react';
import { Body1, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useFormStyles } from '../../components/ScreenLayout';

const useStyles = makeStyles({
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0
  },
  itemLegend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  error: { color: tokens.colorPaletteRedForeground1 }
});

export interface RepeatingGroupProps<T> {
  /** The group's heading, e.g. "Reasonable adjustments". */
  legend: string;
  /** One item's name with its number, e.g. "Reasonable adjustment 2". */
  itemLabel(index: number): string;
  /** Button text, e.g. "Add a reasonable adjustment". */
  addLabel: string;
  /** Said when the list is empty. */
  emptyText: string;
  hint?: React.ReactNode;
  /** A message about the list as a whole (e.g. more than one preferred contact). */
  error?: string;
  items: readonly T[];
  onChange(items: T[]): void;
  newItem(): T;
  /** The item's fields; `replace` puts a changed copy of the item in its place. */
  renderItem(item: T, index: number, replace: (next: T) => void): React.ReactNode;
}

/**
 * A list the user adds to and removes from: each item in its own fieldset named by its number,
 * with a remove button that says which item it removes. Focus moves to the new item's first
 * field when one is added, and to the add button when one is removed.
 */
export function RepeatingGroup<T>(props: RepeatingGroupProps<T>): React.ReactElement {
  const form = useFormStyles();
  const styles = useStyles();
  const itemsRef = React.useRef<HTMLDivElement>(null);
  const addRef = React.useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = React.useState<{ index: number } | 'add' | undefined>(undefined);

  React.useEffect(() => {
    if (focusTarget === undefined) return;
    if (focusTarget === 'add') addRef.current?.focus();
    else {
      const item = itemsRef.current?.querySelectorAll(':scope > fieldset')[focusTarget.index];
      item?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    }
    setFocusTarget(undefined);
  }, [focusTarget]);

  const { items, onChange } = props;
  const replace =
    (index: number): ((next: T) => void) =>
    (next) =>
      onChange(items.map((item, i) => (i === index ? next : item)));

  return (
    <fieldset className={form.fieldset}>
      <legend className={form.legend}>{props.legend}</legend>
      {props.hint ? <Body1 as="p">{props.hint}</Body1> : null}
      {props.error ? (
        <Text role="alert" className={styles.error}>
          {props.error}
        </Text>
      ) : null}
      <div ref={itemsRef} className={form.fieldset}>
        {items.length === 0 ? <Body1 as="p">{props.emptyText}</Body1> : null}
        {items.map((item, index) => (
          <fieldset key={index} className={styles.item}>
            <legend className={styles.itemLegend}>{props.itemLabel(index)}</legend>
            {props.renderItem(item, index, replace(index))}
            <div className={form.actions}>
              <Button
                appearance="secondary"
                onClick={() => {
                  onChange(items.filter((_, i) => i !== index));
                  setFocusTarget('add');
                }}
              >
                Remove {props.itemLabel(index).toLowerCase()}
              </Button>
            </div>
          </fieldset>
        ))}
      </div>
      <div className={form.actions}>
        <Button
          ref={addRef}
          onClick={() => {
            onChange([...items, props.newItem()]);
            setFocusTarget({ index: items.length });
          }}
        >
          {props.addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
