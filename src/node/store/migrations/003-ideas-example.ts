import type { Migration } from './migration.js';

/**
 * Whether an import batch is constructed example data (the file's `.meta.json` says `"example": true`,
 * or the upload was marked so). An idea is example data when the batch that last wrote it is; pages
 * label the ideas "voorbeelddata" only then. Stores made before this migration hold the bundled
 * example file under its own name: those batches are marked, nothing else is.
 */
export const ideasExampleMigration: Migration = {
  id: '003-ideas-example',
  statements: [
    'ALTER TABLE import_batches ADD COLUMN example boolean NOT NULL DEFAULT false',
    `UPDATE import_batches SET example = true WHERE file = 'ideeen-voorbeeld.csv'`,
    'CREATE INDEX ideas_batch_idx ON ideas (batch_id)',
  ],
};
