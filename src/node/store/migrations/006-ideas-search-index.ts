import type { Migration } from './migration.js';

/**
 * Themes as concepts of the search (issue 12): a query that matches a theme's vocabulary also finds
 * the ideas coded with that theme, `public_themes && $1` beside `search_vector @@ $2`. A GIN index on the
 * published theme lists (and a B-tree on the published branch, for a word naming a branch such as `kinderopvang`) lets
 * PostgreSQL combine these in one bitmap instead of reading every idea.
 */
export const ideasThemesIndexMigration: Migration = {
  id: '006-ideas-search-index',
  statements: [
    'CREATE INDEX ideas_public_themes_idx ON ideas USING gin (public_themes)',
    'CREATE INDEX ideas_public_branch_idx ON ideas (public_branch)',
  ],
};
