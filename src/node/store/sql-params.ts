/** A statement's text and its values, in the order of their placeholders (`$1`, `$2`, …). */
export interface SqlQuery {
  readonly text: string;
  readonly params: readonly unknown[];
}

/** Adds a value to the statement and answers its placeholder (`$3`), followed by `cast` (`::int`). */
export type Param = (value: unknown, cast?: string) => string;

/**
 * The values of a statement being written, and the {@link Param} that adds one: a statement's builders
 * share it, so the placeholders are numbered in the order the builders ask for them.
 */
export function sqlParams(): { readonly values: unknown[]; readonly param: Param } {
  const values: unknown[] = [];
  const param: Param = (value, cast = '') => {
    values.push(value);
    return `$${values.length}${cast}`;
  };
  return { values, param };
}
