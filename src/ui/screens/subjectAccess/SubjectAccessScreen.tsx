// The data protection officer's screen (BR-23, UK GDPR Art. 15): find the person, log the
// request with the day it was received, see when it must be answered (and extend it within its
// first month, Art. 12(3)), run the export and download the readable Word bundle, the
// machine-readable JSON and one zip file with both and the letters' own documents. Offered only to the DPO
// (routes.ts, SUBJECT_ACCESS_ROLES); SharePoint refuses anyone else the lists it reads.
import * as React from 'react';
import { Button, Checkbox, Field, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, Title3 } from '@fluentui/react-components';
import { ErrorMessage, LoadingState, ScreenLayout, TextField, useFormStyles } from '../../components';
import type { ScreenProps } from '../../navigation/screenProps';
import { useObjectUrl } from '../letters/useObjectUrl';
import { useSubjectAccess, type ExportedFiles, type FoundPerson, type SearchState } from './useSubjectAccess';
import { useSubjectAccessStyles } from './useSubjectAccessStyles';
import { RequestsTable } from './RequestsTable';

interface FindPersonProps {
  search: SearchState;
  find(query: string): Promise<void>;
  onChoose(person: FoundPerson): void;
}

function FindPerson({ search, find, onChoose }: FindPersonProps): React.ReactElement {
  const form = useFormStyles();
  const styles = useSubjectAccessStyles();
  const [query, setQuery] = React.useState('');
  const [error, setError] = React.useState<string | undefined>(undefined);
  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (query.trim().length < 2) {
      setError('Enter at least two letters of the person’s name.');
      return;
    }
    setError(undefined);
    find(query.trim()).catch(() => undefined);
  };
  return (
    <div className={form.form}>
      <form role="search" aria-label="Find the person" className={form.form} onSubmit={submit}>
        <TextField
          label="The person’s name"
          hint="Any name they are known by: surname, full name or an alias."
          value={query}
          onChange={setQuery}
          error={error}
          type="search"
          autoComplete="off"
        />
        <div className={form.actions}>
          <Button type="submit" appearance="primary">
            Find
          </Button>
        </div>
      </form>
      {search.status === 'searching' ? <LoadingState label="Finding people" /> : null}
      {search.status === 'failed' ? <ErrorMessage error={search.message} title="The search did not work" /> : null}
      {search.status === 'done' && search.people.length === 0 ? (
        <Text role="status">Nobody is recorded under “{search.query}”. Check the spelling, or try another name they use.</Text>
      ) : null}
      {search.status === 'done' && search.people.length > 0 ? (
        <ul aria-label="People found" className={styles.list}>
          {search.people.map((person) => (
            <li key={person.personId} className={styles.row}>
              <Text>
                {person.name}
                {person.matchedAs ? ` (recorded as ${person.matchedAs})` : ''}
                {person.address ? `, ${person.address}` : ''}
              </Text>
              <Button onClick={() => onChoose(person)} aria-label={`Choose ${person.name}`}>
                Choose
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function LogRequestForm({
  onLog
}: {
  onLog(receivedOn: string, complex: boolean): Promise<{ ok: true } | { ok: false; message: string }>;
}): React.ReactElement {
  const form = useFormStyles();
  const [receivedOn, setReceivedOn] = React.useState('');
  const [complex, setComplex] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setSaving(true);
    const outcome = await onLog(receivedOn, complex);
    setSaving(false);
    if (outcome.ok) {
      setReceivedOn('');
      setComplex(false);
      setError(undefined);
    } else setError(outcome.message);
  };
  return (
    <form
      noValidate
      aria-labelledby="sar-log-heading"
      className={form.form}
      onSubmit={(event) => {
        submit(event).catch(() => undefined);
      }}
    >
      <Title3 as="h3" id="sar-log-heading">
        Log a request
      </Title3>
      <TextField
        label="Date the request was received"
        type="date"
        required
        value={receivedOn}
        onChange={setReceivedOn}
        error={error}
        hint="The answer is due one calendar month from this day."
      />
      <Field hint="Art. 12(3): complex requests, or several from the person, may take two further months. Tell the person within the first month.">
        <Checkbox
          label="Complex request: extend by two further months"
          checked={complex}
          onChange={(_, data) => setComplex(data.checked === true)}
        />
      </Field>
      <div className={form.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          Log the request
        </Button>
      </div>
    </form>
  );
}

function Downloads({ files }: { files: ExportedFiles }): React.ReactElement {
  const styles = useSubjectAccessStyles();
  const docxUrl = useObjectUrl(files.docx.blob);
  const jsonUrl = useObjectUrl(files.json.blob);
  const zipUrl = useObjectUrl(files.zip.blob);
  const flagged = files.bundle.thirdParties.length;
  const documents = files.zip.letterDocuments;
  return (
    <MessageBar intent="success" role="status" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Export ready</MessageBarTitle>
        The export is recorded in the audit log.{' '}
        {flagged === 0
          ? 'No one else is identified in the records.'
          : `${flagged} other people are flagged for you to consider redacting; nothing has been removed.`}
        {files.bundle.gaps.length > 0 ? ` Not gathered: ${files.bundle.gaps.map((gap) => gap.reason).join(' ')}` : ''}
        <span className={styles.downloads}>
          {docxUrl ? (
            <Link href={docxUrl} download={files.docx.fileName}>
              Download the Word bundle ({files.docx.fileName})
            </Link>
          ) : null}
          {jsonUrl ? (
            <Link href={jsonUrl} download={files.json.fileName}>
              Download the JSON ({files.json.fileName})
            </Link>
          ) : null}
          {zipUrl ? (
            <Link href={zipUrl} download={files.zip.fileName}>
              Download everything as one zip file ({files.zip.fileName}: the Word bundle, the JSON and{' '}
              {documents === 1 ? '1 letter document' : `${documents} letter documents`})
            </Link>
          ) : null}
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}

export default function SubjectAccessScreen(_props: ScreenProps): React.ReactElement {
  const form = useFormStyles();
  const state = useSubjectAccess();
  const { chosen, choose, requests, exportState } = state;
  return (
    <ScreenLayout title="Subject access requests">
      <Text>
        Everything the council holds about one person (UK GDPR Article 15): incident reports, cases, decisions, sanctions, letters and their
        documents, the contact log, councillors’ referrals, FOI and EIR requests, warning markers, banners (ended ones too) and the audit
        trail. Other people named in the records are flagged for you to consider redacting; nothing is removed.
      </Text>
      {chosen ? (
        <div className={form.form}>
          <Title3 as="h3">{chosen.name}</Title3>
          <div className={form.actions}>
            <Button onClick={() => choose(undefined)}>Choose someone else</Button>
          </div>
          <LogRequestForm onLog={state.logRequest} />
          <Title3 as="h3">Requests logged</Title3>
          {state.historyError ? <ErrorMessage error={state.historyError} title="The requests could not be read" /> : null}
          {requests === undefined ? (
            <LoadingState label="Reading the requests logged" />
          ) : (
            <RequestsTable
              requests={requests}
              today={state.today}
              onExtend={state.extendRequest}
              running={exportState.status === 'running'}
              onExport={(request) => {
                state.runExport(request).catch(() => undefined);
              }}
            />
          )}
          {exportState.status === 'running' ? <LoadingState label="Gathering everything held about the person" /> : null}
          {exportState.status === 'failed' ? <ErrorMessage error={exportState.message} title="The export did not run" /> : null}
          {exportState.status === 'done' ? <Downloads files={exportState.files} /> : null}
        </div>
      ) : (
        <FindPerson search={state.search} find={state.find} onChoose={choose} />
      )}
    </ScreenLayout>
  );
}
