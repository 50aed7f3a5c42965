import type { Migration } from './migration.js';

/**
 * When a dataset version first became the shown one; null while it never was (an upload stored for a
 * check first, or an earlier period of a file of several). The pages list such a version as "nog niet
 * getoond". Versions stored before this column: every upload was shown at once, except the earlier
 * periods of a file of several — the rows one transaction stored (same `created_at` and name) below
 * its last — which stay null. The last period of such a file counts as shown: it was unless a later
 * period had been stored before it, which the rows do not tell.
 */
export const datasetFirstShownMigration: Migration = {
  id: '016-dataset-first-shown',
  statements: [
    'ALTER TABLE datasets ADD COLUMN first_shown_at timestamptz',
    `UPDATE datasets d SET first_shown_at = d.created_at
     WHERE NOT EXISTS (
       SELECT 1 FROM datasets later
       WHERE later.created_at = d.created_at AND later.name = d.name AND later.version > d.version
     )`,
    // The version shown now has been shown, whatever the rule above guessed.
    `UPDATE datasets SET first_shown_at = created_at
     WHERE first_shown_at IS NULL AND version = (SELECT version FROM dataset_choice)`,
  ],
};
