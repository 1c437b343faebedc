import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalSharePoint, type LocalSharePoint } from '../../local/sp-local';
import { oid, personaByKey, personaDirectory } from '../../local/seed/personas';
import { startCaseService, type LocalCaseService } from '../../local/caseService';

/*
 * `npm start` wiring, end to end on free ports: local/sp-local.ts's provisioned and seeded
 * emulator, then the case service in local auth mode acting as svc.ccm. A manager persona's
 * loopback token (issueToken, by Entra object id) sees the seeded pending approval.
 */

jest.setTimeout(60000);

describe('local mode: the case service against the provisioned, seeded local SharePoint', () => {
  let dir: string;
  let sp: LocalSharePoint;
  let service: LocalCaseService;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ccm-local-'));
    sp = await startLocalSharePoint({ port: 0, dataFile: join(dir, 'sp.json'), log: () => undefined });
    service = await startCaseService({
      port: 0,
      siteUrl: sp.siteUrl,
      spUserLogin: personaByKey('svc.ccm').login,
      auth: 'local',
      directory: personaDirectory(),
      sweepIntervalMinutes: 0,
      log: () => undefined
    });
  });

  afterAll(async () => {
    await service?.close();
    await sp?.emulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const mine = async (token: string | undefined): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`${service.url}/api/approvals/mine`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, body: await response.json() };
  };

  test('a manager (designated approver) sees the seeded pending approval through GET /api/approvals/mine', async () => {
    const token = await service.issueToken(oid('ed.director'));
    const response = await mine(token);
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      expect.objectContaining({
        approvalId: 'demo-sanction-pending',
        caseId: 'demo-case-pending',
        sanctionId: 'demo-sanction-pending',
        status: 'Pending',
        proposedBy: 'Cara Rhodes',
        personName: expect.stringContaining('Gwenllian')
      })
    ]);
    expect((await mine(await service.issueToken(oid('hugh.head')))).body).toHaveLength(1);
  });

  test('someone who is not an approver sees nothing, and no token is refused', async () => {
    expect((await mine(await service.issueToken(oid('sam.staff')))).body).toEqual([]);
    expect((await mine(undefined)).status).toBe(401);
  });

  test('the bot endpoint and the loopback JWKS are on the same listener', async () => {
    expect(service.messagesUrl).toBe(`${service.url}/api/messages`);
    const jwks = (await (await fetch(`${service.url}/local-auth/jwks`)).json()) as { keys: unknown[] };
    expect(jwks.keys).toHaveLength(1);
    expect((await fetch(`${service.url}/api/health`)).status).toBe(200);
  });

  test('the seeded pending sanction can be approved from the tab inbox; the decision is in SharePoint', async () => {
    const token = await service.issueToken(oid('ed.director'));
    const response = await fetch(`${service.url}/api/approvals/demo-sanction-pending/decision`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'Approve', reasons: 'Proportionate; time-limited.' })
    });
    expect(response.status).toBe(200);
    const kase = (await sp.storeAs('alex.alternate').cases.get('demo-case-pending')).value;
    expect(kase.status).toBe('SanctionLetterDraft');
    expect(kase.sanctions[0]).toMatchObject({ status: 'Approved', approvals: [{ approverId: oid('ed.director'), outcome: 'Approve' }] });
    expect(await sp.storeAs('aud.auditor').auditLog.verifyChain()).toMatchObject({ ok: true });
    expect((await mine(token)).body).toEqual([]);
  });
});
