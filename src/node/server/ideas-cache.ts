/**
 * Reads of the ideas kept briefly: the bridge's idea lists and theme counts on profession pages, the
 * example status, and searches without words (the ideas page as it opens, and browsing by facets),
 * which count facets over every matching idea. Under load every page repeated those queries (the load
 * test timed out on profession pages). Entries are promises, so concurrent misses share one query.
 * After `ttlMs` an entry is stale: it is still served, and one refresh runs in the background (through
 * `refresh`, the server's request queue), so no reader waits when entries expire — they expire
 * together, and refreshing them in the readers' requests held up every page. Writes by another process
 * (such as `werkbalans ideas import`) show up after the TTL plus one refresh; a successful write
 * through this server clears every entry at once.
 */
const DEFAULT_TTL_MS = 60_000;
const MAX_ENTRIES = 500;

interface Entry {
  readonly at: number;
  readonly value: Promise<unknown>;
  /** True once the value has arrived (only then may a stale entry be served during a refresh). */
  settled: boolean;
  refreshing: boolean;
}

export class IdeasCache {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #refresh: <T>(load: () => Promise<T>) => Promise<T>;

  constructor(
    options: {
      readonly ttlMs?: number;
      readonly now?: () => number;
      /** Runs a background refresh; default: at once. The server passes its request queue. */
      readonly refresh?: <T>(load: () => Promise<T>) => Promise<T>;
    } = {},
  ) {
    this.#ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.#now = options.now ?? (() => performance.now());
    this.#refresh = options.refresh ?? ((load) => load());
  }

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.#now();
    const entry = this.#entries.get(key);
    if (entry && (now - entry.at < this.#ttlMs || !entry.settled)) return entry.value as Promise<T>;
    if (entry) {
      if (!entry.refreshing) this.#startRefresh(key, entry, load);
      return entry.value as Promise<T>;
    }
    return this.#store(key, load(), now).value as Promise<T>;
  }

  clear(): void {
    this.#entries.clear();
  }

  #store(key: string, value: Promise<unknown>, at: number): Entry {
    const entry: Entry = { at, value, settled: false, refreshing: false };
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    value.then(
      () => {
        entry.settled = true;
      },
      // A failed query is not remembered: the next request tries again.
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= MAX_ENTRIES) break;
      this.#entries.delete(oldest);
    }
    return entry;
  }

  #startRefresh(key: string, stale: Entry, load: () => Promise<unknown>): void {
    stale.refreshing = true;
    this.#refresh(load).then(
      (value) => {
        // Cleared (a write) or replaced meanwhile: the refreshed value may already be out of date.
        if (this.#entries.get(key) === stale) this.#store(key, Promise.resolve(value), this.#now());
      },
      () => {
        // Keep serving the stale list; the next request after the TTL tries again.
        stale.refreshing = false;
      },
    );
  }
}
