// The Microsoft 365 Agents Playground as the Teams client (issue 6): the real local stack
// (SharePoint emulator with the demo data, the case service in 'local' auth mode, the local
// Bot Connector) on free ports, the Playground as a child process (offline, its current
// user configured as Edwina Director, an approver of the demo's pending sanction), and its
// web UI in headless Chromium. The case officer asks for approval through the service's API;
// the card arrives in the approver's chat by itself (a proactive send through the local Bot
// Connector to the Playground's /_connector); Approve with a comment turns it into the
// decided view; the decision is read back from SharePoint as the auditor and the case team;
// the case officer records the restriction letter as sent and the sanction is active.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startLocalSharePoint, type LocalSharePoint } from '../../local/sp-local';
import { startLocalBotConnector, type LocalBotConnector } from '../../local/botConnector';
import { oid, personaByKey, personaDirectory } from '../../local/seed/personas';
import { playgroundConfig } from '../../local/playgroundConfig';
import { startCaseService, type LocalCaseService } from '../../local/caseService';
import { dateOfInstant, type IsoInstant } from '../../src/domain';
import { sendRestrictionLetter } from '../service/support/restrictionLetter';
import { launchChromium, saveScreenshot, screenshotPath } from '../support/browser';
import { freePort } from './support/stack';

jest.setTimeout(180_000);

const PLAYGROUND_BIN = path.join(__dirname, '..', '..', 'node_modules', '.bin', 'agentsplayground');
/** The demo data's pending sanction (local/seed/demo-data.ts), waiting for ed.director and hugh.head. */
const CASE_ID = 'demo-case-pending';
const SANCTION_ID = 'demo-sanction-pending';
const APPROVER = personaByKey('ed.director');
const COMMENT = 'Proportionate: single point of contact agreed (Playground e2e).';

function httpOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    // No keep-alive agent: a pooled socket would outlive the test and keep Jest's worker from exiting.
    const request = http.get(url, { agent: false }, (response) => {
      response.resume();
      resolve((response.statusCode ?? 500) < 500);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(2000, () => {
      request.destroy();
      resolve(false);
    });
  });
}

interface RunningPlayground {
  url: string;
  process: ChildProcess;
  output: () => string;
}

/** Starts the Playground and waits until its UI answers (it falls back to a random port when the one asked for is taken). */
async function startPlayground(dir: string, messagesUrl: string, port: number): Promise<RunningPlayground> {
  const noopBin = path.join(dir, 'bin');
  fs.mkdirSync(noopBin, { recursive: true });
  // On Linux the Playground opens a browser after "Listening" and crashes without xdg-open (TOOLCHAIN.md).
  fs.writeFileSync(path.join(noopBin, 'xdg-open'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  const configFile = path.join(dir, '.m365agentsplayground.yml');
  fs.writeFileSync(configFile, playgroundConfig(APPROVER.key));
  let output = '';
  const child = spawn(PLAYGROUND_BIN, ['-e', messagesUrl, '-c', 'msteams', '-p', String(port), '--disable-telemetry'], {
    cwd: dir,
    env: {
      ...process.env,
      PATH: `${noopBin}${path.delimiter}${process.env.PATH ?? ''}`,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configFile,
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dir, 'playground.log')
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const allOutput = (): string => {
    const log = path.join(dir, 'playground.log');
    return `${output}${fs.existsSync(log) ? `\n--- playground.log ---\n${fs.readFileSync(log, 'utf8')}` : ''}`;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The Agents Playground exited (code ${child.exitCode}):\n${allOutput()}`);
    const listening = /Listening on (\d+)/.exec(output);
    if (listening) {
      const url = `http://127.0.0.1:${listening[1]}`;
      // Its backend mounts after "Listening" and exits if the config file is invalid.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if (child.exitCode === null && (await httpOk(url))) return { url, process: child, output: allOutput };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The Agents Playground did not answer within 60 s:\n${allOutput()}`);
}

/** Stops the Playground's process group and lets go of its output pipes (open pipes keep Jest's worker alive). */
async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  await stopProcessGroup(child);
  child?.stdout?.destroy();
  child?.stderr?.destroy();
  child?.unref();
}

function stopProcessGroup(child: ChildProcess | undefined): Promise<void> {
  if (child?.pid === undefined || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
      resolve();
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      // Its own process group (detached): the npm bin shim and node both go.
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

describe('Microsoft 365 Agents Playground as the Teams client', () => {
  let dir: string;
  let sharePoint: LocalSharePoint | undefined;
  let connector: LocalBotConnector | undefined;
  let service: LocalCaseService | undefined;
  let playground: RunningPlayground | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-playground-'));
    sharePoint = await startLocalSharePoint({ port: 0, dataFile: path.join(dir, 'sp.json'), log: () => undefined });
    const playgroundPort = await freePort();
    connector = await startLocalBotConnector({
      port: 0,
      playgroundUrl: `http://127.0.0.1:${playgroundPort}/_connector`,
      log: () => undefined
    });
    service = await startCaseService({
      port: await freePort(),
      siteUrl: sharePoint.siteUrl,
      spUserLogin: personaByKey('svc.ccm').login,
      auth: 'local',
      serviceUrl: connector.url,
      directory: personaDirectory(),
      sweepIntervalMinutes: 0,
      log: () => undefined
    });
    playground = await startPlayground(dir, service.messagesUrl, playgroundPort);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await page?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await stopProcess(playground?.process);
    await service?.close().catch(() => undefined);
    await connector?.close().catch(() => undefined);
    await sharePoint?.emulator.close().catch(() => undefined);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('asking for approval makes the card arrive; Approve shows the decided card; after the restriction letter the sanction is active', async () => {
    const pg = playground!;
    const sp = sharePoint!;
    const svc = service!;
    page = await browser!.newPage({ viewport: { width: 1400, height: 1100 } });
    const step = async <T>(what: string, action: () => Promise<T>): Promise<T> => {
      try {
        return await action();
      } catch (error) {
        await page!.screenshot({ path: screenshotPath('playground-failure'), fullPage: true }).catch(() => undefined);
        const log = await page!
          .locator('body')
          .innerText()
          .catch(() => '');
        throw new Error(
          `Playground step failed: ${what}\n${(error as Error).message}\n--- page text ---\n${log.slice(-3000)}\n--- playground output ---\n${pg.output().slice(-3000)}`
        );
      }
    };

    await step('open the Playground and get the welcome card (installationUpdate)', async () => {
      await page!.goto(pg.url);
      await page!.getByText('Type "approvals" at any time').first().waitFor({ timeout: 60_000 });
    });
    expect(
      await page
        .getByText(APPROVER.title.replace(/ \(.*\)$/, ''))
        .first()
        .isVisible()
    ).toBe(true);
    const approvalCards = page.locator('.ac-adaptiveCard').filter({ hasText: 'Sanction approval needed' });
    expect(await approvalCards.count()).toBe(0);

    // The case officer (the proposer) asks for approval, as the tab does: her bearer token, the service's API.
    const asked = await fetch(`${svc.url}/api/sanctions/${SANCTION_ID}/request-approval`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await svc.issueToken(oid('cara.cro'))}`, 'content-type': 'application/json' },
      body: JSON.stringify({ caseId: CASE_ID })
    });
    expect({ status: asked.status, body: await asked.json() }).toEqual({
      status: 202,
      body: { approvalId: SANCTION_ID, status: 'Pending' }
    });

    // Nothing is typed: the card arrives in the approver's chat.
    const card = approvalCards.last();
    await step('see the approval card arrive', () => card.waitFor({ timeout: 60_000 }));
    expect(await approvalCards.count()).toBe(1);
    const cardText = await card.innerText();
    // The card names the case by the reference people read (CCM-yyyy-nnnn), as SharePoint holds it.
    const reference = (await sp.storeAs('alex.alternate').cases.get(CASE_ID)).value.reference as string;
    expect(reference).toMatch(/^CCM-\d{4}-\d{4}$/);
    expect(cardText).toContain(reference);
    expect(cardText).toContain('Gwenllian ap Dafydd');
    expect(cardText).toContain('R01 Single point of contact');
    expect(cardText).toContain('Housing service');
    // The service stored where the card lives, so it can be updated for everyone later.
    const sent = await sp.storeAs('alex.alternate').approvalRequests.find(`approval:${SANCTION_ID}:${oid('ed.director')}`);
    expect(sent?.value).toMatchObject({
      status: 'Pending',
      conversationId: expect.stringMatching(/.+/),
      activityId: expect.stringMatching(/.+/)
    });
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'playground-approval-card');

    await step('comment and click Approve', async () => {
      await card.locator('textarea').fill(COMMENT);
      await card.getByRole('button', { name: 'Approve' }).click();
    });
    const decided = page.locator('.ac-adaptiveCard').filter({ hasText: 'Sanction decision: approved' }).last();
    await step('see the card turn into the decided view', () => decided.waitFor({ timeout: 60_000 }));
    const decidedText = await decided.innerText();
    expect(decidedText).toContain(reference);
    expect(decidedText).toContain('Edwina Director');
    expect(decidedText).toContain(COMMENT);
    expect(await decided.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    // The card was updated in place: no approval card with live buttons is left.
    expect(await approvalCards.count()).toBe(0);
    await saveScreenshot(page, 'playground-decided-card');

    // SharePoint, read back through the repositories as people other than the service.
    const decisions = (await sp.storeAs('aud.auditor').decisions.listBySanction(SANCTION_ID)).map((s) => s.value);
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ approverId: oid('ed.director'), outcome: 'Approve', reasons: COMMENT });
    const audit = (await sp.storeAs('aud.auditor').auditLog.listForEntity('ApprovalDecision', decisions[0].id)).map((s) => s.value.event);
    expect(audit.map((e) => e.action)).toEqual(['sanction.approved']);
    const approved = (await sp.storeAs('alex.alternate').cases.get(CASE_ID)).value;
    expect(approved.status).toBe('SanctionLetterDraft');
    const approvedSanction = approved.sanctions.find((s) => s.id === SANCTION_ID);
    expect(approvedSanction?.status).toBe('Approved');
    expect(approvedSanction?.approvals.map((a) => [a.approverId, a.outcome])).toEqual([[oid('ed.director'), 'Approve']]);
    for (const approver of ['ed.director', 'hugh.head']) {
      const request = await sp.storeAs('alex.alternate').approvalRequests.find(`approval:${SANCTION_ID}:${oid(approver)}`);
      expect(request?.value.status).toBe('Decided');
    }

    // Approval alone restricts nothing: the customer must be told first. The case officer
    // records the restriction letter as sent (the domain's sendSanctionLetter, as the tab does).
    const now = new Date().toISOString() as IsoInstant;
    const sentOn = dateOfInstant(now);
    await sendRestrictionLetter(sp.storeAs('cara.cro'), CASE_ID, { id: oid('cara.cro'), sentOn, now });
    const active = (await sp.storeAs('alex.alternate').cases.get(CASE_ID)).value;
    expect(active.status).toBe('SanctionActive');
    expect(active.sanctions.find((s) => s.id === SANCTION_ID)).toMatchObject({
      status: 'Active',
      // The restriction applies once the customer is told: a letter sent after the planned
      // start (1 December 2026) moves the start to the day it was sent.
      startDate: sentOn > '2026-12-01' ? sentOn : '2026-12-01',
      endDate: '2027-05-31',
      reviewDate: '2027-02-28',
      customerNotifiedOn: sentOn
    });
    expect(active.letters.map((l) => [l.type, l.sentOn])).toEqual([['RestrictionDecision', sentOn]]);
    const caseEvents = (await sp.storeAs('aud.auditor').auditLog.listForEntity('Case', CASE_ID)).map((s) => s.value.event);
    expect(caseEvents.find((e) => e.action === 'case.sendSanctionLetter')).toMatchObject({
      actorId: oid('cara.cro'),
      before: { status: 'SanctionLetterDraft' },
      after: { status: 'SanctionActive' }
    });
    expect(await sp.storeAs('aud.auditor').auditLog.verifyChain()).toMatchObject({ ok: true });

    // The "approvals" command still answers in the chat: nothing is waiting any more.
    await step('send "approvals" and hear that nothing is waiting', async () => {
      const box = page!.locator('[data-lexical-editor="true"][role="textbox"]');
      await box.click();
      await page!.keyboard.type('approvals');
      await page!.keyboard.press('Enter');
      await page!.locator('.ac-adaptiveCard').filter({ hasText: 'Nothing waiting for you' }).last().waitFor({ timeout: 60_000 });
    });
    await saveScreenshot(page, 'playground-sanction-active');
  });
});
