import * as React from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import type { LetterProduction } from './letterProduction';
import { useLettersScreenStyles } from './useLettersScreenStyles';
import { useObjectUrl } from './useObjectUrl';

type Refused = Extract<LetterProduction, { status: 'refused' }>;
type Done = Extract<LetterProduction, { status: 'done' }>;

/** Why the letter cannot be produced yet: the items it must include, or the informal restriction (BR-32). */
function LetterRefused({ production }: { production: Refused }): React.ReactElement {
  const styles = useLettersScreenStyles();
  const { validation } = production;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The letter cannot be produced yet</MessageBarTitle>
        {validation.informalRestriction ? <p>{validation.informalRestriction.message}</p> : null}
        {validation.missing.length > 0 ? (
          <>
            This letter must include:
            <ul className={styles.missingList}>
              {validation.missing.map((entry) => (
                <li key={entry.item}>
                  {entry.label}
                  {entry.reason === 'placeholder' ? ' (the template text has not been replaced)' : ''}
                </li>
              ))}
            </ul>
          </>
        ) : validation.informalRestriction ? null : (
          'Fill in the letter details marked below.'
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The finished letter: where it was saved (or why not), any logo problem, and the download. */
function LetterReady({ production, downloadUrl }: { production: Done; downloadUrl: string | undefined }): React.ReactElement {
  const styles = useLettersScreenStyles();
  return (
    <div className={styles.result} role="status">
      <MessageBar intent={production.saveError || !production.savedUrl ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The letter is ready</MessageBarTitle>
          {production.savedUrl ? (
            <>
              Saved to the Letters library. <Link href={production.savedUrl}>Open it in the Letters library</Link>
            </>
          ) : production.saveError ? (
            'It could not be saved to the Letters library. Download it and add it to the case, or try again later.'
          ) : (
            'Saving to the Letters library is not available here. Download it and add it to the case.'
          )}
        </MessageBarBody>
      </MessageBar>
      {production.logoProblem ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{production.logoProblem}</MessageBarBody>
        </MessageBar>
      ) : null}
      {downloadUrl ? (
        <Link className={styles.download} href={downloadUrl} download={production.fileName}>
          Download {production.fileName}
        </Link>
      ) : null}
    </div>
  );
}

/** What came of pressing "Produce the Word document". */
export function ProductionResult({ production }: { production: LetterProduction }): React.ReactElement {
  // Above the switch (a hook): the file's address is made when the letter is ready and revoked when the result changes.
  const downloadUrl = useObjectUrl(production.status === 'done' ? production.file : undefined);
  switch (production.status) {
    case 'idle':
      return <></>;
    case 'working':
      return <LoadingState label="Producing the Word document…" />;
    case 'failed':
      return <ErrorMessage error={production.error} title="The Word document could not be produced" />;
    case 'refused':
      return <LetterRefused production={production} />;
    case 'done':
      return <LetterReady production={production} downloadUrl={downloadUrl} />;
  }
}
