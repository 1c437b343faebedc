import * as fs from 'node:fs';
import * as path from 'node:path';
import { GROUPS } from '../../src/data/schema/security';
import { PERSONAS } from '../../local/seed/personas';

/** The README's persona table must say what the seed and provisioning really do (issue 13). */
function readmeRows(): { key: string; groups: string[] }[] {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf('### Seeded users (personas) and their groups');
  const section = readme.slice(start, readme.indexOf('\n## ', start));
  return section
    .split('\n')
    .filter((line) => /^\| `[^`]+` \|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      const groups = cells[3]
        .replace(/\s*\(site admin\)/, '')
        .split(',')
        .map((group) => group.trim());
      return { key: cells[1].replace(/`/g, ''), groups };
    });
}

describe('README persona table', () => {
  const titleOf = new Map(GROUPS.map((group) => [group.key, group.title] as const));

  test('lists every persona, and only those', () => {
    expect(
      readmeRows()
        .map((row) => row.key)
        .sort()
    ).toEqual(PERSONAS.map((persona) => persona.key).sort());
  });

  test('gives each persona exactly the SharePoint groups provisioning creates and the seed adds them to', () => {
    const provisioned = new Set(GROUPS.map((group) => group.title));
    for (const row of readmeRows()) {
      const persona = PERSONAS.find((candidate) => candidate.key === row.key);
      const expected = (persona?.groups ?? []).map((key) => titleOf.get(key) ?? key).sort();
      expect({ key: row.key, groups: [...row.groups].sort() }).toEqual({ key: row.key, groups: expected });
      for (const group of row.groups) expect(provisioned.has(group)).toBe(true);
    }
  });
});
