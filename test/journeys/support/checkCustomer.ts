// "Check a customer" as front-line staff use it before replying: open it from the home
// tile, type a name, press Check, and read what the screen says. The assertions say what a
// member of staff must (and must never) see.
import type { Locator, Page } from 'playwright-core';
import { SANCTION_CATALOGUE } from '../../../src/domain/model/sanctionCatalogue';
import type { HostPageSession, SinglePointOfContact } from './caseJourney';

/*
 * A restriction banner is a Fluent MessageBar (role "group") with aria-label "Contact
 * restriction for <name>" (RestrictionBanner.tsx). Fluent also gives it aria-labelledby, its
 * title ("<name> has a contact restriction"), which wins for the accessible name; so the
 * banner is found by its role and its aria-label attribute, not by getByRole's name.
 */
const ANY_BANNER: string = '[role="group"][aria-label^="Contact restriction for "]';

/** What the screen says when the search found nobody at all. */
export const NOBODY_MATCHED: RegExp = /Nobody matched/;

/** The old all-clear, which must never follow a search that found nobody (it is not a clearance). */
export const USUAL_WAY_ALL_CLEAR: RegExp = /deal with the contact in the usual way/i;

/** Each line "<Full Name>: no contact restriction" on the page: someone found who has none. */
const NO_RESTRICTION_LINE: RegExp = /^\s*(.+?)\s*:\s*no contact restriction\s*$/gim;

/** The names the page lists as found with no contact restriction. */
export function namesListedWithoutRestriction(text: string): string[] {
  return Array.from(text.matchAll(NO_RESTRICTION_LINE), (match) => match[1]);
}

export function restrictionBanner(page: Page, personName: string): Locator {
  return page.locator(`[role="group"][aria-label=${JSON.stringify(`Contact restriction for ${personName}`)}]`);
}

function anyRestrictionBanner(page: Page): Locator {
  return page.locator(ANY_BANNER);
}

/**
 * Opens Check a customer as the persona and searches for the name; resolves once the screen
 * shows an answer (a banner, a person found, nobody found, or a failed check). `today` moves
 * the browser's clock only, to see what staff would see on that day.
 */
export async function checkCustomer(
  session: HostPageSession,
  persona: string,
  typedName: string,
  options: { today?: string } = {}
): Promise<Page> {
  const page = await session.openAs(persona, {}, options);
  await page.getByRole('button', { name: 'Open Check a customer' }).click();
  const search = page.getByRole('search', { name: 'Check a customer' });
  await search.getByRole('searchbox', { name: /Customer.s name/ }).fill(typedName);
  await search.getByRole('button', { name: 'Check', exact: true }).click();
  await anyRestrictionBanner(page)
    .or(page.getByText(NOBODY_MATCHED))
    .or(page.getByText(/no contact restriction/i))
    .or(page.getByText('The check did not work'))
    .first()
    .waitFor();
  return page;
}

/** The banner for the person shows what is restricted, where, who to contact (and their cover) and how to make necessary contact. */
export async function expectRestrictionBanner(
  page: Page,
  personName: string,
  restriction: SinglePointOfContact,
  where: RegExp = /Housing/
): Promise<void> {
  const banner = restrictionBanner(page, personName);
  if (!(await banner.isVisible())) {
    throw new Error(`No banner "Contact restriction for ${personName}". The page said:\n${await pageText(page)}`);
  }
  const text = await banner.innerText();
  expect(text).toContain(`${personName} has a contact restriction`);
  expect(text).toContain('What is restricted');
  expect(text).toContain(SANCTION_CATALOGUE.R01.label);
  expect(text).toContain('Where it applies');
  expect(text).toMatch(where);
  expect(text).toContain('Single point of contact');
  expect(text).toContain(restriction.officer);
  expect(text).toContain(restriction.cover);
  expect(text).toContain('If you must make contact');
  expect(text).toContain(restriction.necessaryContact);
}

export async function expectNoRestrictionBanner(page: Page): Promise<void> {
  const banners = anyRestrictionBanner(page);
  if ((await banners.count()) > 0) {
    throw new Error(`A restriction banner is shown where none should be:\n${(await banners.allInnerTexts()).join('\n---\n')}`);
  }
}

/** The whole page, as a member of staff can read it. */
export function pageText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

/** BR-22: staff never see the behaviour or the narrative, not one distinctive word of it. */
export async function expectNoneOfTheseWords(page: Page, words: readonly string[]): Promise<void> {
  const text = (await pageText(page)).toLowerCase();
  expect(words.filter((word) => text.includes(word.toLowerCase()))).toEqual([]);
}

export async function expectListedWithoutRestriction(page: Page, personName: string): Promise<void> {
  const text = await pageText(page);
  if (!namesListedWithoutRestriction(text).includes(personName)) {
    throw new Error(`"${personName}: no contact restriction" is not on the page. The page said:\n${text}`);
  }
}

export async function expectNobodyMatchedAndNoAllClear(page: Page): Promise<void> {
  const text = await pageText(page);
  expect(text).toMatch(NOBODY_MATCHED);
  expect(text).not.toMatch(USUAL_WAY_ALL_CLEAR);
}
