/**
 * Heavy requests (request-cost.ts) a client has in flight — waiting in the request queue or running. A
 * client that already has `perClient` gets 429 instead of queueing more: one client's backlog is then
 * a few requests, not minutes of work (audit 9, finding 2). A page asks for each of its figures at the
 * width that fits at once (the home page: 4), and again at every width a resized window passes, so the
 * default leaves room for a page's figures at four widths.
 */

/** Heavy requests one client may have in flight. */
export const DEFAULT_HEAVY_PER_CLIENT = 16;
/** Seconds a client over the cap is asked to wait: a heavy request takes well under one. */
export const HEAVY_RETRY_SECONDS = 1;

export class HeavyInFlight {
  readonly perClient: number;
  readonly #counts = new Map<string, number>();

  constructor(perClient = DEFAULT_HEAVY_PER_CLIENT) {
    if (!Number.isInteger(perClient) || perClient < 1)
      throw new RangeError(`heavy requests per client must be a whole number ≥ 1, got ${perClient}`);
    this.perClient = perClient;
  }

  /** Heavy requests of `client` in flight now. */
  of(client: string): number {
    return this.#counts.get(client) ?? 0;
  }

  /** Clients with a heavy request in flight (memory stays bounded by the requests in flight). */
  get clients(): number {
    return this.#counts.size;
  }

  /** Counts one more for `client` and returns true, or false when the client is at its cap. */
  enter(client: string): boolean {
    const count = this.of(client);
    if (count >= this.perClient) return false;
    this.#counts.set(client, count + 1);
    return true;
  }

  leave(client: string): void {
    const count = this.of(client) - 1;
    if (count > 0) this.#counts.set(client, count);
    else this.#counts.delete(client);
  }
}
