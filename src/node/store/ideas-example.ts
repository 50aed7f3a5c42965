/**
 * Whether the visible ideas are example data: an idea is when the import batch that last wrote it was
 * marked so (migration 003). Two EXISTS probes along the batch index, so the answer is cheap whether
 * the databank is real, example or both.
 */
import { exampleIdeasOf, type ExampleIdeas } from '../../core/ideas/example-ideas.js';
import type { Queryable } from './database.js';

export async function exampleIdeas(db: Queryable): Promise<ExampleIdeas> {
  const { rows } = await db.query<{ example: boolean; other: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM import_batches b JOIN ideas i ON i.batch_id = b.id
                    WHERE b.example AND NOT i.hidden) AS example,
            EXISTS (SELECT 1 FROM ideas i LEFT JOIN import_batches b ON b.id = i.batch_id
                    WHERE NOT i.hidden AND NOT coalesce(b.example, false)) AS other`,
  );
  return exampleIdeasOf(rows[0]!.example, rows[0]!.other);
}

/** True when the idea was last written by an example batch; false for a real or unknown idea. */
export async function isExampleIdea(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query<{ example: boolean }>(
    `SELECT coalesce(b.example, false) AS example FROM ideas i
     LEFT JOIN import_batches b ON b.id = i.batch_id WHERE i.id = $1`,
    [id],
  );
  return rows[0]?.example ?? false;
}
