import type { Migration } from './migration.js';

/**
 * When a dataset version first became the shown one; null while it never was (an upload stored for a
 * check first, or an earlier period of a file of several stored since). The pages list such a version
 * as "nog niet getoond". Versions stored before this column count as shown: before it no upload waited
 * for a check, and the store kept no record of which versions an analyst chose since, so "shown" is the
 * claim that is never false about them ("nooit getoond" could be: an earlier period chosen later).
 */
export const datasetFirstShownMigration: Migration = {
  id: '016-dataset-first-shown',
  statements: [
    'ALTER TABLE datasets ADD COLUMN first_shown_at timestamptz',
    'UPDATE datasets SET first_shown_at = created_at',
  ],
};
