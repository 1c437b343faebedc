// Keyboard-only helpers for Playwright pages: move with Tab, describe the focused element,
// and check that focus is visible and never dropped to <body>.
import type { Page } from 'playwright-core';

export interface FocusedElement {
  tag: string;
  role: string;
  name: string;
  id: string;
  type: string;
}

/** What has focus now, in words a failing test can print. */
export async function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: 'none', role: '', name: '', id: '', type: '' };
    const labelledBy = el.getAttribute('aria-labelledby');
    const byIds = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : '';
    const labels = (el as HTMLInputElement).labels ? Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent ?? '') : [];
    const name = (el.getAttribute('aria-label') ?? byIds) || labels.join(' ') || (el.textContent ?? '');
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role') ?? '',
      name: name.replace(/\s+/g, ' ').trim().slice(0, 120),
      id: el.id,
      type: el.getAttribute('type') ?? ''
    };
  });
}

export function describeFocus(f: FocusedElement): string {
  return `<${f.tag}${f.type ? ` type=${f.type}` : ''}${f.role ? ` role=${f.role}` : ''}${f.id ? ` id=${f.id}` : ''}> "${f.name}"`;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, and returns it. Fails with
 * the whole path it took, so a broken tab order explains itself.
 */
export async function tabTo(
  page: Page,
  matches: (f: FocusedElement) => boolean,
  options: { max?: number; backwards?: boolean } = {}
): Promise<FocusedElement> {
  const max = options.max ?? 60;
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    path.push(describeFocus(now));
    if (matches(now)) return now;
  }
  throw new Error(`Tab did not reach the element within ${max} presses. Path:\n  ${path.join('\n  ')}`);
}

/** Matches by accessible name (exact, or a pattern) and optionally tag. */
export function named(name: string | RegExp, tag?: string): (f: FocusedElement) => boolean {
  return (f) => (typeof name === 'string' ? f.name === name : name.test(f.name)) && (tag === undefined || f.tag === tag);
}

/** Focus must be on an element inside the app, never dropped to <body> or nothing. */
export async function expectFocusNotLost(page: Page, after: string): Promise<FocusedElement> {
  const f = await focused(page);
  if (f.tag === 'body' || f.tag === 'none' || f.tag === 'html') throw new Error(`Focus was lost to <${f.tag}> after ${after}.`);
  return f;
}

/**
 * The focused element shows a visible focus indicator: the pixels around it differ between
 * focused and not focused (covers outlines, Fluent's ::after focus borders and the
 * underline of inputs alike). Focus is put back afterwards, still in keyboard mode.
 */
export async function expectFocusVisible(page: Page, what = 'the focused element'): Promise<void> {
  const box = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    // Fluent draws some indicators on a wrapper (checkbox, radio, input underline): include it.
    const host = (el.closest('.fui-Checkbox, .fui-Radio, .fui-Input, .fui-Select, .fui-Textarea, .fui-Switch') as HTMLElement | null) ?? el;
    const r = host.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  if (!box) throw new Error(`No element has focus when checking ${what}.`);
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const x = Math.max(0, Math.floor(box.x - 6));
  const y = Math.max(0, Math.floor(box.y - 6));
  const clip = {
    x,
    y,
    width: Math.max(1, Math.min(viewport.width - x, Math.ceil(box.width + 12))),
    height: Math.max(1, Math.min(viewport.height - y, Math.ceil(box.height + 12)))
  };
  const withFocus = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    (window as unknown as { __a11yRefocus?: HTMLElement | null }).__a11yRefocus = el;
    el?.blur();
  });
  const withoutFocus = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  await page.evaluate(() => {
    const holder = window as unknown as { __a11yRefocus?: HTMLElement | null };
    holder.__a11yRefocus?.focus();
    holder.__a11yRefocus = undefined;
  });
  if (withFocus.equals(withoutFocus)) {
    const f = await focused(page);
    throw new Error(`No visible focus indicator on ${what}: ${describeFocus(f)} looks the same focused and not focused.`);
  }
}
