import { defineConfig } from 'vitest/config';

/**
 * Two projects on one pool of two workers (this machine has two cores; vitest's default would be one):
 *
 * - `unit`: pure and in-process tests (core, charts, importers, renderers). They share one module graph
 *   per worker (`isolate: false`), so Plot, linkedom and zod load once per worker instead of once per
 *   file — a third of the time these files took isolated.
 * - `integration`: tests that open stores, start servers, PostgreSQL, Chromium or child processes; each
 *   file in a fresh module graph.
 *
 * No time limit decides a pass: crash tests and fuzz runs wait on events without a deadline, and the
 * limit below only ends a hang, far beyond what any test takes on a busy machine.
 */
const HANG_GUARD_MS = 15 * 60_000;

const UNIT = [
  'test/core/**/*.test.ts',
  'test/charts/**/*.test.ts',
  'test/data/**/*.test.ts',
  'test/node/import/**/*.test.ts',
  'test/node/render/**/*.test.ts',
  'test/web/**/*.test.ts',
  'test/fuzz/survey-import.test.ts',
  'test/node/cli/analyse.test.ts',
  'test/node/cli/figures-report.test.ts',
  'test/node/server/admin-token.test.ts',
  'test/node/server/ideas-cache.test.ts',
  'test/node/server/links.test.ts',
  'test/index.test.ts',
];

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: HANG_GUARD_MS,
    hookTimeout: HANG_GUARD_MS,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, isolate: false } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: UNIT,
        },
      },
    ],
  },
});
