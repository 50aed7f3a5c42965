import type { Migration } from './migration.js';

/**
 * "Veelgenoemde oplossingen": a curator's decisions over the automatic clustering of a theme's ideas.
 * `solution_clusters` holds curated clusters (a summary line, pinned or not); `solution_members` which
 * idea a curator put where within a theme (a null cluster: outside every cluster). Automatic clusters
 * are not stored: they are computed from the ideas. An import that changes ideas drops the unpinned
 * decisions (they were made on other data) and keeps the pinned ones. `solution_history` records every
 * change with time, action, reason and the clusters before and after. `idea_near_duplicates` flags
 * pairs of ideas that say nearly the same thing, open until a curator merges or keeps them.
 */
export const solutionsMigration: Migration = {
  id: '007-solutions',
  statements: [
    `CREATE TABLE solution_clusters (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  theme text NOT NULL,
  label text CHECK (label IS NULL OR label <> ''),
  pinned boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
    'CREATE INDEX solution_clusters_theme_idx ON solution_clusters (theme, id)',
    `CREATE TABLE solution_members (
  theme text NOT NULL,
  idea_id text NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
  cluster_id bigint REFERENCES solution_clusters (id) ON DELETE CASCADE,
  PRIMARY KEY (theme, idea_id)
)`,
    'CREATE INDEX solution_members_cluster_idx ON solution_members (cluster_id)',
    `CREATE TABLE solution_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  theme text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  action text NOT NULL,
  reason text NOT NULL,
  detail jsonb NOT NULL
)`,
    'CREATE INDEX solution_history_theme_idx ON solution_history (theme, id)',
    `CREATE TABLE idea_near_duplicates (
  idea_a text NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
  idea_b text NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
  similarity real NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'merged')),
  found_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  reason text,
  PRIMARY KEY (idea_a, idea_b),
  CHECK (idea_a < idea_b)
)`,
  ],
};
