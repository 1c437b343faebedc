import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, useId } from '@fluentui/react-components';
import type { checkSanctionProposal } from '../../../domain';

type ProposalCheck = ReturnType<typeof checkSanctionProposal>;

/** The domain's proportionality and reasonable-adjustment warnings, live as the officer types. */
export function ProposalWarnings({ check, heading }: { check: ProposalCheck; heading: string }): React.ReactElement {
  const headingId = useId('sanction-warnings');
  if (check.warnings.length === 0) return <></>;
  return (
    <section aria-labelledby={headingId}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <Subtitle2 as="h3" id={headingId}>
            {heading}
          </Subtitle2>
          <ul>
            {check.warnings.map((w) => (
              <li key={`${w.rule}-${w.field}-${w.message}`}>
                {w.message} ({w.rule})
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}

/** Everything the domain refuses in the proposal, once the officer has tried to save. */
export function ProposalErrors({ check, title }: { check: ProposalCheck; title: string }): React.ReactElement {
  if (check.errors.length === 0) return <></>;
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul>
          {check.errors.map((e) => (
            <li key={`${e.rule}-${e.field}-${e.message}`}>
              {e.message} ({e.rule})
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
