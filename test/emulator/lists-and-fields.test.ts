import { RunningEmulator } from '../../local/emulator';
import { errorBody, failure } from './failure';
import { ADMIN, pnpFor, rawFetch, startTestEmulator } from './harness';

describe('web, lists and fields', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('returns the web in minimal metadata with SPO annotations', async () => {
    const response = await rawFetch(emulator, '/_api/web?%24select=Title', { user: ADMIN });
    expect(response.headers.get('content-type')).toContain('odata=minimalmetadata');
    const body = await response.json();
    expect(body['odata.type']).toBe('SP.Web');
    expect(body.Title).toBe('ccm');
    expect(Object.keys(body).filter((k) => !k.startsWith('odata.'))).toEqual(['Title']);
  });

  it('starts with the three default groups and SPO role definitions', async () => {
    const sp = pnpFor(emulator, ADMIN);
    const groups = await sp.web.siteGroups();
    expect(groups.map((g) => g.Title).sort()).toEqual(['ccm Members', 'ccm Owners', 'ccm Visitors']);
    const roles = await sp.web.roleDefinitions();
    const byName = Object.fromEntries(roles.map((r) => [r.Name, r.Id]));
    expect(byName).toMatchObject({
      'Full Control': 1073741829,
      Contribute: 1073741827,
      Read: 1073741826,
      Edit: 1073741830,
      Design: 1073741828
    });
    const current = await sp.web.currentUser();
    expect(current.LoginName).toBe(`i:0#.f|membership|${ADMIN}`);
    expect(current.IsSiteAdmin).toBe(true);
  });

  it('answers a missing list with SPO 404 body, and ensure creates it once', async () => {
    const response = await rawFetch(emulator, "/_api/web/lists/getByTitle('Nope')", { user: ADMIN });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      'odata.error': {
        code: '-1, System.ArgumentException',
        message: { lang: 'en-US', value: `List 'Nope' does not exist at site with URL '${emulator.siteUrl}'.` }
      }
    });
    const sp = pnpFor(emulator, ADMIN);
    expect((await sp.web.lists.ensure('Cases', 'Case files')).created).toBe(true);
    const again = await sp.web.lists.ensure('Cases', 'Case files');
    expect(again.created).toBe(false);
    const list = await sp.web.lists.getByTitle('Cases')();
    expect(list.ListItemEntityTypeFullName).toBe('SP.Data.CasesListItem');
    const duplicate = await failure(sp.web.lists.add('Cases'));
    expect(duplicate.status).toBe(500);
  });

  it('adds every field type PnPjs offers and reports them back', async () => {
    const sp = pnpFor(emulator, ADMIN);
    await sp.web.lists.add('Persons');
    await sp.web.lists.add('Typed');
    const persons = await sp.web.lists.getByTitle('Persons')();
    const fields = sp.web.lists.getByTitle('Typed').fields;
    await fields.addText('Reference', { MaxLength: 50 });
    await fields.addMultilineText('Notes');
    await fields.addNumber('Score');
    await fields.addCurrency('Cost');
    await fields.addDateTime('OccurredAt');
    await fields.addBoolean('Urgent');
    await fields.addChoice('Status', { Choices: ['Open', 'Closed'] });
    await fields.addMultiChoice('Tags', { Choices: ['A', 'B', 'C'] });
    await fields.addUser('Officer', { SelectionMode: 0 });
    await fields.addLookup('Person', { LookupListId: persons.Id, LookupFieldName: 'Title' });
    await fields.addUrl('Link');
    await fields.createFieldAsXml('<Field Type="Note" Name="Summary" StaticName="Summary" DisplayName="Case summary" />');
    const all = await fields.select('InternalName', 'TypeAsString')();
    const types = Object.fromEntries(all.map((f) => [f.InternalName, f.TypeAsString]));
    expect(types).toMatchObject({
      Reference: 'Text',
      Notes: 'Note',
      Score: 'Number',
      Cost: 'Currency',
      OccurredAt: 'DateTime',
      Urgent: 'Boolean',
      Status: 'Choice',
      Tags: 'MultiChoice',
      Officer: 'User',
      Person: 'Lookup',
      Link: 'URL',
      Summary: 'Note'
    });
    const summary = await fields.getByInternalNameOrTitle('Case summary')();
    expect(summary.InternalName).toBe('Summary');

    const person = await sp.web.lists.getByTitle('Persons').items.add({ Title: 'Zoë Ní Bhriain' });
    const officer = await sp.web.ensureUser(`i:0#.f|membership|${ADMIN}`);
    const item = await sp.web.lists.getByTitle('Typed').items.add({
      Title: 'typed',
      Reference: 'R-1',
      Notes: 'line 1\nline 2',
      Score: 4.5,
      Cost: 12.3,
      OccurredAt: '2026-11-28T10:15:00.000Z',
      Urgent: true,
      Status: 'Open',
      Tags: ['A', 'C'],
      OfficerId: officer.Id,
      PersonId: person.Id,
      Link: { Url: 'https://example.org', Description: 'Example' }
    });
    expect(item.OccurredAt).toBe('2026-11-28T10:15:00Z');
    expect(item.Tags).toEqual(['A', 'C']);
    expect(item.OfficerId).toBe(officer.Id);
    expect(item.OfficerStringId).toBe(String(officer.Id));
    const expanded = await sp.web.lists
      .getByTitle('Typed')
      .items.getById(item.Id)
      .select('Title', 'Officer/Title', 'Person/Title', 'Author/EMail')
      .expand('Officer', 'Person', 'Author')();
    expect(expanded.Officer.Title).toBe('Ada Admin');
    expect(expanded.Person.Title).toBe('Zoë Ní Bhriain');
    expect(expanded.Author.EMail).toBe(ADMIN);
    const notExpanded = await failure(sp.web.lists.getByTitle('Typed').items.select('Officer')());
    expect(notExpanded.status).toBe(400);
  });

  it('needs Indexed before EnforceUniqueValues and then rejects duplicates on add and update', async () => {
    const sp = pnpFor(emulator, ADMIN);
    await sp.web.lists.add('Keys');
    const list = sp.web.lists.getByTitle('Keys');
    await list.fields.addText('ClientRequestKey');
    const notIndexed = await failure(list.fields.getByInternalNameOrTitle('ClientRequestKey').update({ EnforceUniqueValues: true }));
    expect(notIndexed.status).toBe(400);
    await list.fields.getByInternalNameOrTitle('ClientRequestKey').update({ Indexed: true });
    await list.fields.getByInternalNameOrTitle('ClientRequestKey').update({ EnforceUniqueValues: true });
    const field = await list.fields.getByInternalNameOrTitle('ClientRequestKey')();
    expect(field.Indexed && field.EnforceUniqueValues).toBe(true);

    await list.items.add({ Title: 'a', ClientRequestKey: 'k-1' });
    const second = await list.items.add({ Title: 'b', ClientRequestKey: 'k-2' });
    const dupAdd = await failure(list.items.add({ Title: 'c', ClientRequestKey: 'K-1' }));
    expect(dupAdd.status).toBe(500);
    expect(errorBody(dupAdd)).toEqual({
      'odata.error': {
        code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
        message: {
          lang: 'en-US',
          value:
            'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [ClientRequestKey].'
        }
      }
    });
    const dupUpdate = await failure(list.items.getById(second.Id).update({ ClientRequestKey: 'k-1' }));
    expect(dupUpdate.status).toBe(500);
    expect(await list.items.select('Id')()).toHaveLength(2);
  });
});
