import type { Migration } from './migration.js';

/**
 * The address of a dataset's source table, when the import knew it: the StatLine URL it was read from,
 * or the `url` of a file's sidecar. The method page links it; without one it links CBS StatLine.
 * Earlier versions keep null.
 */
export const datasetSourceUrlMigration: Migration = {
  id: '009-dataset-source-url',
  statements: ['ALTER TABLE datasets ADD COLUMN source_url text'],
};
