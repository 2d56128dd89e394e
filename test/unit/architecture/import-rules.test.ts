/**
 * The layering rules of src/, checked from the source files' own import statements (static, type-only, re-exports
 * and dynamic imports alike): data flows loaders → store → selectors → map/panels → app, and no lower folder
 * reaches up. A new import that breaks a rule fails here with the file and the import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../../src');

/** Folder (first path segment under src/) → folders it must never import. */
const FORBIDDEN: Record<string, readonly string[]> = {
  // General helpers (clock, CSV writing, the worker client) know nothing of the domain or the app.
  lib: ['model', 'data', 'store', 'selectors', 'map', 'layers', 'panels', 'app', 'i18n'],
  model: ['data', 'store', 'selectors', 'map', 'layers', 'panels', 'app', 'i18n'],
  layers: ['store', 'selectors', 'map', 'panels', 'app'],
  data: ['store', 'selectors', 'map', 'panels', 'app'],
  store: ['selectors', 'map', 'panels', 'app'],
  selectors: ['map', 'panels', 'app'],
  map: ['panels', 'app'],
  panels: ['app', 'map'],
};

/** Files allowed to break a rule, each with the reason (none today: keep it that way). */
const KNOWN_EXCEPTIONS: Record<string, string> = {};

/** Every module specifier a source text imports or re-exports (static, `import type`, `export … from`, `import()`). */
export function importSpecifiers(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[\w*{}\s,$]*?\s*from\s*['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[\w*{}\s,$]*?\s*from\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of withoutComments.matchAll(pattern)) found.push(m[1]!);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

/** The src/ folder a relative import of `file` lands in (null for packages and files outside src/). */
function targetFolder(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = relative(SRC, resolve(dirname(file), specifier));
  if (target.startsWith('..')) return null;
  const [first, ...rest] = target.split(sep);
  return rest.length ? first! : null; // a file directly in src/ (main.tsx) belongs to no folder
}

describe('import rules of src/', () => {
  it('reads every kind of import statement', () => {
    const text = [
      "import { a } from '../store/app-store';",
      "import type { B } from '../model/b';",
      "import * as C from './c';",
      "import './styles.css';",
      "export { d } from '../data/d';",
      "export type { E } from '../panels/e';",
      "const f = lazy(() => import('../app/f'));",
      'import {\n  g,\n  type H,\n} from "../map/g";',
      "// import { no } from '../app/commented';",
    ].join('\n');
    expect(importSpecifiers(text).sort()).toEqual(
      ['../store/app-store', '../model/b', './c', './styles.css', '../data/d', '../panels/e', '../app/f', '../map/g'].sort(),
    );
  });

  it('no folder imports a folder above it', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const broken: string[] = [];
    for (const file of files) {
      const rel = relative(SRC, file).split(sep).join('/');
      if (rel in KNOWN_EXCEPTIONS) continue;
      const folder = rel.split('/')[0]!;
      const forbidden = FORBIDDEN[folder] ?? [];
      for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
        const target = targetFolder(file, specifier);
        if (target && forbidden.includes(target)) broken.push(`src/${rel} imports ${specifier} (${folder}/ must not import ${target}/)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
