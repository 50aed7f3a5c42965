import type { Migration } from './migration.js';

/**
 * Whether ideas are constructed example data. An import marks its batch and every idea it writes (the
 * file's `.meta.json` says `"example": true`, or the upload was marked so); a curator's edit, theme
 * change, hide or unhide keeps the mark, and an idea a curator adds is real. Pages label ideas
 * "voorbeelddata" only while some visible idea carries it. Stores made before this migration hold the
 * bundled example file under its own name: those batches and their ideas are marked, nothing else.
 */
export const ideasExampleMigration: Migration = {
  id: '003-ideas-example',
  statements: [
    'ALTER TABLE import_batches ADD COLUMN example boolean NOT NULL DEFAULT false',
    `UPDATE import_batches SET example = true WHERE file = 'ideeen-voorbeeld.csv'`,
    'ALTER TABLE ideas ADD COLUMN example boolean NOT NULL DEFAULT false',
    `UPDATE ideas i SET example = true FROM import_batches b WHERE b.id = i.batch_id AND b.example`,
    'CREATE INDEX ideas_example_idx ON ideas (id) WHERE example',
  ],
};
