/**
 * The bridge's idea lists, kept briefly. A profession page asks for the ideas of a few themes; at
 * 100 000 ideas each such query costs tens of milliseconds, and under load every page repeated them
 * (the load test timed out on profession pages). Entries are promises, so concurrent misses share one
 * query; they expire after `ttlMs` (writes by another process, such as `werkbalans ideas import`, show
 * up within that time) and every successful write through this server clears them at once.
 */
const DEFAULT_TTL_MS = 60_000;
const MAX_ENTRIES = 500;

export class BridgeIdeasCache {
  readonly #entries = new Map<string, { readonly at: number; readonly value: Promise<unknown> }>();
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: { readonly ttlMs?: number; readonly now?: () => number } = {}) {
    this.#ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.#now = options.now ?? (() => performance.now());
  }

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.#now();
    const entry = this.#entries.get(key);
    if (entry && now - entry.at < this.#ttlMs) return entry.value as Promise<T>;
    const value = load();
    this.#entries.set(key, { at: now, value });
    // A failed query is not remembered: the next request tries again.
    value.catch(() => {
      if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
    });
    while (this.#entries.size > MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}
