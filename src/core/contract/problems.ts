/**
 * The one problem collector of werkbalans: the survey importers, the ideas importer and the analysis
 * collect their errors and data-quality warnings here while they work, and report all of them together.
 * An error is an {@link InputError} (file, row, column, found, expected, Dutch message); a warning
 * carries a code a program can test beside the Dutch sentence a reader reads. Warnings are
 * de-duplicated by their sentence; suppressed and provisional cells are summarised in one warning each.
 */
import { importWarnings } from '../text/import-messages.js';
import { InputErrors, type InputError } from './input-error.js';

/** What a warning can be about: stable codes for programs and tests (the message is for readers). */
export const WARNING_CODES = [
  /** Survey cells marked as not published: missing, never zero. */
  'suppressed',
  /** Survey numbers accepted with a marker (`63,4*`, a StatLine ValueAttribute). */
  'provisional',
  /** An indicator outside the data contract, kept as an other indicator. */
  'other-indicator',
  /** A table recognised as the bundled example (content, title row or an edited copy): voorbeelddata. */
  'example-data',
  /** A column the importer does not know, ignored. */
  'ignored-column',
  /** A StatLine code list that could not be read; codes stay as written. */
  'code-list-missing',
  /** The same idea text twice without an id: the later row is not taken. */
  'same-text',
  /** A branch, province, profession or theme not on the known lists: kept as written, held back. */
  'unknown-label',
  /** An idea's id that held personal data: not used, the id is derived from the text. */
  'id-personal-data',
  /** An idea erased on request, not brought back by a file. */
  'erased-skipped',
  /** A profession missing an index component: not classified. */
  'unclassified',
  /** A classified profession without an outcome: left out of that outcome's statistics. */
  'missing-outcome',
  /** A component value without bounds: no uncertainty in the simulation. */
  'no-bounds',
  /** A table of several periods (waves), of which one was analysed. */
  'several-periods',
  /** A file that is not UTF-8, read as Windows-1252: a guess the analyst should check. */
  'text-encoding',
  /** A note read back from a store written before warnings carried codes. */
  'earlier-note',
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];

export interface Warning {
  readonly code: WarningCode;
  /** The Dutch sentence, naming file, row and column where there are any. */
  readonly message: string;
  readonly file: string;
  readonly row?: number | undefined;
  readonly column?: string | undefined;
  readonly found?: string | undefined;
  readonly expected?: string | undefined;
}

/** Where in the file a problem is, and what was found there against what was expected. */
export interface ProblemPlace {
  readonly row?: number | undefined;
  readonly column?: string | undefined;
  readonly found: string;
  readonly expected: string;
}

export class Problems {
  readonly file: string;
  private readonly errors: InputError[] = [];
  private readonly warnings = new Map<string, Warning>();
  private readonly suppressedRows = new Set<number>();
  private readonly provisionalRows = new Set<number>();

  constructor(file: string) {
    this.file = file;
  }

  error(error: InputError): void {
    this.errors.push(error);
  }

  /** An error of this file at `place`. */
  errorAt(place: ProblemPlace, message: string): void {
    this.errors.push({ file: this.file, ...definedPlace(place), message });
  }

  /** An error that stops reading the file: thrown at once, with every error collected before it. */
  refuse(place: ProblemPlace, message: string): never {
    this.errorAt(place, message);
    throw new InputErrors(this.errors);
  }

  warn(code: WarningCode, message: string, place?: Partial<ProblemPlace>): void {
    if (!this.warnings.has(message))
      this.warnings.set(message, { code, message, file: this.file, ...definedPlace(place ?? {}) });
  }

  /** A warning another collector made (a row's, an imported table's), kept as it is; each sentence once. */
  adopt(warning: Warning): void {
    if (!this.warnings.has(warning.message)) this.warnings.set(warning.message, warning);
  }

  /** A value cell marked as not published (missing, never zero). */
  suppressed(row: number): void {
    this.suppressedRows.add(row);
  }

  /** A number accepted with a marker (`63,4*`, a StatLine ValueAttribute). */
  provisional(row: number): void {
    this.provisionalRows.add(row);
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  /** The errors in the order they were found. */
  errorList(): readonly InputError[] {
    return [...this.errors];
  }

  /** Throws every collected error at once, if there is any (as `refuse` makes it, by default InputErrors). */
  throwIfFailed(
    refuse: (errors: readonly InputError[]) => Error = (errors) => new InputErrors(errors),
  ): void {
    if (this.errors.length > 0) throw refuse(this.errors);
  }

  /** The de-duplicated warnings with their codes, summaries of suppressed and provisional cells first. */
  warningRecords(): Warning[] {
    const list: Warning[] = [];
    const byNumber = (a: number, b: number) => a - b;
    if (this.suppressedRows.size > 0) {
      const rows = [...this.suppressedRows].sort(byNumber);
      list.push({ code: 'suppressed', file: this.file, message: importWarnings.suppressed(this.file, rows) });
    }
    if (this.provisionalRows.size > 0) {
      const rows = [...this.provisionalRows].sort(byNumber);
      list.push({
        code: 'provisional',
        file: this.file,
        message: importWarnings.provisional(this.file, rows),
      });
    }
    return [...list, ...this.warnings.values()];
  }
}

/** The place without undefined fields (a row-less problem has no `row` key). */
function definedPlace<T extends Partial<ProblemPlace>>(place: T): T {
  return Object.fromEntries(Object.entries(place).filter(([, value]) => value !== undefined)) as T;
}
