/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_COUNCIL_DETAILS } from '../../src/domain';
import { createMemoryStore } from '../../src/data/memory/memoryStore';
import { seedDemo } from '../../local/seed/demoRecords';
import { renderApp } from './harness';
import { fillIncidentForSianOBrien } from './fakes/incidentForm';
import { USERS } from '../../local/seed/demoRecords';

async function openForm(): Promise<ReturnType<typeof renderApp>> {
  const rendered = renderApp(USERS.staff);
  fireEvent.click(await screen.findByRole('button', { name: 'Open Record an incident' }));
  await screen.findByRole('heading', { name: 'Record an incident' });
  return rendered;
}

describe('Record an incident', () => {
  test('submitting an empty form lists every problem in plain words', async () => {
    await openForm();
    fireEvent.click(screen.getByRole('button', { name: 'Send report to my line manager' }));
    const summary = await screen.findByText(/Check the form: there are \d+ problems/);
    expect(summary).toBeInTheDocument();
    expect(screen.getAllByText('Find the customer, or add them as a new customer.').length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Choose at least one behaviour category|behaviour category/i).length).toBeGreaterThan(0);
  });

  test('shows the write-factually hint and flags opinion wording (BR-23)', async () => {
    await openForm();
    expect(screen.getByText(/Write factually/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: /What happened/ }), {
      target: { value: 'He was obviously drunk and a troublemaker' }
    });
    expect(await screen.findByText('Check your wording (BR-23)')).toBeInTheDocument();
  });

  test('offers the services the administrator listed for the council, with Other, and no others (issue 18)', async () => {
    const store = createMemoryStore();
    seedDemo(store);
    store.settingValues.set('councilDetails', { ...DEFAULT_COUNCIL_DETAILS, services: ['Parks and open spaces', 'Housing'] });
    renderApp(USERS.staff, { store });
    fireEvent.click(await screen.findByRole('button', { name: 'Open Record an incident' }));
    const service = await screen.findByRole('combobox', { name: /Service/ });
    await waitFor(() =>
      expect(
        within(service)
          .getAllByRole('option')
          .map((option) => option.textContent)
      ).toEqual(['Choose the service', 'Parks and open spaces', 'Housing', 'Other'])
    );
  });

  test('shows the guidance passage beside the narrative step', async () => {
    await openForm();
    expect(screen.getByRole('heading', { name: /Guidance: what was said or done/ })).toBeInTheDocument();
  });

  test('records an incident for an existing customer and confirms it', async () => {
    const { services } = await openForm();
    await fillIncidentForSianOBrien();
    fireEvent.click(screen.getByRole('button', { name: 'Send report to my line manager' }));
    expect(await screen.findByText(/Your report has been sent to your line manager/)).toBeInTheDocument();
    const saved = services.store.tables.incidents
      .all()
      .filter((row) => row.value.personId === 'person-1' && row.value.categories.indexOf('unreasonableDemands') >= 0);
    expect(saved).toHaveLength(1);
    expect(saved[0].value.reporterId).toBe(USERS.staff.id);
    expect(saved[0].value.status).toBe('Submitted');
  });

  test('the date and time are UK clock time: 00:30 BST is stored as 23:30 UTC the day before, and a time the clocks skipped is refused (issue 14)', async () => {
    const { services } = await openForm();
    fireEvent.change(screen.getByRole('searchbox', { name: /Customer's last name/ }), { target: { value: "O'Brien" } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    fireEvent.click(await screen.findByRole('radio', { name: /Siân O'Brien/ }));
    fireEvent.change(screen.getByRole('combobox', { name: /Service/ }), { target: { value: 'Housing' } });
    fireEvent.change(screen.getByRole('combobox', { name: /How the contact happened/ }), { target: { value: 'phone' } });
    fireEvent.click(screen.getByLabelText('Unreasonable demands'));
    fireEvent.change(screen.getByRole('textbox', { name: /What happened/ }), { target: { value: 'Called twelve times in an hour.' } });
    fireEvent.change(screen.getByRole('combobox', { name: /Immediate protective action/ }), { target: { value: 'endedCall' } });
    fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: '2026-03-29' } });
    fireEvent.change(screen.getByLabelText(/^Time/), { target: { value: '01:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send report to my line manager' }));
    expect((await screen.findAllByText(/01:30 did not happen on that day in the UK/)).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: '2026-06-01' } });
    fireEvent.change(screen.getByLabelText(/^Time/), { target: { value: '00:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send report to my line manager' }));
    expect(await screen.findByText(/Your report has been sent to your line manager/)).toBeInTheDocument();
    const saved = services.store.tables.incidents.all().filter((row) => row.value.narrative === 'Called twelve times in an hour.');
    expect(saved.map((row) => row.value.occurredAt)).toEqual(['2026-05-31T23:30:00.000Z']);
  });

  test('a file attached to the report is kept as an attachment of the saved report, listed under its name (issue 15)', async () => {
    const { services } = await openForm();
    await fillIncidentForSianOBrien();
    const input = screen.getByLabelText(/^Attach files/) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.7'], 'Call log.pdf', { type: 'application/pdf' })] } });
    fireEvent.click(screen.getByRole('button', { name: 'Send report to my line manager' }));
    expect(await screen.findByText(/Your report has been sent to your line manager/)).toBeInTheDocument();
    expect(screen.queryByText(/did not upload/)).not.toBeInTheDocument();
    const [saved] = services.store.tables.incidents
      .all()
      .filter((row) => row.value.narrative === 'Said "you will regret this" three times.');
    expect(await services.store.incidents.attachmentsOf(saved)).toEqual([
      { name: 'Call log.pdf', url: `/sites/ccm/Lists/Incidents/Attachments/${saved.itemId}/Call log.pdf` }
    ]);
  });

  test('a file the store refuses is named to the officer, and the report is still sent (issue 15)', async () => {
    const { services } = await openForm();
    services.store.incidents.attach = () => Promise.reject(new Error('refused'));
    await fillIncidentForSianOBrien();
    const input = screen.getByLabelText(/^Attach files/) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.7'], 'Call log.pdf', { type: 'application/pdf' })] } });
    fireEvent.click(screen.getByRole('button', { name: 'Send report to my line manager' }));
    expect(await screen.findByText(/These files did not upload: Call log.pdf/)).toBeInTheDocument();
    expect(
      services.store.tables.incidents.all().filter((row) => row.value.narrative === 'Said "you will regret this" three times.')
    ).toHaveLength(1);
  });

  test('a program attached as a document is refused in words and nothing is sent (issue 14)', async () => {
    const { services } = await openForm();
    const before = services.store.tables.incidents.all().length;
    const input = screen.getByLabelText(/^Attach files/) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['MZ'], 'letter.pdf.exe', { type: 'application/octet-stream' })] } });
    fireEvent.click(screen.getByRole('button', { name: 'Send report to my line manager' }));
    expect(
      (await screen.findAllByText(/"letter.pdf.exe" is a program \(\.exe\), which cannot be attached to a case/)).length
    ).toBeGreaterThan(0);
    expect(services.store.tables.incidents.all()).toHaveLength(before);
  });

  test('new customer needs a first and last name', async () => {
    await openForm();
    fireEvent.click(screen.getByRole('button', { name: 'Add a new customer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send report to my line manager' }));
    await waitFor(() => expect(screen.getAllByText("Enter the customer's first name.").length).toBeGreaterThan(0));
  });
});
