import type { Migration } from './migration.js';
import { freezePinnedThemes } from '../solutions-settle.js';

/**
 * What a pinned solution shows is frozen (solutions-pinned.ts): `line_frozen` marks a `label` taken
 * over from the automatic line at pin time (not the curator's own words), and `quote_id` is the idea
 * quoted at pin time (set to null when that idea is erased, and then replaced from the solution's own
 * ideas, recorded). `solution_declines` remembers a curator's "not in this solution" for an idea
 * proposed for a pinned solution, so it is not proposed there again; it goes with the solution or the
 * idea. Pinned solutions stored before this migration are frozen as they show now.
 */
export const solutionPinsMigration: Migration = {
  id: '017-solution-pins',
  statements: [
    'ALTER TABLE solution_clusters ADD COLUMN line_frozen boolean NOT NULL DEFAULT false',
    'ALTER TABLE solution_clusters ADD COLUMN quote_id text REFERENCES ideas (id) ON DELETE SET NULL',
    `CREATE TABLE solution_declines (
  cluster_id bigint NOT NULL REFERENCES solution_clusters (id) ON DELETE CASCADE,
  idea_id text NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
  reason text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (cluster_id, idea_id)
)`,
  ],
  after: (tx) => freezePinnedThemes(tx, { record: false }),
};
