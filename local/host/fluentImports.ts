import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Plugin } from 'esbuild';

const BARREL = '@fluentui/react-components';
const IMPORT_FROM_BARREL = /import\s*\{([^}]*)\}\s*from\s*['"]@fluentui\/react-components['"];?/g;

/** Rewritten imports name their package with this prefix, resolved from the barrel's folder. */
const FROM_BARREL_DIR = 'fluent-barrel-dependency:';

/** The barrel's folder: its dependencies are resolved from there (some are not hoisted to the top). */
function barrelDirectory(): string {
  // The package's exports map hides lib/index.js; its package.json is the way in.
  return path.join(path.dirname(require.resolve(`${BARREL}/package.json`)), 'lib');
}

/** Export name -> [package, name inside the package], read from the barrel's `export { … } from "…"` lines. */
function readBarrel(): Map<string, [string, string]> {
  const source = fs.readFileSync(path.join(barrelDirectory(), 'index.js'), 'utf8').replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
  const names = new Map<string, [string, string]>();
  for (const match of source.matchAll(/export\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    for (const specifier of match[1].split(',')) {
      const [inner, outer] = specifier.trim().split(/\s+as\s+/);
      if (inner) names.set(outer ?? inner, [match[2], inner]);
    }
  }
  return names;
}

/** Rewrites one file's barrel imports into imports from the packages behind the barrel. */
export function rewriteFluentImports(source: string, names: Map<string, [string, string]>): string {
  return source.replace(IMPORT_FROM_BARREL, (whole, list: string) => {
    const byPackage = new Map<string, string[]>();
    for (const raw of list.split(',')) {
      const specifier = raw.trim();
      if (specifier === '' || specifier.startsWith('type ')) continue;
      const [name, local] = specifier.split(/\s+as\s+/);
      const target = names.get(name);
      // Anything the map does not know (a type-only name) stays on the barrel.
      if (!target) return whole;
      const [pkg, inner] = target;
      const entry = inner === (local ?? name) ? inner : `${inner} as ${local ?? name}`;
      byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), entry]);
    }
    return [...byPackage.entries()].map(([pkg, entries]) => `import { ${entries.join(', ')} } from '${FROM_BARREL_DIR}${pkg}';`).join('\n');
  });
}

/**
 * The local host page's bundle imports Fluent UI from the packages behind the
 * `@fluentui/react-components` barrel. esbuild splits code by which entry points reach a file,
 * and through the barrel the page's entry "reaches" every Fluent component any screen uses,
 * so all of them (550 KB of script) loaded before the first render. webpack, which builds the
 * web part, follows the packages' `sideEffects: false` past the barrel by itself; this plugin
 * makes the host page's chunks match. Types are left alone (esbuild drops them). The packages
 * are resolved from the barrel's own folder, so the same copies load as through the barrel.
 */
export function fluentPerPackageImports(): Plugin {
  return {
    name: 'fluent-per-package-imports',
    setup(build) {
      const names = readBarrel();
      const resolveDir = barrelDirectory();
      build.onResolve({ filter: /^fluent-barrel-dependency:/ }, (args) =>
        build.resolve(args.path.slice(FROM_BARREL_DIR.length), { resolveDir, kind: args.kind })
      );
      build.onLoad({ filter: /[\\/](src|local)[\\/].*\.tsx?$/ }, (args) => {
        const source = fs.readFileSync(args.path, 'utf8');
        if (source.indexOf(BARREL) < 0) return undefined;
        return { contents: rewriteFluentImports(source, names), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    }
  };
}
