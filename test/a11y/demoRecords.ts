// Adds records to the running local host page (in-memory mode) through the app's own data
// port (the AppServices context value), for states the demo data set does not have.
import type { Page } from 'playwright-core';

export interface DemoRecords {
  persons?: unknown[];
  incidents?: unknown[];
  cases?: unknown[];
  warningMarkers?: unknown[];
}

export async function addDemoRecords(page: Page, records: DemoRecords): Promise<void> {
  await page.evaluate(async (toAdd) => {
    const main = document.querySelector('main');
    const key = main ? Object.keys(main).find((k) => k.startsWith('__reactFiber$')) : undefined;
    interface Creates {
      create(value: unknown): Promise<unknown>;
    }
    interface Services {
      store: { persons: Creates; incidents: Creates; cases: Creates; warningMarkers: Creates };
      caseService: unknown;
    }
    interface Fiber {
      return: Fiber | null;
      memoizedProps?: { value?: Partial<Services> };
      type?: { _context?: unknown };
    }
    let fiber = key ? ((main as unknown as Record<string, Fiber>)[key] as Fiber | null) : null;
    while (fiber) {
      const value = fiber.type?._context ? fiber.memoizedProps?.value : undefined;
      if (value?.store && value.caseService) {
        for (const person of toAdd.persons ?? []) await value.store.persons.create(person);
        for (const incident of toAdd.incidents ?? []) await value.store.incidents.create(incident);
        for (const kase of toAdd.cases ?? []) await value.store.cases.create(kase);
        for (const marker of toAdd.warningMarkers ?? []) await value.store.warningMarkers.create(marker);
        return;
      }
      fiber = fiber.return;
    }
    throw new Error('AppServices context not found above <main>');
  }, records);
}
