import type { Migration } from './migration.js';

/**
 * Analyses as computed, kept between starts (src/node/store/analysis-results.ts): the key is a hash of
 * everything the result depends on (the built code, the table, the index configuration, variant, draws
 * and seed), so a kept result is only ever read for exactly those inputs. Derived data: dropping the
 * rows loses nothing but the time to compute them again.
 */
export const analysisResultsMigration: Migration = {
  id: '012-analysis-results',
  statements: [
    `CREATE TABLE analysis_results (
      key text PRIMARY KEY,
      result text NOT NULL,
      stored_at timestamptz NOT NULL DEFAULT now()
    )`,
  ],
};
