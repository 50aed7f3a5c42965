// The judged clustering set (test/data/clusters/*.json) and the example ideas it judges, for the
// quality benchmark and its floor test.
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { ClusterIdea } from '../../src/core/ideas/clusters/cluster-ideas.js';
import { IDEA_KINDS, type IdeaKind } from '../../src/core/ideas/idea.js';

export interface JudgedTheme {
  readonly file: string;
  readonly theme: string;
  readonly clusters: readonly { readonly label: string; readonly ids: readonly string[] }[];
  readonly ungrouped: readonly string[];
  /** Judged after the clustering's configuration was fixed (see test/data/clusters/README.md). */
  readonly heldOut?: boolean;
}

// The repository root: benchmarks and tests run from it (a bundled copy of this file lives elsewhere).
const root = pathToFileURL(`${process.cwd()}/`);

export function judgedThemes(): JudgedTheme[] {
  const dir = new URL('test/data/clusters/', root);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      ...(JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Omit<JudgedTheme, 'file'>),
    }));
}

interface Row {
  id: string;
  tekst: string;
  thema: string;
  soort: string;
  branche: string;
  beroep: string;
}

const kindOf = (soort: string): IdeaKind | null =>
  (IDEA_KINDS as readonly string[]).includes(soort) ? (soort as IdeaKind) : null;

/** The example ideas of one theme, as the clustering takes them (profession and soort as written). */
export function exampleIdeasOf(theme: string): ClusterIdea[] {
  const rows = parse(readFileSync(new URL('data/ideeen-voorbeeld.csv', root)), { columns: true }) as Row[];
  return rows
    .filter((row) =>
      row.thema
        .split(';')
        .map((t) => t.trim())
        .includes(theme),
    )
    .map((row) => ({
      id: row.id,
      text: row.tekst,
      branch: row.branche || null,
      profession: row.beroep || null,
      kind: kindOf(row.soort),
    }));
}
