/**
 * The heavy lane of the request queue: one list of waiting requests per client, the clients taken in
 * turns (round robin), each client's requests in arrival order. A client with 16 heavy requests waiting
 * therefore delays another client's heavy request by one of its own, not by all 16.
 */
export class HeavyLane {
  /** Waiting starts per client; a Map keeps the clients in the order of their turns. */
  readonly #lists = new Map<string, (() => void)[]>();
  #size = 0;

  /** Requests waiting in the lane. */
  get size(): number {
    return this.#size;
  }

  push(client: string, start: () => void): void {
    const list = this.#lists.get(client);
    if (list) list.push(start);
    else this.#lists.set(client, [start]);
    this.#size++;
  }

  /** The first waiting request of the client whose turn it is; that client then goes to the back. */
  shift(): (() => void) | undefined {
    for (const [client, list] of this.#lists) {
      const start = list.shift();
      this.#lists.delete(client);
      if (list.length > 0) this.#lists.set(client, list);
      if (start) {
        this.#size--;
        return start;
      }
    }
    return undefined;
  }
}
