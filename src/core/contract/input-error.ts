/**
 * A problem with user input. Errors are data: importers collect all of a file's errors and the edges
 * (CLI, server) present them together. `message` is the full Dutch sentence shown to the user.
 */
export interface InputError {
  readonly file: string;
  /** Spreadsheet row number (first line of the file or sheet = 1), when the problem has a row. */
  readonly row?: number | undefined;
  /** Column name or letter, when the problem has a column. */
  readonly column?: string | undefined;
  readonly found: string;
  readonly expected: string;
  readonly message: string;
  /** Set on a summary line only: how many rows with the same fault it stands for (repeated-errors.ts). */
  readonly repeated?: number | undefined;
}

/** Thrown at an edge to carry a file's complete list of input errors. */
export class InputErrors extends Error {
  readonly errors: readonly InputError[];
  constructor(errors: readonly InputError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'InputErrors';
    this.errors = errors;
  }
}
