// The case officer writes the restriction decision letter on the Letters screen (already
// open on a case in SanctionLetterDraft) and produces its Word document, in Chromium. Shared
// by the end-to-end case flow and the axe pass over the Letters screen's "record as sent" state.
import type { Page } from 'playwright-core';

/** BR-07's mandatory items of the restriction decision letter, with what the officer writes. */
const RESTRICTION_LETTER: ReadonlyArray<readonly [RegExp, string]> = [
  [/The behaviour that caused concern/, 'A threat to come to the office and make staff pay, on 3 November 2026.'],
  [/Why we made this decision/, 'The monitoring letter did not change the behaviour.'],
  [/What we are doing and how the person can contact us now/, 'Contact only through your single point of contact, by email.'],
  [/Where the restriction applies/, 'The Housing service.'],
  [/How long it lasts/, 'Six months from the start date.'],
  [/When we made the decision and when we will review it/, 'Decided on 28 November 2026; we will review it within three months.'],
  [/How to challenge or appeal the decision/, 'Write to the Head of Customer Services within 10 working days.'],
  [/Right to complain to the Local Government and Social Care Ombudsman/, 'You may complain to the Ombudsman if you remain unhappy.']
];

export async function writeAndProduceRestrictionLetter(page: Page, recipient: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Type of letter' }).selectOption('RestrictionDecision');
  await page.getByRole('textbox', { name: /Their name/ }).fill(recipient);
  await page.getByRole('textbox', { name: /Their job title/ }).fill('Customer Relations Officer');
  for (const [label, text] of RESTRICTION_LETTER) await page.getByRole('textbox', { name: label }).fill(text);
  await page.getByRole('button', { name: 'Produce the Word document' }).click();
  await page.getByText('The letter is ready').waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: 'Record as sent to the customer' }).waitFor();
}
