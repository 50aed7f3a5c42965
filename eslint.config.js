import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { createRequire } from 'node:module';
import tseslint from 'typescript-eslint';

// Without its resolver the boundaries rule reports "Resolve error" on every file: say what to do.
try {
  createRequire(import.meta.url).resolve('eslint-import-resolver-typescript');
} catch {
  throw new Error(
    'eslint-import-resolver-typescript is not installed: run `npm ci` (package.json lists it).',
  );
}

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
  // No non-null assertions in the product code (issue 11 item 6): a read that may miss goes through
  // itemAt, codePointAt, valueFor (src/core/contract/item-at.ts), a default or narrowing. The hot
  // loops keep their unchecked reads, where a check would cost speed: the Monte Carlo and its random
  // source with their helpers (indexAt, medianOfSorted, descendingRanks) and text-width's inner loop.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    files: [
      'src/core/analysis/monte-carlo.ts',
      'src/core/analysis/random.ts',
      'src/core/analysis/index-value.ts',
      'src/core/analysis/median.ts',
      'src/core/analysis/ranks.ts',
      'src/core/charts/text-width.ts',
    ],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
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
  // Folder boundaries (style.md, "a room knows its place"): every file under src/ belongs to one
  // room (an element type of eslint-plugin-boundaries; eslint-import-resolver-typescript resolves the
  // `.js` specifiers to their `.ts` files), and a room imports only the rooms listed for it. The flow
  // is file → import → store → server/render → cli; core imports none of them.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: 'tsconfig.json' } },
      'boundaries/include': ['src/**/*'],
      // Dynamic imports (the CLI's lazy commands, on-demand readers) and re-exports count too.
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
      'boundaries/elements': [
        { type: 'core', pattern: 'src/core/**', mode: 'full' },
        { type: 'web', pattern: 'src/web/**', mode: 'full' },
        { type: 'node-import', pattern: 'src/node/import/**', mode: 'full' },
        { type: 'node-store', pattern: 'src/node/store/**', mode: 'full' },
        { type: 'node-simulation', pattern: 'src/node/simulation/**', mode: 'full' },
        { type: 'node-render', pattern: 'src/node/render/**', mode: 'full' },
        { type: 'node-server', pattern: 'src/node/server/**', mode: 'full' },
        { type: 'node-cli', pattern: 'src/node/cli/**', mode: 'full' },
        // The pipelines that join rooms: a survey file to its analysis, an ideas file into the store.
        { type: 'node-flow', pattern: 'src/node/{analyse-file,ideas-file}.ts', mode: 'full' },
        // Small helpers every edge may use: the package's folder, configuration files, ids.
        { type: 'node-support', pattern: 'src/node/*.ts', mode: 'full' },
        { type: 'library', pattern: 'src/index.ts', mode: 'full' },
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          message: '${file.type} must not import ${dependency.type} (eslint.config.js: folder boundaries).',
          rules: [
            { from: 'core', allow: ['core'] },
            // The browser islands reach data only through the API.
            { from: 'web', allow: ['core', 'web'] },
            { from: 'node-support', allow: ['core', 'node-support'] },
            // Importers turn files into data and touch no database; the store takes batches and
            // knows no importer; rendering turns figures and analyses into files.
            { from: 'node-import', allow: ['core', 'node-support', 'node-import'] },
            { from: 'node-store', allow: ['core', 'node-support', 'node-store'] },
            { from: 'node-simulation', allow: ['core', 'node-support', 'node-simulation'] },
            { from: 'node-render', allow: ['core', 'node-support', 'node-render'] },
            {
              from: 'node-flow',
              allow: ['core', 'node-support', 'node-import', 'node-store', 'node-simulation', 'node-flow'],
            },
            {
              from: 'node-server',
              allow: [
                'core',
                'node-support',
                'node-flow',
                'node-import',
                'node-store',
                'node-simulation',
                'node-render',
                'node-server',
              ],
            },
            // Nothing imports the CLI but the CLI (and bin/).
            { from: 'node-cli', allow: ['*'] },
            {
              from: 'library',
              allow: ['core', 'node-support', 'node-flow', 'node-import', 'node-store', 'node-render'],
            },
          ],
        },
      ],
    },
  },
  {
    // Outside the store, the rest of src/node reaches it only through its public surface
    // (store/index.ts: the IdeasStore, DatasetsStore and SolutionsStore objects, their types and
    // errors): the SQL, its builders and the raw database stay inside src/node/store. The library
    // entry (src/index.ts) names its own public functions and is not under this rule.
    files: ['src/node/**/*.ts', 'src/node/**/*.tsx'],
    ignores: ['src/node/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
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
    // The CLI also reads store-folder.js, whose error the top-level catch knows without loading the
    // store.
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
    // The browser islands run in the browser: no Node built-ins.
    files: ['src/web/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['node:*'] }] },
  },
  {
    // The pure core: no Node APIs, no I/O, no ambient randomness or clock.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'pg', '@electric-sql/*'] }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded generator in.' },
        { object: 'Date', property: 'now', message: 'Pass a clock in.' },
      ],
      'no-console': 'error',
    },
  },
);
