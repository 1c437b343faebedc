import * as React from 'react';
import { Body1, Caption1, Field, Link, SearchBox, Subtitle1, Subtitle2 } from '@fluentui/react-components';
import type { GuidanceSection } from '../../../domain/guidance';
import { LoadingState } from '../../components/LoadingState';
import { guidanceBlocks } from './guidanceBlocks';
import { MemberGuidanceState } from './useMemberGuidance';
import { useMembersScreenStyles } from './useMembersScreenStyles';

function anchorFor(section: GuidanceSection): string {
  return `guidance-${section.audience}-${section.id}`;
}

function SectionText({ section }: { section: GuidanceSection }): React.ReactElement {
  const styles = useMembersScreenStyles();
  return (
    <section className={styles.section} id={anchorFor(section)} aria-labelledby={`${anchorFor(section)}-title`} tabIndex={-1}>
      <Subtitle2 as="h4" id={`${anchorFor(section)}-title`}>
        {section.title}
      </Subtitle2>
      {guidanceBlocks(section.bodyMarkdown).map((block, index) =>
        block.kind === 'paragraph' ? (
          <Body1 as="p" key={index} className={styles.paragraph}>
            {block.text}
          </Body1>
        ) : (
          <ul key={index} className={styles.bullets}>
            {block.items.map((item) => (
              <li key={item}>
                <Body1>{item}</Body1>
              </li>
            ))}
          </ul>
        )
      )}
      {section.sourceRefs.length > 0 ? <Caption1 className={styles.source}>Source: {section.sourceRefs.join(', ')}</Caption1> : null}
    </section>
  );
}

/** The policies with a sections list (navigation) and a client-side search. */
export function GuidanceReader({ guidance }: { guidance: MemberGuidanceState }): React.ReactElement {
  const styles = useMembersScreenStyles();
  if (guidance.loading) return <LoadingState label="Loading the guidance…" />;
  return (
    <div className={styles.layout}>
      <nav className={styles.nav} aria-label="Guidance sections">
        <Field label="Search the guidance">
          <SearchBox value={guidance.query} onChange={(_, data) => guidance.setQuery(data.value)} />
        </Field>
        <Caption1 role="status" aria-live="polite">
          {guidance.query.trim() === ''
            ? `${guidance.matchCount} sections`
            : `${guidance.matchCount} section${guidance.matchCount === 1 ? '' : 's'} match \u201c${guidance.query.trim()}\u201d`}
        </Caption1>
        {guidance.groups.map((group) =>
          group.sections.length > 0 ? (
            <div key={group.audience}>
              <Subtitle2 as="h3">{group.title}</Subtitle2>
              <ul className={styles.navList}>
                {group.sections.map((section) => (
                  <li key={section.id}>
                    <Link className={styles.navLink} href={`#${anchorFor(section)}`}>
                      {section.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null
        )}
      </nav>
      <div className={styles.reader}>
        {guidance.matchCount === 0 ? <Body1>No guidance matches your search. Try fewer or different words.</Body1> : null}
        {guidance.groups.map((group) =>
          group.sections.length > 0 ? (
            <div key={group.audience} className={styles.reader}>
              <Subtitle1 as="h3">{group.title}</Subtitle1>
              {group.standardText ? <Caption1>Showing the council&rsquo;s standard text of this policy.</Caption1> : null}
              {group.sections.map((section) => (
                <SectionText key={section.id} section={section} />
              ))}
            </div>
          ) : null
        )}
      </div>
    </div>
  );
}
