// How a setting is edited and what saving it came to, in a file of their own so that the setting editor's hooks import them one way.

import type { IsoInstant, Result, SettingKey, ValidationError } from '../../../domain';
import type { Stored } from '../../../data/ports';

/** How one setting is edited: checked by the domain, shown as a form draft, audited by what changed. */
export interface SettingEditorSpec<T, D> {
  key: SettingKey;
  /** The Settings list's description of the item. */
  description: string;
  parse(value: unknown): Result<T, ValidationError[]>;
  /** The stored value checked, when it is not shaped like what the form gives parse (default: parse). */
  parseStored?(value: unknown): Result<T, ValidationError[]>;
  /** The form's starting point: the stored value (a broken one as far as it goes), or the default when never saved. */
  draftOf(stored: unknown): D;
  /** What the form would save, before the domain checks it. */
  valueOf(draft: D): unknown;
  /** What changed, for the audit entry; undefined when nothing did. `before` is undefined when nothing valid was stored. */
  changes(before: T | undefined, after: T): Readonly<Record<string, unknown>> | undefined;
}

export type SettingSaveOutcome =
  | { kind: 'saved'; at: IsoInstant; auditWritten: boolean }
  | { kind: 'unchanged' }
  /** Someone else saved since this form was loaded: nothing was written; the latest can be loaded. */
  | { kind: 'conflict'; current: Stored<unknown> | undefined }
  | { kind: 'failed'; error: unknown };
