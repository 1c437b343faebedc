import * as React from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { formatLongDate, type IsoDate } from '../../../domain';
import type { LettersScreenState } from './useLettersScreen';

/** The letter of this type produced earlier for the case and not yet sent, offered again. */
export function EarlierLetterOffer({ state }: { state: LettersScreenState }): React.ReactElement {
  const earlier = state.earlier;
  if (!earlier || state.production.status === 'done') return <></>;
  const when = earlier.producedOn ? ` on ${formatLongDate(earlier.producedOn as IsoDate)}` : ' earlier';
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This letter has already been produced</MessageBarTitle>
        {earlier.url ? (
          <Link href={earlier.url}>Open the letter you produced{when}</Link>
        ) : (
          `You produced this letter${when}; it is in the Letters library.`
        )}{' '}
        It has not been recorded as sent. Producing it again replaces it.
      </MessageBarBody>
    </MessageBar>
  );
}
