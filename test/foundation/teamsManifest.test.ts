import * as fs from 'node:fs';
import * as path from 'node:path';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';

const manifestDir = path.join(__dirname, '..', '..', 'teams-manifest');
const webPartManifestPath = path.join(
  __dirname,
  '..',
  '..',
  'src',
  'webparts',
  'customerCaseManagement',
  'CustomerCaseManagementWebPart.manifest.json'
);

function readJson<T>(file: string): T {
  // SPFx manifests allow // comments: strip whole-line comments before parsing.
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/,\s*\/\/[^\n]*$/gm, ',');
  return JSON.parse(text) as T;
}

describe('Teams app manifest', () => {
  const manifest = readJson<TeamsManifest>(path.join(manifestDir, 'manifest.json'));

  test('validates offline against the official Teams manifest schema bundled in @microsoft/app-manifest', async () => {
    const failures = await AppManifestUtils.validateAgainstSchema(manifest);
    expect(failures).toEqual([]);
  });

  test('a broken manifest is reported by the same validator (the check is real)', async () => {
    const broken = { ...manifest, id: 'not-a-guid', accentColor: 'blue' } as TeamsManifest;
    const failures = await AppManifestUtils.validateAgainstSchema(broken);
    expect(failures.length).toBeGreaterThan(0);
  });

  test('the personal app and the team tab both load the SPFx web part', () => {
    const webPart = readJson<{ id: string; supportedHosts: string[] }>(webPartManifestPath);
    expect(webPart.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp']));
    const urls = [
      ...(manifest.staticTabs ?? []).map((tab) => tab.contentUrl ?? ''),
      ...(manifest.configurableTabs ?? []).map((tab) => tab.configurationUrl)
    ];
    expect(urls).toHaveLength(2);
    for (const url of urls) expect(url).toContain(`componentId=${webPart.id}`);
  });

  test('the case service bot sits beside the tabs, personal scope only (approval cards in 1:1 chat)', () => {
    expect(manifest.bots).toHaveLength(1);
    const bot = (manifest.bots ?? [])[0];
    expect(bot.botId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(bot.botId).not.toBe(manifest.id);
    expect(bot.scopes).toEqual(['personal']);
    expect(manifest.staticTabs).toHaveLength(1);
    expect(manifest.configurableTabs).toHaveLength(1);
  });

  test('icons have the sizes Teams requires (192 colour, 32 outline)', () => {
    const size = (file: string): [number, number] => {
      const bytes = fs.readFileSync(path.join(manifestDir, file));
      return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    };
    expect(size('color.png')).toEqual([192, 192]);
    expect(size('outline.png')).toEqual([32, 32]);
  });
});
