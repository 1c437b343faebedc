import { ESLint } from 'eslint';
import * as path from 'node:path';

// The dependency rule (ARCHITECTURE.md) is enforced by ESLint in `npm test`. This test holds
// the rule itself to its purpose: for each layer, an import that breaks the rule is refused
// and an import the rule allows passes. It uses the entries .eslintrc.js uses
// (tools/eslint/dependencyRules.js), so a weakened pattern fails here.
const ROOT = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const dependencyOverrides = require('../../tools/eslint/dependencyRules') as { files: string[]; rules: Record<string, unknown> }[];

// ESLint 8 runs eslintrc-style options; the installed typings describe ESLint 9's flat ones.
const linter = new ESLint({
  cwd: ROOT,
  useEslintrc: false,
  overrideConfig: {
    parser: '@typescript-eslint/parser',
    parserOptions: { sourceType: 'module', ecmaVersion: 2022 },
    overrides: dependencyOverrides
  }
} as unknown as ESLint.Options);

async function refused(file: string, importPath: string): Promise<boolean> {
  const [result] = await linter.lintText(`import { x } from '${importPath}';\nexport const y = x;\n`, { filePath: path.join(ROOT, file) });
  return result.messages.some((message) => message.ruleId === 'no-restricted-imports');
}

describe('the dependency rule is enforced by lint', () => {
  test.each([
    ['src/domain/model/case.ts', '../../data/ports'],
    ['src/domain/workflow/applyCaseAction.ts', '../../ui/shell/routes'],
    ['src/domain/letters/validateLetter.ts', '../../../local/seed/personas'],
    ['src/data/sharepoint/caseStore.ts', '../../ui/services/AppServices'],
    ['src/app/cases/saveCaseChange.ts', '../../data/sharepoint/caseStore'],
    ['src/ui/screens/home/HomeScreen.tsx', '../../../data/sharepoint/caseStore'],
    ['src/ui/screens/home/HomeScreen.tsx', '../../../service/members/memberRestrictions'],
    ['src/ui/screens/home/HomeScreen.tsx', '../../../data/memory/memoryStore'],
    ['src/ui/screens/home/HomeScreen.tsx', '../../shell/routes'],
    ['src/ui/screens/person/PersonNeedsOnCase.tsx', '../../shell/routes'],
    ['src/ui/components/ScreenLayout.tsx', '../shell/AppShell'],
    ['src/ui/services/firstScreen.ts', '../shell/useStartedServices'],
    ['src/service/createCaseService.ts', '../ui/shell/App'],
    ['src/webparts/x/X.ts', '../../../test/support/browser'],
    ['local/start.ts', '../test/support/browser'],
    ['tools/provision.ts', '../test/service/support/scenario']
  ])('%s may not import %s', async (file, importPath) => {
    expect(await refused(file, importPath)).toBe(true);
  });

  test.each([
    ['src/domain/model/case.ts', './dates'],
    ['src/data/sharepoint/caseStore.ts', '../../domain'],
    ['src/app/cases/saveCaseChange.ts', '../../data/ports'],
    ['src/ui/screens/home/HomeScreen.tsx', '../../../data/ports'],
    ['src/ui/screens/home/HomeScreen.tsx', '../../../app/cases/saveCaseChange'],
    ['src/ui/screens/home/HomeScreen.tsx', '../../navigation/routeTable'],
    ['src/ui/shell/AppShell.tsx', './routes'],
    ['src/service/createCaseService.ts', '../data/sharepoint/caseStore'],
    ['local/start.ts', '../src/data/sharepoint/caseStore'],
    ['test/ui/harness.tsx', '../../src/data/memory/memoryStore']
  ])('%s may import %s', async (file, importPath) => {
    expect(await refused(file, importPath)).toBe(false);
  });
});
