import { HttpRequestError } from '@pnp/queryable';
import { RunningEmulator } from '../../local/emulator';
import { errorBody, failure } from './failure';
import { ADMIN, pnpFor, rawFetch, startTestEmulator } from './harness';

function unknownPropertyBody(name: string, typeName: string): unknown {
  return {
    'odata.error': {
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: {
        lang: 'en-US',
        value: `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
      }
    }
  };
}

/** A deliberately wrong body: PnPjs's typings would (rightly) refuse it at compile time. */
function wrong(body: Record<string, unknown>): never {
  return body as never;
}

function errorCode(error: HttpRequestError): string {
  return (errorBody(error) as { 'odata.error': { code: string } })['odata.error'].code;
}

/** Class 2 of issue 14: creates and updates refuse what SPO refuses, for every entity type, before changing anything. */
describe('entity creates and updates', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
    const sp = pnpFor(emulator, ADMIN);
    await sp.web.lists.add('Cases', 'Case files');
    await sp.web.lists.getByTitle('Cases').fields.addText('Reference', { MaxLength: 10 });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('refuses a list property SP.List does not define with SPO 400, and one it defines but the emulator lacks with 501', async () => {
    const list = pnpFor(emulator, ADMIN).web.lists.getByTitle('Cases');
    const unknown = await failure(list.update(wrong({ Colour: 'blue', Description: 'changed' })));
    expect(unknown.status).toBe(400);
    expect(errorBody(unknown)).toEqual(unknownPropertyBody('Colour', 'SP.List'));
    const unmodelled = await failure(list.update({ EnableModeration: true }));
    expect(unmodelled.status).toBe(501);
    // Property names are case-sensitive in SPO's OData reader.
    expect((await failure(list.update(wrong({ description: 'lower case' })))).status).toBe(400);
    expect((await list.select('Description')()).Description).toBe('Case files');

    await list.update({ EnableVersioning: true, Description: 'kept' });
    expect(await list.select('EnableVersioning', 'Description')()).toMatchObject({ EnableVersioning: true, Description: 'kept' });
    const created = await failure(pnpFor(emulator, ADMIN).web.lists.add('Odd', '', 100, false, wrong({ Colour: 'blue' })));
    expect(created.status).toBe(400);
    expect(errorBody(created)).toEqual(unknownPropertyBody('Colour', 'SP.List'));
  });

  it('refuses a list title longer than 255 characters on create and update (List.Title: "length ... equal to or less than 255")', async () => {
    const sp = pnpFor(emulator, ADMIN);
    const longest = 'T'.repeat(255);
    await sp.web.lists.add(longest);
    const tooLong = await failure(sp.web.lists.add('T'.repeat(256)));
    expect(tooLong.status).toBe(400);
    expect(errorCode(tooLong)).toBe('-2147024809, System.ArgumentException');
    expect((await failure(sp.web.lists.getByTitle('Cases').update({ Title: 'C'.repeat(256) }))).status).toBe(400);
    expect((await failure(sp.web.lists.getByTitle('Cases').update(wrong({ Description: null })))).status).toBe(400);
    expect((await sp.web.lists.select('Title')()).map((l) => l.Title)).toEqual(['Cases', longest]);
  });

  it('refuses a __metadata body without odata=verbose, as SPO does for items (reference §4.2)', async () => {
    const response = await rawFetch(emulator, "/_api/web/lists/getByTitle('Cases')", {
      method: 'POST',
      user: ADMIN,
      headers: { 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' },
      body: JSON.stringify({ __metadata: { type: 'SP.List' }, Description: 'x' })
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(unknownPropertyBody('__metadata', 'SP.List'));
  });

  it('checks field updates against the field type: Choices on a text field is 400, an unmodelled property 501', async () => {
    const field = pnpFor(emulator, ADMIN).web.lists.getByTitle('Cases').fields.getByInternalNameOrTitle('Reference');
    const choices = await failure(field.update({ Choices: ['A'] }));
    expect(choices.status).toBe(400);
    expect(errorBody(choices)).toEqual(unknownPropertyBody('Choices', 'SP.FieldText'));
    expect((await failure(field.update({ ValidationFormula: '=LEN([Reference])>2' }))).status).toBe(501);
    await field.update({ Description: 'Our reference', Indexed: true });
    expect(await field.select('Description', 'Indexed')()).toMatchObject({ Description: 'Our reference', Indexed: true });
    const addField = await failure(
      pnpFor(emulator, ADMIN)
        .web.lists.getByTitle('Cases')
        .fields.addLookup('Parent', wrong({ LookupListId: 'x', Colour: 'blue' }))
    );
    expect(errorBody(addField)).toEqual(unknownPropertyBody('Colour', 'SP.FieldCreationInformation'));
  });

  it('checks web, group and permission-level bodies the same way, including their documented limits', async () => {
    const sp = pnpFor(emulator, ADMIN);
    expect(errorBody(await failure(sp.web.update(wrong({ Colour: 'blue' }))))).toEqual(unknownPropertyBody('Colour', 'SP.Web'));
    expect((await failure(sp.web.update({ Title: 'W'.repeat(256) }))).status).toBe(400);
    expect((await failure(sp.web.update({ QuickLaunchEnabled: false }))).status).toBe(501);
    await sp.web.update({ Description: 'Customer case management' });
    expect((await sp.web.select('Description')()).Description).toBe('Customer case management');

    expect(errorBody(await failure(sp.web.siteGroups.add(wrong({ Title: 'Panel', Colour: 'blue' }))))).toEqual(
      unknownPropertyBody('Colour', 'SP.Group')
    );
    expect((await failure(sp.web.siteGroups.add({ Title: 'G'.repeat(256) }))).status).toBe(400);
    const group = await sp.web.siteGroups.add({ Title: 'Panel' });
    expect((await failure(sp.web.siteGroups.getById(group.Id).update({ AllowRequestToJoinLeave: true }))).status).toBe(501);

    const badName = await failure(sp.web.roleDefinitions.add('Read: limited', '', 200, { High: 0, Low: 1 }));
    expect(badName.status).toBe(400);
    expect(errorCode(badName)).toBe('-2147024809, System.ArgumentException');
    const level = await sp.web.roleDefinitions.add('Limited read', '', 200, { High: 0, Low: 1 });
    // PnPjs's update reads BasePermissions unconditionally, so it is always sent.
    const hidden = { Hidden: true, BasePermissions: { High: 0, Low: 1 } };
    expect((await failure(sp.web.roleDefinitions.getById(level.data.Id).update(hidden))).status).toBe(501);
  });

  it('refuses text item values longer than the column allows (255, or the column MaxLength), on add and update', async () => {
    const items = pnpFor(emulator, ADMIN).web.lists.getByTitle('Cases').items;
    const tooLongTitle = await failure(items.add({ Title: 'x'.repeat(256) }));
    expect(tooLongTitle.status).toBe(400);
    expect(errorCode(tooLongTitle)).toBe('-2147024809, System.ArgumentException');
    const added = await items.add({ Title: 'x'.repeat(255), Reference: '0123456789' });
    expect((await failure(items.getById(added.Id).update({ Reference: '01234567890' }))).status).toBe(400);
    expect((await items.getById(added.Id).select('Reference')()).Reference).toBe('0123456789');
  });
});
