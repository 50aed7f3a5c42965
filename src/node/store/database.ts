/**
 * One storage interface, two back ends: embedded PGlite in a folder, or a PostgreSQL server when
 * `DATABASE_URL` is set. Both speak `query(text, params) → { rows }`; SQL is always parameterised.
 */
export interface QueryResult<Row> {
  readonly rows: Row[];
}

export interface Queryable {
  // A property, not a method: adapters hand it on unbound (`query: base.query`).
  readonly query: <Row = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ) => Promise<QueryResult<Row>>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * How many requests the back end serves well at once: 1 for embedded PGlite (one connection, one
   * statement at a time), 8 for a PostgreSQL server (its pool). Callers size their queues by this
   * instead of asking which back end they have.
   */
  readonly concurrency: number;
  /** Runs `work` in one transaction: all of it lands, or (on a throw) none of it. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * The first row of one read whose every branch has an index to read (the ideas search), run with
   * sequential scans off; on PostgreSQL also without JIT compilation and under the read limit. The
   * back end's differences stay here (ideas-search.ts says why the settings matter).
   */
  readByIndex<Row>(text: string, params: readonly unknown[]): Promise<Row | undefined>;
  /**
   * The rows of a read whose text recurs with other values (the search's vocabulary lookups): PGlite
   * keeps it as a prepared statement (pglite-prepared.ts), PostgreSQL runs it as any query. `byIndex`:
   * on PGlite, with sequential scans off and the kept generic plan, as the search statement; the
   * vocabulary's expansion statement asks this, because PGlite's planner, seeing a small vocabulary, tests every word's
   * trigram similarity instead of reading the trigram index (16.6 against 4.0 ms for a three-word
   * query at 289 words, median of 25). PostgreSQL plans each one with its own statistics.
   */
  readKept<Row>(
    text: string,
    params: readonly unknown[],
    options?: { readonly byIndex?: boolean },
  ): Promise<Row[]>;
  /**
   * Drops every kept statement, so that the next query of each shape parses and plans again (the ideas
   * benchmark's "new shape" round); absent where nothing is kept.
   */
  forgetKept?(): Promise<void>;
  /** Runs several statements without parameters (migrations only). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Whether `db` is a whole database rather than a transaction's connection (which has `query` alone):
 * only a whole database keeps statements prepared and runs a read by index.
 */
export function isDatabase(db: Queryable): db is Database {
  return typeof (db as Partial<Database>).readByIndex === 'function';
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when set, it wins over `dataDir`. */
  readonly databaseUrl?: string | undefined;
  /** PGlite data folder; `memory://` for an in-memory database (tests). Default `./.werkbalans`. */
  readonly dataDir?: string | undefined;
  /** PostgreSQL `statement_timeout` of reads in ms; default 5 000 (postgres.ts). */
  readonly readTimeoutMs?: number | undefined;
}

export const DEFAULT_DATA_DIR = './.werkbalans';

/** Opens the store chosen by the options (or `DATABASE_URL` / `WERKBALANS_DATA`) and migrates it. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const db = databaseUrl
    ? await (
        await import('./postgres.js')
      ).openPostgres(
        databaseUrl,
        options.readTimeoutMs === undefined ? {} : { readTimeoutMs: options.readTimeoutMs },
      )
    : await (
        await import('./pglite.js')
      ).openPglite(options.dataDir ?? process.env.WERKBALANS_DATA ?? DEFAULT_DATA_DIR);
  try {
    const { migrate } = await import('./migrate.js');
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
