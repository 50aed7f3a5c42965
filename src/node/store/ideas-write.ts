/**
 * Writing ideas: idempotent bulk upsert by id. An idea whose content is unchanged is left alone; a
 * changed one first has its current version copied into `idea_history` (the whole row and its themes,
 * with when, what and why it was replaced), then gets the new content and version + 1. Rows travel as
 * parallel arrays through `unnest` (a handful of parameters per chunk of ideas, whatever the chunk
 * size), which is what makes bulk import fast on PGlite and PostgreSQL alike.
 * Run it inside a transaction; the caller refreshes the public attributes afterwards.
 */
import { joinedWords, tokenize } from '../../core/ideas/analyzer/fold.js';
import type { Idea } from '../../core/ideas/idea.js';
import type { Queryable } from './database.js';
import { analysedIdeasCtes } from './ideas-analysis.js';

export type IdeaAction =
  | 'import'
  | 'add'
  | 'edit'
  | 'hide'
  | 'unhide'
  | 'retheme'
  | 'relabel'
  | 'accept-label'
  /** Today's masker run over a stored idea (ideas-remask.ts). */
  | 'remask';

export interface ChangeContext {
  readonly action: IdeaAction;
  /** Why: shown in the history (`import van ideeen.csv`, a curator's reason). */
  readonly reason: string;
  readonly batchId?: number | null;
}

export interface WriteContext extends ChangeContext {
  /** Public attributes to store right away; the caller's refresh corrects any that the batch changed. */
  readonly publicOf?: PublicAttributesOf;
  /**
   * Whether the written ideas are constructed example data (an import says so for its whole file);
   * undefined keeps what an updated idea was (a curator's edit does not change where it came from)
   * and makes a new one real.
   */
  readonly example?: boolean;
}

export interface UpsertOutcome {
  readonly added: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Old and new texts of the updated ideas whose text changed (for public-vocabulary.ts). */
  readonly changedTexts: readonly string[];
}

/**
 * Ideas per statement. Each statement has a fixed cost beside its rows (planning the analysis, the
 * facet-count trigger's upsert, the lookup of stored ids): on PGlite, 10 000 synthetic ideas written
 * onto 25 000 took a median 171 µs of CPU per idea in statements of 1 000 and 148 µs in statements
 * of 5 000 (seven rounds each, a loaded machine).
 */
export const CHUNK_SIZE = 5000;

interface StoredIdea {
  id: string;
  text: string;
  kind: string | null;
  branch: string | null;
  province: string | null;
  profession: string | null;
  themes: string[];
}

export const SELECT_IDEAS_BY_ID = `SELECT i.id, i.text, i.kind, i.branch, i.province, i.profession, i.themes
FROM ideas i WHERE i.id = ANY($1::text[])`;

/** Separates an idea's themes in one array cell (control characters never occur in stored text). */
const THEME_SEPARATOR = '\u001f';

/** What public views may show of an idea (k-anonymity, vetted labels); null hides the attribute. */
export type PublicAttributesOf = (idea: Idea) => {
  readonly province: string | null;
  readonly profession: string | null;
  readonly branch: string | null;
  readonly themes: readonly string[];
};

const HIDE_ALL: PublicAttributesOf = () => ({ province: null, profession: null, branch: null, themes: [] });

function sameContent(stored: StoredIdea, idea: Idea): boolean {
  return (
    stored.text === idea.text &&
    stored.kind === idea.kind &&
    stored.branch === idea.branch &&
    stored.province === idea.province &&
    stored.profession === idea.profession &&
    stored.themes.length === idea.themes.length &&
    stored.themes.every((theme, i) => theme === idea.themes[i])
  );
}

/** Parallel arrays for `unnest`: id, text, kind, branch, province, profession, themes, and the public four. */
function columnsOf(ideas: readonly Idea[], publicOf: PublicAttributesOf) {
  const shown = ideas.map(publicOf);
  return [
    ideas.map((i) => i.id),
    ideas.map((i) => i.text),
    ideas.map((i) => i.kind),
    ideas.map((i) => i.branch),
    ideas.map((i) => i.province),
    ideas.map((i) => i.profession),
    ideas.map((i) => i.themes.join(THEME_SEPARATOR)),
    shown.map((p) => p.province),
    shown.map((p) => p.profession),
    shown.map((p) => p.branch),
    shown.map((p) => p.themes.join(THEME_SEPARATOR)),
  ];
}

const UNNEST_ARRAYS = `unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])`;
const IDEA_COLUMNS = `id, text, kind, branch, province, profession, themes, public_province, public_profession, public_branch, public_themes`;
const UNNEST_IDEAS = `${UNNEST_ARRAYS} AS u(${IDEA_COLUMNS})`;
const THEMES_OF_U = `string_to_array(u.themes, chr(31))`;
const PUBLIC_THEMES_OF_U = `coalesce(string_to_array(nullif(u.public_themes, ''), chr(31)), '{}')`;

/**
 * Words of texts as the search reads them (analyzer/fold.ts `tokenize`, the static export's lexicon:
 * accents off, `_` and other signs between words; the database folds them again, alike): tokens for
 * the vocabulary.
 */
function wordsOf(texts: readonly string[], known: Set<string>): string[] {
  const fresh = new Set<string>();
  const take = (word: string) => {
    // The set first: most words of an import were seen in an earlier text.
    if (word.length < 2 || word.length > 60 || known.has(word) || /^\d+$/.test(word)) return;
    known.add(word);
    fresh.add(word);
  };
  for (const text of texts) {
    for (const word of tokenize(text)) take(word);
    // Hyphenated and apostrophe words joined (`ehealth`) as the search vector holds them (migration 010).
    for (const word of joinedWords(text)) take(word);
  }
  return [...fresh];
}

/**
 * Adds the words of new texts to the vocabulary (word without accents → its Dutch stem) that typo and
 * compound matching look in. `known` remembers words sent before in this import.
 */
export async function addToVocabulary(
  tx: Queryable,
  texts: readonly string[],
  known = new Set<string>(),
): Promise<void> {
  const words = wordsOf(texts, known);
  if (words.length === 0) return;
  await tx.query(
    `INSERT INTO idea_words (word, lexeme)
     SELECT w.word, l.lexeme
     FROM (SELECT DISTINCT lower(werkbalans_unaccent(t)) AS word FROM unnest($1::text[]) AS t) w
     CROSS JOIN LATERAL (SELECT (ts_lexize('dutch_stem', werkbalans_senses(w.word)))[1] AS lexeme) l
     WHERE l.lexeme IS NOT NULL
     ON CONFLICT (word) DO NOTHING`,
    [words],
  );
}

/** Copies the current version of each id into the history, marked with the change that replaces it. */
export async function snapshotIdeas(
  tx: Queryable,
  ids: readonly string[],
  context: ChangeContext,
): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `INSERT INTO idea_history (idea_id, version, snapshot, action, reason, batch_id)
     SELECT i.id, i.version, to_jsonb(i) - 'search_vector' - 'concepts', $2, $3, $4::bigint
     FROM ideas i WHERE i.id = ANY($1::text[])`,
    [ids, context.action, context.reason, context.batchId ?? null],
  );
}

/**
 * New ideas with their search analysis computed in the statement (ideas-analysis.ts), so the
 * per-row analysis trigger skips them; rows go in the order given.
 */
async function insertIdeas(tx: Queryable, ideas: readonly Idea[], context: WriteContext): Promise<void> {
  if (ideas.length === 0) return;
  await tx.query(
    `WITH u AS (SELECT * FROM ${UNNEST_ARRAYS} WITH ORDINALITY AS u(${IDEA_COLUMNS}, n)),
     ${analysedIdeasCtes('u')}
     INSERT INTO ideas (id, text, kind, branch, province, profession, themes, public_province, public_profession,
       public_branch, public_themes, action, reason, batch_id, example, search_vector, concepts)
     SELECT u.id, u.text, u.kind, u.branch, u.province, u.profession, ${THEMES_OF_U}, u.public_province,
       u.public_profession, u.public_branch, ${PUBLIC_THEMES_OF_U}, $12, $13, $14::bigint, coalesce($15::boolean, false),
       a.search_vector, a.concepts
     FROM u JOIN analysed a ON a.n = u.n
     ORDER BY u.n`,
    [
      ...columnsOf(ideas, context.publicOf ?? HIDE_ALL),
      context.action,
      context.reason,
      context.batchId ?? null,
      context.example ?? null,
    ],
  );
}

async function updateIdeas(tx: Queryable, ideas: readonly Idea[], context: WriteContext): Promise<void> {
  if (ideas.length === 0) return;
  await snapshotIdeas(
    tx,
    ideas.map((i) => i.id),
    context,
  );
  await tx.query(
    `UPDATE ideas i SET text = u.text, kind = u.kind, branch = u.branch, province = u.province,
       profession = u.profession, themes = ${THEMES_OF_U}, public_province = u.public_province,
       public_profession = u.public_profession, public_branch = u.public_branch,
       public_themes = ${PUBLIC_THEMES_OF_U}, version = i.version + 1, action = $12, reason = $13,
       batch_id = $14::bigint, example = coalesce($15::boolean, i.example), updated_at = now()
     FROM ${UNNEST_IDEAS}
     WHERE i.id = u.id`,
    [
      ...columnsOf(ideas, context.publicOf ?? HIDE_ALL),
      context.action,
      context.reason,
      context.batchId ?? null,
      context.example ?? null,
    ],
  );
}

/**
 * Adds new ideas and updates changed ones, chunk by chunk; `onChunk` hears how many are done.
 * Ids must be unique within `ideas`.
 */
export async function upsertIdeas(
  tx: Queryable,
  ideas: readonly Idea[],
  context: WriteContext,
  onChunk?: (done: number) => void,
): Promise<UpsertOutcome> {
  const known = new Set<string>();
  const added: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  const changedTexts: string[] = [];
  for (let start = 0; start < ideas.length; start += CHUNK_SIZE) {
    const chunk = ideas.slice(start, start + CHUNK_SIZE);
    const stored = new Map(
      (await tx.query<StoredIdea>(SELECT_IDEAS_BY_ID, [chunk.map((i) => i.id)])).rows.map((row) => [
        row.id,
        row,
      ]),
    );
    const toInsert: Idea[] = [];
    const toUpdate: Idea[] = [];
    for (const idea of chunk) {
      const current = stored.get(idea.id);
      if (!current) toInsert.push(idea);
      else if (sameContent(current, idea)) unchanged.push(idea.id);
      else {
        toUpdate.push(idea);
        if (current.text !== idea.text) changedTexts.push(current.text, idea.text);
      }
    }
    await insertIdeas(tx, toInsert, context);
    await updateIdeas(tx, toUpdate, context);
    // A hidden idea brought again (its theme or kind changed, say) stays hidden: its words stay out of
    // the suggestions, which hold only words of visible ideas (public-vocabulary.ts).
    const hidden = new Set(
      toUpdate.length === 0
        ? []
        : (
            await tx.query<{ id: string }>('SELECT id FROM ideas WHERE hidden AND id = ANY($1::text[])', [
              toUpdate.map((i) => i.id),
            ])
          ).rows.map((row) => row.id),
    );
    await addToVocabulary(
      tx,
      [...toInsert, ...toUpdate.filter((i) => !hidden.has(i.id))].map((i) => i.text),
      known,
    );
    added.push(...toInsert.map((i) => i.id));
    updated.push(...toUpdate.map((i) => i.id));
    onChunk?.(Math.min(start + CHUNK_SIZE, ideas.length));
  }
  return { added, updated, unchanged, changedTexts };
}
