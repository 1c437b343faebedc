import * as React from 'react';
import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';

export interface ConflictDialogProps<T> {
  open: boolean;
  /** The record as the server holds it now (from the ConflictError). */
  current: T | undefined;
  /** Plain-words list of what the other person changed, when the screen can tell. */
  changes?: readonly string[];
  /** Discard my edits and show the server's version. */
  onReload(current: T | undefined): void;
  /** Re-apply my edits on top of the server's version, then save again (with its etag). */
  onMerge(current: T | undefined): void;
  onCancel(): void;
}

/**
 * Someone saved the record while this user was editing it. The user chooses: reload (lose
 * my edits) or merge (apply my edits to the latest version). There is no "overwrite".
 */
export function ConflictDialog<T>({ open, current, changes, onReload, onMerge, onCancel }: ConflictDialogProps<T>): React.ReactElement {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface aria-describedby="conflict-dialog-text">
        <DialogBody>
          <DialogTitle>Someone else changed this record</DialogTitle>
          <DialogContent id="conflict-dialog-text">
            <Body1 as="p">
              Another person saved this record while you were working on it. Your changes have not been saved. You can load their version
              and start again, or apply your changes on top of theirs.
            </Body1>
            {changes && changes.length > 0 ? (
              <ul>
                {changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onMerge(current)}>
              Apply my changes to the latest version
            </Button>
            <Button onClick={() => onReload(current)}>Load the latest version</Button>
            <Button appearance="subtle" onClick={onCancel}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
