import type { Observation } from '../../core/contract/table.js';
import { importErrors, type CellRole, type MessagePlace } from '../../core/text/import-messages.js';
import { readPercent } from './percent-cell.js';
import type { Problems } from '../../core/contract/problems.js';
import { cellText, type Cell } from './sheet-cells.js';

/** A number cell with the place it came from. */
export interface CellAt {
  readonly cell: Cell;
  readonly place: MessagePlace & { readonly row: number };
  /** The source marks this number specially (a StatLine ValueAttribute): accept it, warn. */
  readonly marked?: boolean;
}

/** One figure as a reader found it, before its numbers are read and checked. */
export interface ObservationDraft {
  readonly profession: string;
  /** Contract indicator id, or the label as written for another indicator. */
  readonly indicator: string;
  /** The indicator as the file writes it, for messages. */
  readonly indicatorLabel: string;
  readonly period: string | null;
  readonly row: number;
  readonly value: CellAt;
  readonly lower?: CellAt | undefined;
  readonly upper?: CellAt | undefined;
}

/**
 * Turns drafts into observations, applying the contract's checks that every format shares: numbers
 * within 0–100, lower ≤ value ≤ upper, and each profession, indicator and period only once.
 */
export class ObservationCollector {
  private readonly problems: Problems;
  private readonly list: Observation[] = [];
  private readonly firstRow = new Map<string, number>();

  constructor(problems: Problems) {
    this.problems = problems;
  }

  add(draft: ObservationDraft): void {
    const value = this.read(draft.value, 'value');
    const lower = draft.lower ? this.read(draft.lower, 'lower') : null;
    const upper = draft.upper ? this.read(draft.upper, 'upper') : null;
    if (draft.lower && value !== null && lower !== null && lower > value)
      this.problems.error(
        importErrors.lowerAboveValue(draft.lower.place, display(draft.lower.cell), display(draft.value.cell)),
      );
    if (draft.upper && value !== null && upper !== null && upper < value)
      this.problems.error(
        importErrors.upperBelowValue(draft.upper.place, display(draft.upper.cell), display(draft.value.cell)),
      );
    const key = JSON.stringify([draft.profession, draft.indicator, draft.period]);
    const first = this.firstRow.get(key);
    if (first !== undefined) {
      const place = { ...draft.value.place, column: undefined, columnName: undefined };
      this.problems.error(
        importErrors.duplicate(place, draft.profession, draft.indicatorLabel, draft.period, first),
      );
    } else {
      this.firstRow.set(key, draft.row);
    }
    this.list.push({
      profession: draft.profession,
      indicator: draft.indicator,
      period: draft.period,
      value,
      lower,
      upper,
      row: draft.row,
    });
  }

  observations(): readonly Observation[] {
    return this.list;
  }

  private read(at: CellAt, role: CellRole): number | null {
    const number = readPercent(at.cell, role, at.place, this.problems);
    if (number !== null && at.marked) this.problems.provisional(at.place.row);
    return number;
  }
}

function display(cell: Cell): string | number {
  return typeof cell === 'number' ? cell : cellText(cell);
}
