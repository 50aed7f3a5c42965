import type { Migration } from './migration.js';

/**
 * The record of erasures on request (a privacy request): which idea, when, and the curator's reason
 * with personal data masked — never the text, its labels or its history, which the erasure removes.
 * The id stays so that an import of the same file does not bring the idea back.
 */
export const ideaErasuresMigration: Migration = {
  id: '005-idea-erasures',
  statements: [
    `CREATE TABLE idea_erasures (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  idea_id text NOT NULL UNIQUE,
  erased_at timestamptz NOT NULL DEFAULT now(),
  -- How many versions (the current one and its history) were removed.
  versions integer NOT NULL,
  reason text NOT NULL
)`,
  ],
};
