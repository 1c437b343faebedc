// Reading the case view as a persona sees it, for the journeys that follow a case through it.
import type { Page } from 'playwright-core';

/** The case view's timeline, entry by entry. */
export async function timelineOf(page: Page): Promise<string[]> {
  return (await page.locator('section[aria-labelledby="timeline"] li').allInnerTexts()).map((entry) => entry.trim());
}

/** The next steps the case view offers, by their button text. */
export async function nextStepsOffered(page: Page): Promise<string[]> {
  const section = page.getByRole('region', { name: 'Next steps' }).or(page.locator('section[aria-labelledby="next-steps"]')).first();
  return (await section.getByRole('button').allInnerTexts()).map((text) => text.trim());
}
