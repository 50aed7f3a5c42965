/**
 * Whether the visible ideas are example data: an idea is when the import that wrote it said so, and it
 * stays so through a curator's changes (migration 003). Two EXISTS probes, so the answer is cheap
 * whether the databank is real, example or both.
 */
import { exampleIdeasOf, type ExampleIdeas } from '../../core/ideas/example-ideas.js';
import type { Queryable } from './database.js';
import { itemAt } from '../../core/contract/item-at.js';

export async function exampleIdeas(db: Queryable): Promise<ExampleIdeas> {
  const { rows } = await db.query<{ example: boolean; other: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM ideas WHERE example AND NOT hidden) AS example,
            EXISTS (SELECT 1 FROM ideas WHERE NOT example AND NOT hidden) AS other`,
  );
  const { example, other } = itemAt(rows, 0);
  return exampleIdeasOf(example, other);
}

/** True when the idea is example data; false for a real or unknown idea. */
export async function isExampleIdea(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query<{ example: boolean }>('SELECT example FROM ideas WHERE id = $1', [id]);
  return rows[0]?.example ?? false;
}
