// Opening each screen of the local host page (in-memory demo data) for the a11y tests.
import type { Page } from 'playwright-core';

export type Theme = 'light' | 'dark' | 'contrast';
export type Persona =
  'staff' | 'caseOfficer' | 'manager' | 'monitoring' | 'member' | 'foi' | 'director' | 'monitoringOfficer' | 'admin' | 'dpo';

export interface ScreenCase {
  /** Route id from src/ui/shell/routes.ts. */
  id: string;
  /** A persona that may see it (local/seed/demoRecords.ts USERS). */
  as: Persona;
  mode?: 'app' | 'guidance';
  /** In-menu screens are opened with the main navigation; case screens with a deep link and in-app navigation. */
  open:
    | { kind: 'start' }
    | { kind: 'menu'; title: string }
    | { kind: 'deepLink'; caseId: string }
    | { kind: 'caseStep'; caseId: string; button?: string };
}

/** Every screen in the route table, each as a persona who may see it. */
export const SCREENS: readonly ScreenCase[] = [
  { id: 'home', as: 'staff', open: { kind: 'start' } },
  { id: 'record-incident', as: 'staff', open: { kind: 'menu', title: 'Record an incident' } },
  { id: 'check-customer', as: 'staff', open: { kind: 'menu', title: 'Check a customer' } },
  { id: 'my-reports', as: 'staff', open: { kind: 'menu', title: 'My reports' } },
  { id: 'triage', as: 'manager', open: { kind: 'menu', title: 'Triage referrals' } },
  { id: 'member-referrals', as: 'monitoringOfficer', open: { kind: 'menu', title: 'Member referrals' } },
  { id: 'cases', as: 'caseOfficer', open: { kind: 'menu', title: 'Cases' } },
  { id: 'case', as: 'caseOfficer', open: { kind: 'deepLink', caseId: 'case-1' } },
  { id: 'checklist', as: 'caseOfficer', open: { kind: 'caseStep', caseId: 'case-1', button: 'Complete the checklist' } },
  { id: 'invocation', as: 'caseOfficer', open: { kind: 'caseStep', caseId: 'case-1', button: 'Record the panel decision' } },
  { id: 'case-monitoring', as: 'caseOfficer', open: { kind: 'caseStep', caseId: 'case-1' } },
  { id: 'person', as: 'caseOfficer', open: { kind: 'caseStep', caseId: 'case-1', button: "Customer's needs and details" } },
  { id: 'propose-sanction', as: 'caseOfficer', open: { kind: 'caseStep', caseId: 'case-1' } },
  { id: 'review', as: 'caseOfficer', open: { kind: 'caseStep', caseId: 'case-1' } },
  { id: 'appeal', as: 'caseOfficer', open: { kind: 'caseStep', caseId: 'case-1' } },
  { id: 'approvals', as: 'director', open: { kind: 'menu', title: 'Approvals' } },
  { id: 'monitoring', as: 'monitoring', open: { kind: 'menu', title: 'Monitoring' } },
  { id: 'letters', as: 'caseOfficer', open: { kind: 'menu', title: 'Letters' } },
  { id: 'foi', as: 'foi', open: { kind: 'menu', title: 'FOI and EIR assessments' } },
  { id: 'admin', as: 'admin', open: { kind: 'menu', title: 'Administration' } },
  { id: 'warning-markers', as: 'caseOfficer', open: { kind: 'menu', title: 'Warning markers' } },
  { id: 'retention', as: 'dpo', open: { kind: 'menu', title: 'Retention and disposal' } },
  { id: 'subject-access', as: 'dpo', open: { kind: 'menu', title: 'Subject access requests' } },
  { id: 'members-guidance', as: 'member', mode: 'guidance', open: { kind: 'start' } }
];

export function hostUrl(base: string, as: Persona, theme: Theme, mode: 'app' | 'guidance' = 'app', caseId?: string): string {
  const query = new URLSearchParams({ as, theme, mode, store: 'memory' });
  if (caseId) query.set('case', caseId);
  return `${base}?${query.toString()}`;
}

/**
 * Navigates inside the running app through the shell's NavigationContext, exactly as a
 * screen's own "next step" button does. Used for case forms the demo case's status does not
 * offer a button for (e.g. Record a review needs an active sanction); there is no URL for them.
 */
export async function navigateInApp(page: Page, screen: string, params: Record<string, string>): Promise<void> {
  await page.evaluate(
    ({ screen: target, params: targetParams }) => {
      const main = document.querySelector('main');
      if (!main) throw new Error('no <main> to start from');
      const key = Object.keys(main).find((k) => k.startsWith('__reactFiber$') || k.startsWith('__reactInternalInstance$'));
      if (!key) throw new Error('no React fiber on <main>');
      interface Fiber {
        return: Fiber | null;
        memoizedProps?: { value?: { navigate?: (s: string, p: Record<string, string>) => void } };
        type?: { _context?: unknown };
      }
      let fiber = (main as unknown as Record<string, Fiber>)[key] as Fiber | null;
      while (fiber) {
        const value = fiber.type?._context ? fiber.memoizedProps?.value : undefined;
        if (value && typeof value.navigate === 'function') {
          value.navigate(target, targetParams);
          return;
        }
        fiber = fiber.return;
      }
      throw new Error('NavigationContext not found above <main>');
    },
    { screen, params }
  );
}

/** Waits until the screen's h2 is there and nothing in <main> is still loading. */
export async function waitForScreen(page: Page): Promise<void> {
  await page.locator('#screen-title:not([data-a11y-stale])').first().waitFor({ state: 'visible', timeout: 15000 });
  await page.waitForFunction(() => !document.querySelector('main [role="status"] .fui-Spinner, main .fui-Spinner'), undefined, {
    timeout: 15000
  });
  // Let Fluent's CSS-in-JS insert the styles and transitions (button hover, focus) settle.
  await page.waitForTimeout(150);
}

/** Marks the current screen's title so waitForScreen() waits for the next screen's. */
export async function markScreenStale(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('#screen-title').forEach((el) => el.setAttribute('data-a11y-stale', '')));
}

/** Reuses one page per persona, theme and mode; opens the screen as a person would. */
export class ScreenOpener {
  private current = '';

  constructor(
    private readonly page: Page,
    private readonly base: string
  ) {}

  async open(screen: ScreenCase, theme: Theme): Promise<void> {
    const mode = screen.mode ?? 'app';
    const session = `${screen.as}|${theme}|${mode}`;
    const { open } = screen;
    if (open.kind === 'start' || open.kind === 'deepLink' || session !== this.current) {
      const caseId = open.kind === 'deepLink' ? open.caseId : undefined;
      await this.page.goto(hostUrl(this.base, screen.as, theme, mode, caseId));
      this.current = session;
      await waitForScreen(this.page);
    }
    if (open.kind === 'menu') {
      await markScreenStale(this.page);
      await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: open.title, exact: true }).click();
      await waitForScreen(this.page);
    } else if (open.kind === 'caseStep') {
      // In-app navigation re-renders synchronously (React 17, outside an event handler), and
      // the case may already be open (same key, no remount): so no stale mark here.
      await navigateInApp(this.page, 'case', { caseId: open.caseId });
      await waitForScreen(this.page);
      await markScreenStale(this.page);
      const step = open.button ? this.page.getByRole('button', { name: open.button, exact: true }) : undefined;
      if (step && (await step.count()) > 0) await step.click();
      else await navigateInApp(this.page, screen.id, { caseId: open.caseId });
      await waitForScreen(this.page);
    }
  }
}
