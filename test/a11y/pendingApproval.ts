// Gives the running local host page (in-memory mode) a sanction waiting for approval: the
// records of pendingApprovalRecords() are created through the app's own data port (the
// AppServices context value), and the page's fake case service then lists the approval as
// the real service would. The demo data set itself has none, because other screens' tests
// count its cases.
import type { Page } from 'playwright-core';
import { pendingApprovalRecords } from '../ui/fakes/fixtures';

export async function addPendingApproval(page: Page): Promise<void> {
  await page.evaluate(async (records) => {
    const main = document.querySelector('main');
    const key = main ? Object.keys(main).find((k) => k.startsWith('__reactFiber$')) : undefined;
    interface Creates {
      create(value: unknown): Promise<unknown>;
    }
    interface Services {
      store: { persons: Creates; incidents: Creates; cases: Creates };
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
        await value.store.persons.create(records.person);
        await value.store.incidents.create(records.incident);
        await value.store.cases.create(records.kase);
        return;
      }
      fiber = fiber.return;
    }
    throw new Error('AppServices context not found above <main>');
  }, pendingApprovalRecords());
}
