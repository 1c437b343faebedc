/** @jest-environment jsdom */
// Issue 18, guidance: the administrator edits a passage beside a preview of how it shows beside
// its form, publishes it as the next version from a day (checked by the domain, audited), can
// bring back an earlier wording, and edits the Members' passages as well as the staff ones; the
// published passage is what staff then see beside the form.
import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from './harness';
import { USERS } from '../../local/seed/demoRecords';
import { createMemoryStore, type MemoryStore } from '../../src/data/memory/memoryStore';
import { DEFAULT_GUIDANCE } from '../../src/domain/guidance';

const NARRATIVE = DEFAULT_GUIDANCE.find((section) => section.id === 'staff-incident-narrative');
const NEW_HEADING = 'Write it as if they will read it';
const NEW_TEXT = 'Quote the words used, say when and how it happened, and leave out opinions.';

async function openGuidance(store: MemoryStore): Promise<void> {
  renderApp(USERS.admin, { store });
  fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Administration' }));
  fireEvent.click(await screen.findByRole('tab', { name: 'Guidance' }));
  await screen.findByLabelText(/^Passage/);
}

function change(label: RegExp, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function chooseNarrative(): void {
  change(/^Passage/, 'staff-incident-narrative');
}

describe('Administration: guidance', () => {
  test('an edited passage is previewed beside its form and published as version 2 from today, with an audit entry', async () => {
    const store = createMemoryStore();
    await openGuidance(store);
    chooseNarrative();
    expect(screen.getByLabelText(/^Heading/)).toHaveValue(NARRATIVE?.title);
    change(/^Heading/, NEW_HEADING);
    change(/^Guidance text/, NEW_TEXT);
    const preview = screen.getByRole('complementary', { name: 'Preview beside its form' });
    expect(within(preview).getByText(/Shown beside: Record an incident \(beside “What happened”\)/)).toBeInTheDocument();
    expect(within(preview).getByText(NEW_TEXT)).toBeInTheDocument();

    fireEvent.click(screen.getByText('Publish as version 2'));
    expect(await screen.findByText(/Version 2 is shown beside its form from the day it applies/)).toBeInTheDocument();
    expect(store.guidanceSections).toEqual([
      expect.objectContaining({ id: 'staff-incident-narrative', version: 2, title: NEW_HEADING, effectiveFrom: '2026-11-28' })
    ]);
    expect(store.audit.map((entry) => entry.event)).toEqual([
      expect.objectContaining({
        action: 'guidance.published',
        actorId: USERS.admin.id,
        entity: { type: 'GuidanceSection', id: 'staff:staff-incident-narrative' },
        after: { version: 2, effectiveFrom: '2026-11-28', title: NEW_HEADING }
      })
    ]);
    expect(screen.getByText(/Version 2, from 28 November 2026: “Write it as if they will read it” \(shown today\)/)).toBeInTheDocument();
  });

  test('staff see the published wording beside the form it belongs to', async () => {
    const store = createMemoryStore();
    store.guidanceSections.push({
      ...(NARRATIVE as NonNullable<typeof NARRATIVE>),
      version: 2,
      title: NEW_HEADING,
      bodyMarkdown: NEW_TEXT
    });
    renderApp(USERS.staff, { store });
    fireEvent.click(await screen.findByRole('button', { name: 'Open Record an incident' }));
    const aside = await screen.findByRole('complementary', { name: 'Guidance: what was said or done' });
    expect(within(aside).getByText(NEW_HEADING)).toBeInTheDocument();
    expect(within(aside).queryByText(NARRATIVE?.title as string)).not.toBeInTheDocument();
  });

  test('an earlier wording is brought back as the next version, saying so in the audit log', async () => {
    const store = createMemoryStore();
    store.guidanceSections.push({
      ...(NARRATIVE as NonNullable<typeof NARRATIVE>),
      version: 2,
      title: NEW_HEADING,
      bodyMarkdown: NEW_TEXT
    });
    await openGuidance(store);
    chooseNarrative();
    fireEvent.click(screen.getByLabelText('Use the wording of version 1 again'));
    expect(screen.getByLabelText(/^Heading/)).toHaveValue(NARRATIVE?.title);
    fireEvent.click(screen.getByText('Publish as version 3'));
    expect(await screen.findByText(/Version 3 is shown/)).toBeInTheDocument();
    expect(store.guidanceSections[1]).toMatchObject({ version: 3, title: NARRATIVE?.title, bodyMarkdown: NARRATIVE?.bodyMarkdown });
    expect(store.audit[0].event.note).toBe('Brings back the wording of version 1.');
  });

  test('another administrator published the same version first: nothing is overwritten', async () => {
    const store = createMemoryStore();
    await openGuidance(store);
    chooseNarrative();
    change(/^Guidance text/, NEW_TEXT);
    const theirs = { ...(NARRATIVE as NonNullable<typeof NARRATIVE>), version: 2, bodyMarkdown: 'Their wording.' };
    await store.guidance.publish(theirs);
    fireEvent.click(screen.getByText('Publish as version 2'));
    expect(await screen.findByText('Someone else published first')).toBeInTheDocument();
    expect(store.guidanceSections).toEqual([theirs]);
    expect(store.audit).toHaveLength(0);
  });

  test('the domain refuses a blank text and a day that has passed; the Members’ passages are edited too', async () => {
    const store = createMemoryStore();
    await openGuidance(store);
    chooseNarrative();
    change(/^Guidance text/, ' ');
    change(/^Applies from/, '2026-01-01');
    fireEvent.click(screen.getByText('Publish as version 2'));
    const refusal = (await screen.findByText('Not published')).closest('[role="alert"]') as HTMLElement;
    expect(within(refusal).getByText('Enter the guidance text.')).toBeInTheDocument();
    expect(within(refusal).getByText(/cannot apply from a day that has passed/)).toBeInTheDocument();
    expect(store.guidanceSections).toHaveLength(0);

    change(/^Whose guidance/, 'member');
    await screen.findByLabelText(/^Passage/);
    const passages = Array.from((screen.getByLabelText(/^Passage/) as HTMLSelectElement).options).map((option) => option.value);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((id) => DEFAULT_GUIDANCE.some((section) => section.id === id && section.audience === 'member'))).toBe(true);
  });
});
