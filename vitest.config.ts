import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

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

/**
 * The files that take longest (vitest's own file durations from a quiet run on a fresh clone, the crash
 * and erasure tests scaled by what their single-file runs saved since), longest first. On two workers a
 * long file started last runs alone at the end; a clean clone has no timing cache, so vitest would order
 * them by path. These start first, the rest follow in vitest's own order.
 */
const LONGEST_FIRST = [
  'test/browser/reader-site.test.ts',
  'test/robustness/crash-import.test.ts',
  'test/browser/pages.test.ts',
  'test/readme-examples.test.ts',
  'test/browser/static-search.test.ts',
  'test/node/server/static-export.test.ts',
  'test/robustness/erasure.test.ts',
  'test/robustness/hostile.test.ts',
  'test/node/server/api-pglite.test.ts',
  'test/node/server/api-postgres.test.ts',
  'test/robustness/heavy-input.test.ts',
  'test/node/cli/figures-report.test.ts',
  'test/fuzz/k-anonymity-attack.test.ts',
  'test/node/cli/serve.test.ts',
  'test/node/cli/ideas.test.ts',
  'test/node/server/compression.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FIRST.indexOf(relative(file.project.config.root, file.moduleId));
      return at === -1 ? LONGEST_FIRST.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    pool: 'forks',
    sequence: { sequencer: LongestFirst },
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
