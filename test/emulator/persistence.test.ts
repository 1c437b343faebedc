import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { ADMIN, pnpFor, startTestEmulator } from './harness';

function runCrashingChild(dataFile: string): Promise<{ signal: string | undefined; output: string }> {
  return new Promise((resolve) => {
    const script = resolvePath(__dirname, 'fixtures/crash-mid-save.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, dataFile], {
      cwd: resolvePath(__dirname, '../..'),
      env: { ...process.env, CCM_EMULATOR_CRASH_BEFORE_RENAME: '1' }
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (_code, signal) => resolve({ signal: signal ?? undefined, output }));
  });
}

describe('persistence', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ccm-emulator-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('survives a restart with items, versions, fields, groups and ID sequence', async () => {
    const dataFile = join(dir, 'sp.json');
    const first = await startTestEmulator({ dataFile });
    const sp = pnpFor(first, ADMIN);
    await sp.web.lists.add('Durable');
    await sp.web.lists.getByTitle('Durable').fields.addText('Key', { Indexed: true });
    const added = await sp.web.lists.getByTitle('Durable').items.add({ Title: 'kept', Key: 'K1' });
    await sp.web.lists.getByTitle('Durable').items.getById(added.Id).update({ Title: 'kept, edited' });
    await sp.web.siteGroups.add({ Title: 'Survivors' });
    await first.close();
    expect(existsSync(dataFile)).toBe(true);

    const second = await startTestEmulator({ dataFile });
    const again = pnpFor(second, ADMIN);
    const items = await again.web.lists.getByTitle('Durable').items.select('Id', 'Title', 'Key').filter("Key eq 'K1'")();
    expect(items).toEqual([expect.objectContaining({ Id: added.Id, Title: 'kept, edited', 'odata.etag': '"2"' })]);
    const next = await again.web.lists.getByTitle('Durable').items.add({ Title: 'next' });
    expect(next.Id).toBe(added.Id + 1);
    expect((await again.web.siteGroups.getByName('Survivors')()).Title).toBe('Survivors');
    await second.close();
  });

  it('keeps the previous file intact when the process dies between temp write and rename', async () => {
    const dataFile = join(dir, 'sp.json');
    const before = readFileSync(dataFile, 'utf8');
    const result = await runCrashingChild(dataFile);
    expect(result.output).toContain('added 201');
    expect(result.signal).toBe('SIGKILL');
    expect(readdirSync(dir).some((name) => name.startsWith('sp.json.tmp-'))).toBe(true);
    expect(readFileSync(dataFile, 'utf8')).toBe(before);

    const restarted = await startTestEmulator({ dataFile });
    const titles = (await pnpFor(restarted, ADMIN).web.lists.getByTitle('Durable').items.select('Title')()).map((i) => i.Title);
    expect(titles).toEqual(['kept, edited', 'next']);
    await restarted.close();
  }, 20000);
});
