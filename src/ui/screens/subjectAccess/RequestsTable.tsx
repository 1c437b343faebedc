// The requests logged for the person, each with when it is due and, while it is still within its
// first month and unanswered, a way to extend it to three months (Art. 12(3)) with the reason
// the person will be told. The due date shown follows the extension; the domain decides what may
// be extended (checkSubjectAccessExtension), and the use case records it in the audit log.
import * as React from 'react';
import { Button, Text } from '@fluentui/react-components';
import { checkSubjectAccessExtension, type IsoDate } from '../../../domain';
import type { LoggedSubjectAccessRequest } from '../../../app/subjectAccess';
import { DateText, formatDate, TextAreaField, useFormStyles } from '../../components';
import { useSubjectAccessStyles } from './useSubjectAccessStyles';

export type ExtendResult = { ok: true } | { ok: false; message: string };

interface RequestsTableProps {
  requests: readonly LoggedSubjectAccessRequest[];
  today: IsoDate;
  onExport(request: LoggedSubjectAccessRequest): void;
  onExtend(request: LoggedSubjectAccessRequest, reason: string): Promise<ExtendResult>;
  running: boolean;
}

function ExtendForm({
  request,
  onExtend,
  onClose
}: {
  request: LoggedSubjectAccessRequest;
  onExtend(reason: string): Promise<ExtendResult>;
  onClose(): void;
}): React.ReactElement {
  const form = useFormStyles();
  const [reason, setReason] = React.useState('');
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const headingId = `sar-extend-${request.id}`;
  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setSaving(true);
    const outcome = await onExtend(reason);
    setSaving(false);
    if (outcome.ok) onClose();
    else setError(outcome.message);
  };
  return (
    <form
      noValidate
      aria-labelledby={headingId}
      className={form.form}
      onSubmit={(event) => {
        submit(event).catch(() => undefined);
      }}
    >
      <Text as="h4" weight="semibold" id={headingId}>
        Extend the request received on {formatDate(request.receivedOn)}
      </Text>
      <TextAreaField
        label="Why it needs longer"
        required
        value={reason}
        onChange={setReason}
        error={error}
        hint={`Tell the person, with this reason, by ${formatDate(request.dueOn)}. The answer will then be due three calendar months from the day it was received.`}
      />
      <div className={form.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          Extend to three months
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </form>
  );
}

export function RequestsTable({ requests, today, onExport, onExtend, running }: RequestsTableProps): React.ReactElement {
  const styles = useSubjectAccessStyles();
  const [extending, setExtending] = React.useState<string | undefined>(undefined);
  if (requests.length === 0) return <Text>No request has been logged for this person yet.</Text>;
  const chosen = requests.find((request) => request.id === extending);
  return (
    <>
      <table className={styles.table} aria-label="Requests logged">
        <thead>
          <tr>
            <th scope="col">Received</th>
            <th scope="col">Answer due by</th>
            <th scope="col">Extended to</th>
            <th scope="col">Export</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => {
            const mayExtend = checkSubjectAccessExtension({ ...request, answered: request.answered === true }, 'a reason', today).ok;
            return (
              <tr key={request.id}>
                <td>
                  <DateText value={request.receivedOn} />
                </td>
                <td>
                  <DateText value={request.extendedDueOn ?? request.dueOn} />
                </td>
                <td>
                  {request.extendedDueOn ? (
                    <>
                      <DateText value={request.extendedDueOn} />
                      {request.extensionReason ? <Text block>Why: {request.extensionReason}</Text> : null}
                    </>
                  ) : mayExtend ? (
                    <Button
                      onClick={() => setExtending(request.id)}
                      aria-label={`Extend the request received on ${formatDate(request.receivedOn)}`}
                    >
                      Extend
                    </Button>
                  ) : (
                    'Not extended'
                  )}
                </td>
                <td>
                  <Button
                    disabled={running}
                    onClick={() => onExport(request)}
                    aria-label={`Run the export for the request received on ${formatDate(request.receivedOn)}`}
                  >
                    Run the export
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {chosen ? (
        <ExtendForm
          key={chosen.id}
          request={chosen}
          onExtend={(reason) => onExtend(chosen, reason)}
          onClose={() => setExtending(undefined)}
        />
      ) : null}
    </>
  );
}
