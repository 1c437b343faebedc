// The administrator's steps on the Administration screen, in headless Chromium on the local host
// page as Ada Adams (CCM Administrators): name a role holder by the people picker, change the
// council's address; each saved under its etag and confirmed on screen.
import type { Locator, Page } from 'playwright-core';
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
