import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/output/', '.werkbalans/', 'out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Type-checked rules for the product code and its tests alike (tsconfig.json includes both, so the
  // project service type-checks them as one program). Tests read printed JSON through the schemas and
  // typed helpers of test/support, not as `any`.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({
    ...config,
    files: ['src/**/*.ts', 'src/**/*.tsx', 'test/**/*.ts'],
  })),
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // The strict flags make many `!` and `as` redundant: say so, and let `--fix` drop them.
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  // Folder boundaries (style.md, "a room knows its place"), as import-path rules: the flow is
  // file → import → store → server/render → cli, and core imports none of them. Each block lists what
  // its folder must not import; a later block for the same files replaces an earlier one's list.
  {
    // Nothing imports the CLI but the CLI (and bin/).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/node/cli/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/cli/*'] }] },
  },
  {
    // The server, the CLI and the other edges reach the store only through its public surface
    // (store/index.ts: the IdeasStore, DatasetsStore and SolutionsStore objects, their types and
    // errors): the SQL, its builders and the raw database stay inside src/node/store. The library
    // entry (src/index.ts) names its own public functions and is not under this rule.
    files: ['src/node/**/*.ts', 'src/node/**/*.tsx'],
    ignores: ['src/node/store/**', 'src/node/import/**', 'src/node/render/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/cli/*'], message: 'Nothing imports the CLI.' },
            {
              group: ['**/store/*', '!**/store/index.js'],
              message: 'Reach the store through store/index.js (IdeasStore, DatasetsStore, SolutionsStore).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.object.name=/^(db|tx)$/][callee.property.name=/^(query|transaction|exec)$/]',
          message: 'No raw queries outside src/node/store: add a method to the store object instead.',
        },
      ],
    },
  },
  {
    // The CLI's own files import each other; it still reaches the store only through store/index.js
    // (and store-folder.js, whose error the top-level catch knows without loading the store).
    files: ['src/node/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/*', '!**/store/index.js', '!**/store/store-folder.js'],
              message: 'Reach the store through store/index.js (IdeasStore, DatasetsStore, SolutionsStore).',
            },
          ],
        },
      ],
    },
  },
  {
    // The browser islands reach data only through the API: core and web only.
    files: ['src/web/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/node/**', 'node:*'] }] },
  },
  {
    // Rendering turns figures and analyses into files: no store, import, server or CLI.
    files: ['src/node/render/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/cli/*', '**/server/*', '**/store/*', '**/import/*', '**/web/*'] },
      ],
    },
  },
  {
    // The store knows no importer, server, renderer, CLI or browser code: it takes batches.
    files: ['src/node/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/cli/*', '**/server/*', '**/render/*', '**/web/*', '**/import/*'] },
      ],
    },
  },
  {
    // Importers turn files into data and touch no database: no store, server, renderer, CLI or
    // browser code.
    files: ['src/node/import/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/cli/*', '**/server/*', '**/render/*', '**/web/*', '**/store/*'] },
      ],
    },
  },
  {
    // The pure core: no Node APIs, no I/O, no ambient randomness or clock.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', '**/node/**', '**/web/**', 'pg', '@electric-sql/*'] },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded generator in.' },
        { object: 'Date', property: 'now', message: 'Pass a clock in.' },
      ],
      'no-console': 'error',
    },
  },
);
