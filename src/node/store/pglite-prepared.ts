/**
 * The ideas search statement on PGlite as a named prepared statement with a generic plan, one per
 * statement text. The search's text depends only on the query's shape (how many concepts, which tiers,
 * which filters: search-query.ts); every word and value is a parameter. So the statements of one shape
 * are planned once, and a query nobody asked before, of a shape asked before, runs without parsing or
 * planning its 4–5 KB of SQL.
 *
 * Why a generic plan is safe here: every branch of the statement reads an index (sequential scans are
 * off, and GIN indexes are read by bitmap only), its CTEs are materialised and its joins are over a
 * few hundred candidates at most, so the plan has little to choose; measured over the 87 benchmark
 * queries at 100 000 ideas, the generic plans returned the same rows as custom plans for all but one
 * query whose candidates were capped (then another 500 of its matches are weighed; the answer says it
 * is capped either way). The plans are made under the statement's own settings (sequential scans off),
 * set in the same transaction, and PostgreSQL makes them again after a schema change or ANALYZE.
 *
 * PGlite's own `query` sends Parse, Describe, Bind, Describe, Execute and Sync one message at a time and
 * plans every time; this sends one batch through its public protocol interface, under its query lock
 * and inside a transaction of its own.
 */
import { protocol, parse as pgParse, type PGlite } from '@electric-sql/pglite';

/**
 * At most this many statements are kept; the least recently used one is closed first. A kept search
 * statement holds about 0.37 MB of plan in PostgreSQL's memory (58 kept on the example store: 21 MB in
 * `pg_backend_memory_contexts`), so 64 cost about 24 MB of WebAssembly heap, which is never given back.
 */
export const MAX_PREPARED = 64;

/** Names are unique in the process, so that two sets of statements on one connection never meet. */
let counter = 0;

/** The statements kept on one PGlite connection, by text, in order of use (oldest first). */
export class PreparedStatements {
  readonly #names = new Map<string, string>();
  /** Names to close with the next batch (evicted, or possibly created by a batch that failed). */
  readonly #closing = new Set<string>();
  constructor(readonly max: number = MAX_PREPARED) {}

  /**
   * The name for `text` and whether it must be parsed first; marks it as just used. A new one makes
   * room: the least recently used statement beyond the limit is closed with the same batch.
   */
  take(text: string): { readonly name: string; readonly fresh: boolean } {
    const kept = this.#names.get(text);
    if (kept !== undefined) {
      this.#names.delete(text);
      this.#names.set(text, kept);
      return { name: kept, fresh: false };
    }
    // Room for the new one: the oldest is closed in the same batch that parses it.
    while (this.#names.size >= this.max) {
      const [oldestText, oldestName] = this.#names.entries().next().value as [string, string];
      this.#names.delete(oldestText);
      this.#closing.add(oldestName);
    }
    counter += 1;
    return { name: `werkbalans_read_${counter}`, fresh: true };
  }

  /** After a batch that parsed `name` succeeded: keep it. */
  keep(text: string, name: string): void {
    this.#names.set(text, name);
  }

  /**
   * After a batch failed: a statement it parsed may exist, so it is closed with the next batch, and so
   * are the ones it was to close.
   */
  failed(text: string, name: string, closing: readonly string[] = []): void {
    if (this.#names.get(text) === name) this.#names.delete(text);
    this.#closing.add(name);
    for (const old of closing) this.#closing.add(old);
  }

  /** Forgets every statement, after the connection dropped them all (`DEALLOCATE ALL`). */
  clear(): void {
    this.#names.clear();
    this.#closing.clear();
  }

  /** The names to close now (each once). */
  drainClosing(): string[] {
    const names = [...this.#closing];
    this.#closing.clear();
    return names;
  }

  get size(): number {
    return this.#names.size;
  }
}

/**
 * A parameter in PostgreSQL's text format, as PGlite's own serializers write the values the search
 * passes: text, numbers, booleans, dates and (nested) arrays of them; the server reads it by the type
 * the statement gives the parameter. Anything else is refused.
 */
export function textParameter(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map(arrayElement).join(',')}}`;
  // Objects, binary data: PGlite would write them by the parameter's type, which a batch does not ask.
  throw new TypeError(
    `a kept statement takes text, numbers, booleans and arrays of them, not ${typeof value}`,
  );
}

function arrayElement(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return textParameter(value) as string;
  const text = textParameter(value) as string;
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * The settings of the search statement (`Database.readByIndex`) and of the vocabulary's expansion
 * statement (`Database.readKept` with `byIndex`): index reads, the kept generic plan. A branch with no
 * index to read (the curator's view filters on the stored theme and branch, which have none) still
 * scans the table; a synchronised scan would start where the last one stopped, so a capped answer
 * would weigh other candidates each time (seen at 100 000 ideas): scans start at the first page.
 */
export const INDEX_READ_SETTINGS = [
  'SET LOCAL enable_seqscan = off',
  'SET LOCAL synchronize_seqscans = off',
  'SET LOCAL plan_cache_mode = force_generic_plan',
] as const;

/**
 * The rows of `text` run as a kept statement, in a transaction of its own under `settings` (`SET
 * LOCAL` statements: they end with it). Without settings PostgreSQL chooses between custom and generic
 * plans itself (`plan_cache_mode = auto`: a generic one after five runs when it costs no more).
 */
export async function readPrepared<Row>(
  pg: PGlite,
  statements: PreparedStatements,
  text: string,
  params: readonly unknown[],
  settings: readonly string[] = [],
): Promise<Row[]> {
  try {
    return await readOnce<Row>(pg, statements, text, params, settings);
  } catch (error) {
    // Dropped behind our back (`DEALLOCATE ALL`, `DISCARD ALL`), or a kept plan whose result type a
    // migration changed: parsed again (the failed name is closed with the batch), once.
    if (!RETRIED.has(String((error as { code?: unknown }).code))) throw error;
    return readOnce<Row>(pg, statements, text, params, settings);
  }
}

/**
 * SQLSTATE 26000 (invalid_sql_statement_name: no prepared statement of that name) and 0A000 (feature
 * not supported: "cached plan must not change result type").
 */
const RETRIED = new Set(['26000', '0A000']);

function readOnce<Row>(
  pg: PGlite,
  statements: PreparedStatements,
  text: string,
  params: readonly unknown[],
  settings: readonly string[],
): Promise<Row[]> {
  const serialize = protocol.serialize;
  // Kept per text and settings: a plan made under one statement's settings is never run under another's.
  const key = `${settings.join('; ')}\u0000${text}`;
  return pg.transaction(() =>
    pg.runExclusive(async () => {
      const { name, fresh } = statements.take(key);
      const closing = statements.drainClosing();
      let messages;
      try {
        const batch = [
          ...(settings.length > 0 ? [serialize.query(settings.join('; '))] : []),
          ...closing.map((old) => serialize.close({ type: 'S', name: old })),
          ...(fresh ? [serialize.parse({ name, text })] : []),
          serialize.bind({ statement: name, values: params.map(textParameter) }),
          serialize.describe({ type: 'P' }),
          serialize.execute({}),
          serialize.sync(),
        ];
        ({ messages } = await pg.execProtocol(concat(batch), { syncToFs: false }));
      } catch (error) {
        // The names to close may not have been closed: closed with the next batch.
        statements.failed(key, name, closing);
        throw error;
      }
      if (fresh) statements.keep(key, name);
      // The settings' commands come first and have no columns; the statement's result is the last.
      const results = pgParse.parseResults(messages, pg.parsers);
      return (results.at(-1)?.rows ?? []) as Row[];
    }),
  );
}
