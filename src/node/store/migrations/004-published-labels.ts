import { refreshPublicAttributes } from '../ideas-public.js';
import type { Migration } from './migration.js';

/**
 * Published values of every label (src/core/ideas/k-anonymity.ts, known-labels.ts). Public views —
 * search, filters, facets, idea pages, the bridge on profile pages, the API, the CLI and the static
 * export — read only `public_province`, `public_profession`, `public_branch` and `public_themes`; the
 * stored `province`, `profession`, `branch` and `themes` are for curators. An unknown label is null (or
 * left out of `public_themes`) until a curator accepts it (a row in `idea_labels`) or maps it to a known
 * label (which rewrites the ideas, each change in their history). Hidden ideas have no public values.
 * The public columns are recomputed in the transaction of every import and curation change.
 */
export const publishedLabelsMigration: Migration = {
  id: '004-published-labels',
  statements: [
    'ALTER TABLE ideas ADD COLUMN public_branch text',
    `ALTER TABLE ideas ADD COLUMN public_themes text[] NOT NULL DEFAULT '{}'`,
    // Start from nothing public; the refresh below publishes what may be.
    'UPDATE ideas SET public_province = NULL, public_profession = NULL',
    `CREATE TABLE idea_labels (
  field text NOT NULL CHECK (field IN ('branch', 'province', 'profession', 'theme')),
  label text NOT NULL,
  -- 'accept': the value is a public label of its own; 'map': it was rewritten to mapped_to.
  decision text NOT NULL CHECK (decision IN ('accept', 'map')),
  mapped_to text,
  reason text NOT NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (field, label)
)`,
  ],
  after: async (tx) => {
    await refreshPublicAttributes(tx);
  },
};
