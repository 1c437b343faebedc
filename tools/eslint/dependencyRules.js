// The dependency rule (ARCHITECTURE.md, issue 15), enforced rather than kept by discipline:
// each layer names the folders it must not import. Patterns match the import's path, so a
// relative import that climbs into another layer ('../../data/sharepoint/x') is caught.
const layer = (folders) => folders.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]);
const LOCAL_AND_TEST = ['local', 'test'];
const UI_MAY_NOT_IMPORT = ['data/sharepoint', 'data/memory', 'data/provisioning', 'service', 'webparts', ...LOCAL_AND_TEST];
function importRule(message, folders) {
  return ['error', { patterns: [{ group: layer(folders), message }] }];
}
const DEPENDENCY_RULES = [
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': importRule('The domain imports nothing of ours outside src/domain (ARCHITECTURE.md).', [
        'data',
        'app',
        'ui',
        'service',
        'cards',
        'webparts',
        ...LOCAL_AND_TEST
      ])
    }
  },
  {
    files: ['src/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': importRule('Storage depends on the domain only.', [
        'app',
        'ui',
        'service',
        'cards',
        'webparts',
        ...LOCAL_AND_TEST
      ])
    }
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': importRule('Use cases depend on the domain and the data ports, never on a host or an adapter.', [
        'ui',
        'service',
        'cards',
        'webparts',
        'data/sharepoint',
        'data/memory',
        ...LOCAL_AND_TEST
      ])
    }
  },
  {
    files: ['src/cards/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': importRule('Cards are built from the domain only.', [
        'data',
        'app',
        'ui',
        'service',
        'webparts',
        ...LOCAL_AND_TEST
      ])
    }
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': importRule(
        'The UI reaches storage only through the data ports; only the web part composes adapters.',
        UI_MAY_NOT_IMPORT
      )
    }
  },
  {
    // The shell (src/ui/shell) composes the UI: it lazy-loads every screen through its route table
    // (shell/routes.ts). So nothing it composes imports it back: screens, components and UI services
    // read the route table's names and roles, the screen props and navigation from src/ui/navigation.
    files: [
      'src/ui/screens/**/*.{ts,tsx}',
      'src/ui/components/**/*.{ts,tsx}',
      'src/ui/services/**/*.{ts,tsx}',
      'src/ui/navigation/**/*.{ts,tsx}'
    ],
    rules: {
      'no-restricted-imports': importRule(
        'The UI reaches storage only through the data ports; the shell composes the screens, so they import src/ui/navigation, never the shell.',
        [...UI_MAY_NOT_IMPORT, 'ui/shell', 'shell']
      )
    }
  },
  {
    files: ['src/service/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': importRule('The case service does not import the UI, the web part, local tooling or tests.', [
        'ui',
        'webparts',
        'data/memory',
        ...LOCAL_AND_TEST
      ])
    }
  },
  {
    files: ['src/webparts/**/*.{ts,tsx}', 'src/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': importRule('Nothing in src imports local tooling or tests.', LOCAL_AND_TEST) }
  },
  {
    files: ['local/**/*.{ts,tsx}', 'tools/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': importRule('Local tooling and scripts do not import tests.', ['test']) }
  }
];

module.exports = DEPENDENCY_RULES;
