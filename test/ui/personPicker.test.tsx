/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PersonPicker } from '../../src/ui/components/PersonPicker';
import { AppServicesProvider } from '../../src/ui/services/AppServices';
import type { DirectoryPerson, PeopleDirectory } from '../../src/ui/services/people';
import { createResolvingPeopleDirectory } from '../../src/ui/services/resolvingPeopleDirectory';
import { memoryServices } from '../../local/host/memoryServices';
import { USERS } from '../../local/seed/demoRecords';

const CARA: DirectoryPerson = {
  id: '6f1c2a40-0000-4000-8000-00000000ca7a',
  displayName: 'Cara Rhodes',
  email: 'cara.rhodes@council.gov.uk'
};
const DEV: DirectoryPerson = { id: '6f1c2a40-0000-4000-8000-0000000000de', displayName: 'Dev Rhodes-Patel' };

/** A directory over a lookup the test controls, as the web part's Graph directory behaves. */
function graphLikeDirectory(): { people: PeopleDirectory; searches: string[]; release(): void } {
  const searches: string[] = [];
  let release: () => void = () => undefined;
  const named = new Promise<void>((resolve) => {
    release = resolve;
  });
  const people = createResolvingPeopleDirectory(
    {
      byIds: async (ids) => {
        await named;
        return [CARA, DEV].filter((p) => ids.indexOf(p.id) >= 0);
      },
      search: async (text) => {
        searches.push(text);
        return [CARA, DEV].filter((p) => p.displayName.toLowerCase().includes(text.toLowerCase()));
      }
    },
    { batchDelayMs: 0 }
  );
  return { people, searches, release: () => release() };
}

function Harness({ people, initial = '' }: { people: PeopleDirectory; initial?: string }): React.ReactElement {
  const [value, setValue] = React.useState(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <AppServicesProvider services={{ ...memoryServices(USERS.foi), people }}>
        <PersonPicker label="Decision-maker" hint={`Value: ${value}`} value={value} onChange={setValue} />
      </AppServicesProvider>
    </FluentProvider>
  );
}

describe('PersonPicker', () => {
  test('typing a name searches the directory once typing pauses; choosing a person sets their id and shows their name', async () => {
    const { people, searches } = graphLikeDirectory();
    render(<Harness people={people} />);
    const box = screen.getByRole('combobox', { name: /^Decision-maker/ });
    fireEvent.change(box, { target: { value: 'R' } });
    fireEvent.change(box, { target: { value: 'Rh' } });
    fireEvent.change(box, { target: { value: 'Rhod' } });
    const option = await screen.findByRole('option', { name: 'Cara Rhodes (cara.rhodes@council.gov.uk)' });
    // One search for the paused text, none for one letter or each key.
    expect(searches).toEqual(['Rhod']);
    expect(screen.getByRole('option', { name: 'Dev Rhodes-Patel' })).toBeInTheDocument();
    fireEvent.click(option);
    await waitFor(() => expect(box).toHaveValue('Cara Rhodes'));
    expect(screen.getByText(`Value: ${CARA.id}`)).toBeInTheDocument();
  });

  test('an id the directory names later shows as the name once Graph answers', async () => {
    const { people, release } = graphLikeDirectory();
    render(<Harness people={people} initial={DEV.id} />);
    const box = screen.getByRole('combobox', { name: /^Decision-maker/ });
    expect(box).toHaveValue(DEV.id);
    await act(async () => {
      release();
      await people.resolve([DEV.id]);
    });
    await waitFor(() => expect(box).toHaveValue('Dev Rhodes-Patel'));
    expect(screen.getByText(`Value: ${DEV.id}`)).toBeInTheDocument();
  });

  test('text not chosen from the list is passed on as typed (an id can be pasted)', () => {
    const { people } = graphLikeDirectory();
    render(<Harness people={people} />);
    fireEvent.change(screen.getByRole('combobox', { name: /^Decision-maker/ }), {
      target: { value: ' 00000000-0000-4000-8000-000000000012 ' }
    });
    expect(screen.getByText('Value: 00000000-0000-4000-8000-000000000012')).toBeInTheDocument();
  });
});
