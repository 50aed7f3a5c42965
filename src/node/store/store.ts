/**
 * The whole store as the edges see it: the ideas, the survey waves and the solutions, each one object
 * bound to one {@link Database}. Routes, CLI commands and the static export hold a `Store` (or hand a
 * `Database` to {@link storeOf}); the SQL and the raw database stay in this folder.
 */
import { openDatabase, type Database, type DatabaseOptions } from './database.js';
import { datasetsStore, type DatasetsStore } from './datasets-store.js';
import { ideasStore, type IdeasStore } from './ideas-store.js';
import { solutionsStore, type SolutionsStore } from './solutions-store.js';

export interface Store {
  readonly ideas: IdeasStore;
  readonly datasets: DatasetsStore;
  readonly solutions: SolutionsStore;
  /**
   * How many requests the back end serves well at once (1 for PGlite, 8 for a PostgreSQL pool), so
   * callers size their queues without asking which back end they have.
   */
  readonly concurrency: number;
  /** Closes the database (PGlite would otherwise keep the process alive). */
  close(): Promise<void>;
}

/** A store, or the database a store is made over (tests and scripts open a `Database`). */
export type StoreSource = Store | Database;

const stores = new WeakMap<Database, Store>();

/** The one store over `source`: the same object for the same database, every time. */
export function storeOf(source: StoreSource): Store {
  if (!isDatabase(source)) return source;
  let store = stores.get(source);
  if (!store) {
    const db = source;
    store = {
      ideas: ideasStore(db),
      datasets: datasetsStore(db),
      solutions: solutionsStore(db),
      concurrency: db.concurrency,
      close: () => db.close(),
    };
    stores.set(db, store);
  }
  return store;
}

/** Opens the database chosen by the options (or the environment), migrated, as a store. */
export async function openStore(options: DatabaseOptions = {}): Promise<Store> {
  return storeOf(await openDatabase(options));
}

function isDatabase(source: StoreSource): source is Database {
  return 'query' in source;
}
