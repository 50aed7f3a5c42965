/**
 * Which drawing addresses are answered from a cache now, so that request-cost.ts charges them as a
 * page: a route that drew (or found) an answer remembers its address with a check of the cache entry
 * that holds it (`holds`). An address counts as drawn only while that check says yes — a drawing the
 * figure cache has since dropped costs its full price again. At most `maxAddresses` are kept (least
 * recently used forgotten: a forgotten address is merely charged as cold); a successful write forgets
 * all (app.ts), as the shown version may have changed.
 */

export const DEFAULT_MAX_ADDRESSES = 2_000;

export class CostMemory {
  readonly #held = new Map<string, () => boolean>();
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
}
