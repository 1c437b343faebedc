// A letter record is a file in the Letters library (`<id>.json`) with the letter's columns on
// its item. Creating it uploads without looking first; a retry (the same letter id) must still
// end with one letter: the one already there, or, when an earlier attempt stopped between the
// file and its columns, that file completed. Over real HTTP to the SharePoint emulator.
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import type { IFolder } from '@pnp/sp/folders';
import type { IsoDate, Letter } from '../../src/domain';
import { listDefinition } from '../../src/data/schema';
import { ListGateway } from '../../src/data/sharepoint/listGateway';
import { SpLetterRepository } from '../../src/data/sharepoint/repositories/letterRepository';
import { demoCase, demoIncident, demoPerson } from '../../local/seed/demo-data';
import { startHarness, type Harness } from './emulatorHarness';

function reviewOutcomeLetter(id: string, caseId: string): Letter {
  return {
    id,
    caseId,
    type: 'ReviewOutcome',
    templateVersion: '1',
    channel: 'letter',
    fields: { outcome: 'Lift', reasons: 'No incidents since the restriction began.' },
    sentOn: '2026-12-05' as IsoDate,
    sentBy: 'cara.cro'
  };
}

describe('a letter record created again is still one letter (emulator)', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function aCase(family: string): Promise<string> {
    const cro = harness.storeAs('cara.cro');
    const person = await cro.persons.create(demoPerson('Letter', family));
    const incident = await harness
      .storeAs('sam.staff')
      .incidents.create(demoIncident(person.value.id, 'i:0#.f|membership|sam.staff@ccm.local'));
    return (await cro.cases.create(demoCase(person.value.id, [incident.value.id]))).value.id;
  }

  function lettersLibrary(): IFolder {
    return harness.spAs('svc.ccm').web.lists.getByTitle(listDefinition('letters').title).rootFolder;
  }

  /** The Letters library as the case officer's store writes it (the case save creates letters through it). */
  function lettersAs(personaKey: string): SpLetterRepository {
    const sp = harness.spAs(personaKey);
    return new SpLetterRepository(sp, new ListGateway(sp, listDefinition('letters')));
  }

  test('created twice under the same id: the second returns the first, and the case has one letter', async () => {
    const caseId = await aCase('Twice');
    const letters = lettersAs('cara.cro');
    const letter = reviewOutcomeLetter('letter-retried-once', caseId);
    const first = await letters.create(letter, caseId);
    const second = await letters.create(letter, caseId);
    expect(second.itemId).toBe(first.itemId);
    expect(second.value).toMatchObject({ id: letter.id, type: 'ReviewOutcome', sentOn: '2026-12-05' });
    expect((await letters.listByCase(caseId)).map((row) => row.value.id)).toEqual([letter.id]);
  });

  test('an earlier attempt left the file without its columns: the retry completes that file as the letter', async () => {
    const caseId = await aCase('Halfway');
    const letters = lettersAs('cara.cro');
    const letter = reviewOutcomeLetter('letter-stopped-halfway', caseId);
    await lettersLibrary().files.addUsingPath(`${letter.id}.json`, '{}', { Overwrite: false });
    expect(await letters.listByCase(caseId)).toEqual([]);

    const created = await letters.create(letter, caseId);
    expect(created.value).toMatchObject({ id: letter.id, caseId, type: 'ReviewOutcome' });
    const listed = await letters.listByCase(caseId);
    expect(listed.map((row) => [row.itemId, row.value.id, row.value.sentOn])).toEqual([[created.itemId, letter.id, '2026-12-05']]);
    // The etag the create answered with is the item's current one: a change under it is accepted.
    const changed = await letters.update(created, { ...created.value, channel: 'email' }, caseId);
    expect((await letters.get(letter.id)).value.channel).toBe(changed.value.channel);
  });
});
