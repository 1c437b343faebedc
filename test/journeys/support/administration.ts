// The administrator's steps on the Administration screen, in headless Chromium on the local host
// page as Ada Adams (CCM Administrators): name a role holder by the people picker, change the
// council's address; each saved under its etag and confirmed on screen. The council's logo, put
// on the site for the letters to fetch.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups';
import '@pnp/sp/webs';
import type { Locator, Page } from 'playwright-core';
import { GROUPS } from '../../../src/data/schema';
import type { HostPageSession } from './caseJourney';

export const ADMINISTRATOR = 'ada.admin';

/** Opens Administration from the menu, on the tab asked for. */
export type AdministrationTab = 'Role holders' | 'Council details' | 'Time frames' | 'Closure days' | 'Guidance' | 'Site set-up';

const SAVE_BUTTONS: Readonly<Record<AdministrationTab, SaveButton>> = {
  'Role holders': 'Save the role holders',
  'Council details': 'Save the council details',
  'Time frames': 'Save the time frames',
  'Closure days': 'Save the closure days',
  Guidance: 'Publish as version',
  'Site set-up': 'Check the site'
};

export type SaveButton =
  | 'Save the role holders'
  | 'Save the council details'
  | 'Save the time frames'
  | 'Save the closure days'
  | 'Publish as version'
  | 'Check the site';

export async function openAdministration(session: HostPageSession, tab: AdministrationTab): Promise<Page> {
  const page = await session.openAs(ADMINISTRATOR);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Administration', exact: true }).click();
  await page.getByRole('tab', { name: tab }).click();
  await (
    tab === 'Guidance' ? page.getByRole('combobox', { name: 'Passage' }) : page.getByRole('button', { name: SAVE_BUTTONS[tab] })
  ).waitFor();
  return page;
}

/** One role on the role holders tab (its group is labelled by the role's heading). */
export function roleGroup(page: Page, role: string): Locator {
  return page.getByRole('group', { name: role, exact: true });
}

/** Chooses a person by name in the role's people picker and adds them. */
export async function addRoleHolder(page: Page, role: string, typed: string, person: RegExp): Promise<void> {
  const group = roleGroup(page, role);
  await group.getByRole('combobox', { name: `Add a person as ${role}` }).fill(typed);
  await page.getByRole('option', { name: person }).click();
  await group.getByRole('button', { name: `Add as ${role}` }).click();
  await group
    .getByRole('list', { name: `Who holds the role: ${role}` })
    .getByText(person)
    .waitFor();
}

export async function removeRoleHolder(page: Page, role: string, person: RegExp): Promise<void> {
  const group = roleGroup(page, role);
  await group
    .getByRole('listitem')
    .filter({ hasText: person })
    .getByRole('button', { name: /^Remove / })
    .click();
}

/** Saves the tab's form and waits for the confirmation; throws with the screen's words if it was not saved. */
export async function saveAndConfirm(page: Page, button: SaveButton): Promise<void> {
  // Not exact: the guidance button names its version ("Publish as version 2").
  await page.getByRole('button', { name: button }).click();
  const saved = page.getByText(/^(Saved|Published) on /);
  const refused = page.getByRole('alert').filter({ hasText: /Not saved|Not published|Someone else (saved|published) first/ });
  await saved.or(refused).first().waitFor();
  if (await refused.count()) throw new Error(`The change was not saved: ${await refused.first().innerText()}`);
}

/** A small real PNG (48 x 24, the council's blue): the logo the administrator puts on the site. */
export const COUNCIL_LOGO_PNG: Uint8Array = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAADAAAAAYCAIAAAAzn+mLAAAALElEQVR42u3OAQkAAAgDsDexkX1sbw3BwQIs1XNKhISEhISEhISEhISEfoUW2L4LPfr/TVQAAAAASUVORK5CYII=',
    'base64'
  )
);

/**
 * The administrator uploads the council's logo to the site's assets library (as she would in
 * SharePoint's own library view: the Administration screen only names where the logo is) and lets
 * every CCM group read it, since the restricted site gives its groups nothing by inheritance and
 * whoever produces a letter fetches the logo as themselves. Returns the address the browser can
 * fetch it from: the emulator serves a file's content through REST
 * (`GetFileByServerRelativePath(...)/$value`, which SharePoint Online serves too), not at the
 * file's own path.
 */
export async function uploadCouncilLogo(sp: SPFI, sitePath: string, fileName: string, bytes: Uint8Array): Promise<string> {
  const library = `${sitePath}/SiteAssets`;
  const existing: { Title: string }[] = await sp.web.lists.select('Title')();
  if (!existing.some((list) => list.Title === 'SiteAssets')) {
    await sp.web.lists.add('SiteAssets', 'Pictures and files the site uses', 101);
    const list = sp.web.lists.getByTitle('SiteAssets');
    await list.breakRoleInheritance(false, true);
    const read: { Id: number } = await sp.web.roleDefinitions.getByType(2).select('Id')();
    for (const group of GROUPS) {
      const { Id } = await sp.web.siteGroups.getByName(group.title).select('Id')<{ Id: number }>();
      await list.roleAssignments.add(Id, read.Id);
    }
  }
  const content = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  await sp.web.getFolderByServerRelativePath(library).files.addUsingPath(fileName, content, { Overwrite: true });
  return `${sitePath}/_api/web/GetFileByServerRelativePath(decodedurl='${library}/${fileName}')/$value`;
}

/**
 * SharePoint Online knows the signed-in person on every request to the site by their cookie; the
 * emulator knows them by a header, which the host page adds to its REST calls only. A file the
 * page fetches itself (the logo, as the Letters screen does) is named the same way here; the
 * request still goes to the emulator, which checks that person's permission to read it.
 */
export async function signInToSiteFiles(page: Page, sitePath: string, login: string): Promise<void> {
  await page.route(
    (url) => url.pathname.startsWith(`${sitePath}/`),
    (route) => route.continue({ headers: { ...route.request().headers(), 'x-emulator-user': login } })
  );
}
