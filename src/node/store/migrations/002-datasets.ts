import type { Migration } from './migration.js';

/**
 * Survey datasets, one row per uploaded version, kept forever. The normalised table (observations,
 * periods, warnings) is stored as JSON beside its source line, so a version can be re-analysed with any
 * index variant. `dataset_choice` holds the version an analyst chose to show; without a choice the
 * newest version is shown.
 */
export const datasetsMigration: Migration = {
  id: '002-datasets',
  statements: [
    `CREATE TABLE datasets (
      version integer PRIMARY KEY CHECK (version > 0),
      name text NOT NULL,
      title text NOT NULL,
      source_format text NOT NULL,
      example boolean NOT NULL DEFAULT false,
      periods jsonb NOT NULL,
      observations jsonb NOT NULL,
      observation_count integer NOT NULL,
      profession_count integer NOT NULL,
      warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE dataset_choice (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      version integer NOT NULL REFERENCES datasets (version),
      chosen_at timestamptz NOT NULL DEFAULT now()
    )`,
  ],
};
