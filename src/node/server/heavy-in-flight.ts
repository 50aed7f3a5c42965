/**
 * Heavy requests (request-cost.ts) a client has in flight — waiting in the request queue or running. A
 * client that already has `perClient` gets 429 for a drawing, a file, a search of the API instead of
 * queueing more: one client's backlog is then a few requests, not minutes of work (audit 9, finding 2).
 * A page asks for each of its figures at the width that fits at once (the home page: 4), and again at
 * every width a resized window passes, so the default leaves room for a page's figures at four widths;
 * a figure refused keeps the drawing the page came with (figure-island.ts).
 *
 * A page a reader opens is not refused at that cap (session 29: a reader opening the 23 profiles in
 * tabs with its own profession marked got 6 of them as a 429 page, though all 23 took under a second).
 * It waits for its turn in the heavy lane, where one client's backlog delays another client's heavy
 * request by one of its own, up to `pagesPerClient` in flight: with the default read limit its
 * tokens end first (300 buy 60 cold profiles, 15 cold home pages), so a client is throttled by what
 * it can pay for. All clients' heavy requests waiting together are capped as well (request-queue.ts,
 * `maxHeavyWaiting`, half the queue): 16 clients' 64 pages each must not fill it for every reader.
 */

/** Heavy requests one client may have in flight. */
export const DEFAULT_HEAVY_PER_CLIENT = 16;
/** Heavy requests one client may have in flight when the next one is a page (above). */
export const DEFAULT_HEAVY_PAGES_PER_CLIENT = 64;
/** Seconds a client over the cap is asked to wait: a heavy request takes well under one. */
export const HEAVY_RETRY_SECONDS = 1;
/**
 * Seconds a heavy request is asked to wait when the queue's heavy lane is full (request-queue.ts,
 * `maxHeavyWaiting`): hundreds wait before it, as when the server is busy.
 */
export const HEAVY_QUEUE_RETRY_SECONDS = 5;

export class HeavyInFlight {
  readonly perClient: number;
  readonly pagesPerClient: number;
  readonly #counts = new Map<string, number>();

  constructor(
    perClient = DEFAULT_HEAVY_PER_CLIENT,
    pagesPerClient = Math.max(perClient, DEFAULT_HEAVY_PAGES_PER_CLIENT),
  ) {
    if (!Number.isInteger(perClient) || perClient < 1)
      throw new RangeError(`heavy requests per client must be a whole number ≥ 1, got ${perClient}`);
    if (!Number.isInteger(pagesPerClient) || pagesPerClient < perClient)
      throw new RangeError(
        `heavy pages per client must be a whole number ≥ ${perClient}, got ${pagesPerClient}`,
      );
    this.perClient = perClient;
    this.pagesPerClient = pagesPerClient;
  }

  /** Heavy requests of `client` in flight now. */
  of(client: string): number {
    return this.#counts.get(client) ?? 0;
  }

  /** Clients with a heavy request in flight (memory stays bounded by the requests in flight). */
  get clients(): number {
    return this.#counts.size;
  }

  /** Whether `client` is at its cap for one more heavy request (a page, when `page`). */
  full(client: string, page = false): boolean {
    return this.of(client) >= (page ? this.pagesPerClient : this.perClient);
  }

  /** Counts one more for `client` and returns true, or false when the client is at its cap. */
  enter(client: string, page = false): boolean {
    const count = this.of(client);
    if (this.full(client, page)) return false;
    this.#counts.set(client, count + 1);
    return true;
  }

  leave(client: string): void {
    const count = this.of(client) - 1;
    if (count > 0) this.#counts.set(client, count);
    else this.#counts.delete(client);
  }
}
