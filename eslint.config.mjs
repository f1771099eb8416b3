import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layer rules (see README "Where things live"), enforced next to the separate tsconfigs. */
const restrict = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group, message })) }];

export default tseslint.config(
  { ignores: ['.scratch/**', 'out/**', 'dist/**', 'dist-cli/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.cjs', '**/*.mjs', 'scripts/**', 'bench/**'],
    // bench/ drives a page: its page.evaluate callbacks run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    rules: {
      // Control characters are matched on purpose (file names, CSV cells, binary detection).
      'no-control-regex': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [['node:*', 'fs', 'path', 'electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'prosemirror-*', '**/main/**', '**/renderer/**', '**/preload/**', 'mammoth']],
        'src/shared is pure: no Node, Electron, React, Dexie, ProseMirror or other layers.',
      ),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'prosemirror-*', '**/renderer/**', '**/preload/**']],
        'src/main never imports React, Dexie, ProseMirror or renderer code.',
      ),
    },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'prosemirror-*', '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**']],
        'src/node is what main and the command line share: Node only, no Electron, UI or other layers.',
      ),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'prosemirror-*', '**/main/**', '**/renderer/**', '**/preload/**']],
        'The command line uses src/shared and src/node only, never Electron, main or the renderer.',
      ),
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [['react', 'react-dom', 'dexie', 'prosemirror-*', '**/main/**', '**/renderer/**', 'zod']],
        'The preload imports electron and types/constants from src/shared only.',
      ),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/db/**', 'src/renderer/platform/electron-platform.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [['electron', 'node:*', '**/main/**', '**/preload/**'], ['dexie', '!dexie-react-hooks']],
        'The renderer never imports electron, Node or main/preload; only db/ uses Dexie directly.',
      ),
    },
  },
  {
    files: ['src/renderer/reader/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [['**/features/**', '**/db/**', 'react', 'react-dom', 'electron', 'node:*']],
        'reader/ does not import UI components or db/.',
      ),
    },
  },
);
