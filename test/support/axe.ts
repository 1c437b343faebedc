// axe-core in a real browser page (playwright-core), with violations formatted so that a
// failing test says what is wrong, where, and how to fix it.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 level A and AA: the bar the council's accessibility statement sets. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const AXE_PATH = path.join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

export interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}

export interface AxeViolation {
  id: string;
  impact?: string;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

interface AxeWindow {
  axe?: {
    run(
      context: Document,
      options: unknown
    ): Promise<{ violations: Array<AxeViolation & { nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }> }> }>;
  };
}

/**
 * Known false positive, narrowly: Fluent UI v9's focus manager (tabster) adds `<i
 * data-tabster-dummy tabindex="0" aria-hidden="true">` bumpers that hand focus on at once;
 * they are aria-hidden on purpose so screen readers do not announce them (microsoft/tabster#288;
 * Accessibility Insights suppresses exactly this, accessibility-insights-web PR #7605). Only
 * those nodes are dropped from aria-hidden-focus; any other node still fails the rule.
 */
export function withoutKnownFalsePositives(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations
    .map((violation) =>
      violation.id === 'aria-hidden-focus'
        ? { ...violation, nodes: violation.nodes.filter((node) => !/^<i [^>]*data-tabster-dummy=""/.test(node.html)) }
        : violation
    )
    .filter((violation) => violation.nodes.length > 0);
}

/**
 * axe-core served over HTTP, once per test process, as a file the browser may cache: injected as
 * text (addScriptTag's `path`), its half a megabyte was sent and compiled again after every page
 * load, about half a second of a loaded machine each time; from the HTTP cache Chromium reuses
 * the compiled code. The server does not keep the process alive (unref).
 */
let axeUrl: Promise<string> | undefined;

function servedAxeUrl(): Promise<string> {
  axeUrl ??= new Promise<string>((resolve, reject) => {
    const source = fs.readFileSync(AXE_PATH);
    const server = http.createServer((_request, response) => {
      response
        .writeHead(200, {
          'Content-Type': 'text/javascript; charset=utf-8',
          'Cache-Control': 'public, max-age=31536000, immutable',
          'Access-Control-Allow-Origin': '*'
        })
        .end(source);
    });
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/axe.min.js`);
    });
  });
  return axeUrl;
}

/**
 * Waits for the CSS transitions and finite animations running on the page to end, so that axe
 * judges the screen at rest. Fluent UI's buttons fade their colours (100 ms): a button enabled
 * again a moment ago still has its disabled grey part-way, which axe measured as a contrast
 * failure once nothing (a screenshot, say) happened to take longer than the fade. Endless
 * animations (a spinner) are not waited for.
 */
async function transitionsFinished(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) =>
          animation.finished.then(
            () => undefined,
            () => undefined
          )
        )
    )
  );
}

/** Runs axe on the whole document with the WCAG A/AA rules and returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as AxeWindow).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ url: await servedAxeUrl() });
  await transitionsFinished(page);
  const violations = await page.evaluate(
    async (tags) => {
      const axe = (window as unknown as AxeWindow).axe;
      if (!axe) throw new Error('axe-core did not load');
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? undefined,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map((t) => String(t)),
          html: node.html,
          failureSummary: node.failureSummary
        }))
      }));
    },
    [...WCAG_TAGS]
  );
  return withoutKnownFalsePositives(violations);
}

/** One readable block per violation: rule, impact, help, and each offending element. */
export function formatViolations(violations: readonly AxeViolation[], where = ''): string {
  if (violations.length === 0) return `${where}: no axe violations`;
  const lines = [`${where}: ${violations.length} axe violation(s)`];
  for (const violation of violations) {
    lines.push(`- [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes.slice(0, 8)) {
      lines.push(`    target: ${node.target.join(' ')}`);
      lines.push(`    html:   ${node.html.replace(/\s+/g, ' ').slice(0, 300)}`);
      if (node.failureSummary) lines.push(`    why:    ${node.failureSummary.replace(/\s*\n\s*/g, ' | ').slice(0, 400)}`);
    }
    if (violation.nodes.length > 8) lines.push(`    … and ${violation.nodes.length - 8} more element(s)`);
  }
  return lines.join('\n');
}

/** Jest-friendly: resolves to '' when clean, or the formatted report, so `expect(report).toBe('')` explains itself. */
export async function axeReport(page: Page, where: string): Promise<string> {
  const violations = await runAxe(page);
  return violations.length === 0 ? '' : formatViolations(violations, where);
}
