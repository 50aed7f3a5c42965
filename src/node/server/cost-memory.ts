/**
 * Which drawing addresses are answered from a cache now, so that request-cost.ts charges them as a
 * page: a route that drew (or found) an answer remembers its address with a check of the cache entry
 * that holds it (`holds`). An address counts as drawn only while that check says yes — a drawing the
 * figure cache has since dropped costs its full price again. At most `maxAddresses` are kept (least
 * recently used forgotten: a forgotten address is merely charged as cold); a successful write forgets
 * all (app.ts), as the shown version may have changed.
 *
 * It also knows which heavy addresses are being answered right now (read-limit.ts): several readers
 * behind one address (an office's network) opening the same cold page at once paid its drawings each,
 * though the first drew them for all (session 29).
 */

export const DEFAULT_MAX_ADDRESSES = 2_000;

/**
 * What a heavy request's drawings cost when its address is being answered for another request right
 * now: one drawing serves both (the figure cache draws an address once), so they cost a page, and it
 * waits in the heavy lane behind or beside the one that draws. Each cold analysis it reads is charged
 * on top (request-cost.ts, `sharedCost`): the address may drop the version it reads.
 */
export const SHARED: { readonly tokens: number; readonly heavy: boolean } = { tokens: 1, heavy: true };

export class CostMemory {
  readonly #held = new Map<string, () => boolean>();
  /** Heavy requests being answered now, per address (not forgotten on `clear`: they end on their own). */
  readonly #answering = new Map<string, number>();
  readonly #maxAddresses: number;

  constructor(maxAddresses = DEFAULT_MAX_ADDRESSES) {
    this.#maxAddresses = maxAddresses;
  }

  get size(): number {
    return this.#held.size;
  }

  /** The answer of `address` is kept where `holds` looks. */
  remember(address: string, holds: () => boolean): void {
    this.#held.delete(address);
    this.#held.set(address, holds);
    for (const oldest of this.#held.keys()) {
      if (this.#held.size <= this.#maxAddresses) break;
      this.#held.delete(oldest);
    }
  }

  /** Whether `address` would be answered from a cache now. */
  drawn(address: string): boolean {
    const holds = this.#held.get(address);
    if (!holds) return false;
    if (holds()) return true;
    this.#held.delete(address);
    return false;
  }

  clear(): void {
    this.#held.clear();
  }

  /**
   * A heavy request for `address` is being answered until the returned function is called: another
   * request for it meanwhile shares its drawing ({@link SHARED}). Bounded by the requests in flight.
   */
  answer(address: string): () => void {
    this.#answering.set(address, (this.#answering.get(address) ?? 0) + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const left = (this.#answering.get(address) ?? 1) - 1;
      if (left > 0) this.#answering.set(address, left);
      else this.#answering.delete(address);
    };
  }

  /** Whether a heavy request for `address` is being answered now. */
  answering(address: string): boolean {
    return this.#answering.has(address);
  }
}
