import type { InputError } from '../../core/contract/input-error.js';
import { InputErrors } from '../../core/contract/input-error.js';
import { importWarnings } from '../../core/text/import-messages.js';

/**
 * Collects a file's errors and data-quality warnings while it is read, so that all of them are
 * reported together. Suppressed and provisional cells are summarised in one warning each.
 */
export class Problems {
  readonly file: string;
  private readonly errors: InputError[] = [];
  private readonly warnings = new Set<string>();
  private readonly suppressedRows = new Set<number>();
  private readonly provisionalRows = new Set<number>();

  constructor(file: string) {
    this.file = file;
  }

  error(error: InputError): void {
    this.errors.push(error);
  }

  warn(text: string): void {
    this.warnings.add(text);
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

  /** Throws every collected error at once, if there is any. */
  throwIfFailed(): void {
    if (this.errors.length > 0) throw new InputErrors(this.errors);
  }

  /** The de-duplicated warnings, summaries of suppressed and provisional cells first. */
  warningList(): string[] {
    const list: string[] = [];
    const byNumber = (a: number, b: number) => a - b;
    if (this.suppressedRows.size > 0)
      list.push(importWarnings.suppressed(this.file, [...this.suppressedRows].sort(byNumber)));
    if (this.provisionalRows.size > 0)
      list.push(importWarnings.provisional(this.file, [...this.provisionalRows].sort(byNumber)));
    return [...list, ...this.warnings];
  }
}
