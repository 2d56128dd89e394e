// ESLint (flat config): typescript-eslint's recommended rules and eslint-plugin-react-hooks' recommended rules,
// which include the React Compiler rules (refs read or written during render, setState in effects, purity…).
// typescript-eslint needs the TypeScript JS API, which TypeScript 7 does not have: package.json therefore installs
// `typescript` as @typescript/typescript6 (the TS team's side-by-side package, API only) and the compiler that
// `tsc` runs as @typescript/native (TypeScript 7). Rules are syntax-only (no type information), to stay fast.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'scripts/geo/node_modules/', 'scripts/geo/.cache/', 'test-results/', 'bench-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'test/**/*.{ts,tsx,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // `_name` marks a value that is deliberately unused (destructuring a key away, a required parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
);
