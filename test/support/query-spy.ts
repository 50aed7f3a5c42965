/**
 * A database whose statements a test watches or breaks: every query, outside a transaction and inside
 * one, passes through `spy` first (which may throw, as a failing statement would). The rest is the store.
 */
import type { Database, Queryable } from '../../src/node/store/database.js';

export type Spy = (text: string, inTransaction: boolean) => void;

export function spiedDatabase(db: Database, spy: Spy): Database {
  const wrap =
    (query: Queryable['query'], inTransaction: boolean): Queryable['query'] =>
    async (text, params) => {
      spy(text, inTransaction);
      return query(text, params);
    };
  return {
    ...db,
    query: wrap(db.query, false),
    transaction: (work) => db.transaction((tx) => work({ query: wrap(tx.query, true) })),
  };
}

/** A database whose `nth` statement starting with `start` (after blanks) throws "ingespoten fout". */
export function failingOn(db: Database, start: string, nth: number): Database {
  let seen = 0;
  return spiedDatabase(db, (text) => {
    if (text.trimStart().startsWith(start) && ++seen === nth) throw new Error('ingespoten fout');
  });
}
