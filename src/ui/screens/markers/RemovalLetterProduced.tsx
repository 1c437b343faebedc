import * as React from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { useObjectUrl } from '../letters/useObjectUrl';
import type { RemovalLetter } from './useRemovalLetter';

/** What producing the letter came to: working, refused with what is missing, failed, or the document to download. */
export function RemovalLetterProduced({ letter }: { letter: RemovalLetter }): React.ReactElement {
  const production = letter.production;
  const url = useObjectUrl(production.status === 'done' ? production.file : undefined);
  if (production.status === 'working') return <LoadingState label="Producing the Word document…" />;
  if (production.status === 'failed') return <ErrorMessage error={production.error} title="The Word document could not be produced" />;
  if (production.status === 'refused') {
    const missing = production.validation.missing.map((entry) => `This letter must include: ${entry.label}.`);
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The letter was not produced</MessageBarTitle>
          <ul>
            {[...missing, ...production.problems].map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (production.status !== 'done') return <></>;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The removal letter is ready</MessageBarTitle>
        Send it, then record below the day it was sent.
        {production.logoProblem ? ` ${production.logoProblem}` : ''}{' '}
        {url ? (
          <Link href={url} download={production.fileName}>
            Download {production.fileName}
          </Link>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
