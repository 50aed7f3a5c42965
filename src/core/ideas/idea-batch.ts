/**
 * What an importer hands the store: a file's ideas checked, masked and given ids, with the file's
 * warnings — plain data (it crosses threads), no database. The store imports a batch in one
 * transaction (store/ideas-import-batch.ts).
 */
import type { Warning } from '../contract/problems.js';
import type { Idea } from './idea.js';
import { MASK_PLACEHOLDERS } from '../text/ideas-messages.js';
import type { MaskKind } from './mask.js';

/** The formats an ideas file may have. */
export type IdeasFormat = 'csv' | 'tsv' | 'xlsx' | 'json';

/** A row whose text had personal data masked. */
export interface MaskedRow {
  readonly row: number;
  readonly id: string;
  readonly kinds: readonly MaskKind[];
  /** Number of replacements in the row. */
  readonly count: number;
}

export interface IdeaBatch {
  /** The file's name as given (used in messages; the store masks it before keeping it). */
  readonly file: string;
  readonly format: IdeasFormat;
  /** The ideas to write, ids unique within the batch. */
  readonly ideas: Idea[];
  /** Data rows read (empty lines not counted). */
  readonly rows: number;
  /** Rows not taken: the same text twice without an id. */
  readonly refused: number;
  readonly warnings: Warning[];
  readonly masked: MaskedRow[];
}

/** For each kind, in the placeholders' order, how many ideas had it masked (kinds with none left out). */
export function ideasPerMaskKind(rows: readonly Pick<MaskedRow, 'kinds'>[]): [MaskKind, number][] {
  return (Object.keys(MASK_PLACEHOLDERS) as MaskKind[])
    .map((kind): [MaskKind, number] => [kind, rows.filter((r) => r.kinds.includes(kind)).length])
    .filter(([, n]) => n > 0);
}
