import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, type UnzipFile } from 'fflate';
import { importErrors, importFound } from '../../core/text/import-messages.js';
import {
  MAX_SHEET_CELLS,
  MAX_SHEET_COLUMNS,
  MAX_SHEET_ROWS,
  MAX_UNZIPPED_BYTES,
  MAX_ZIP_RATIO,
  ZIP_RATIO_FROM_BYTES,
} from './limits.js';
import type { Problems } from '../../core/contract/problems.js';
import { looksLikeZip } from './text-content.js';

const SHEET_LIMITS = { rows: MAX_SHEET_ROWS, columns: MAX_SHEET_COLUMNS, cells: MAX_SHEET_CELLS };

/** Compressed bytes handed to the inflater at once: bounds each output burst to ~16 MB. */
const CHUNK_BYTES = 16 * 1024;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const CELL_REF = /\sr="([A-Z]*)(\d+)"/g;
const DIMENSION = /<dimension\s+ref="[A-Z]*\d*:?([A-Z]*)(\d*)"/;

/**
 * Inspects an .xlsx before the spreadsheet reader sees it, and refuses what could exhaust memory:
 * an archive whose declared or actually unpacked size exceeds 100 MB, a large part packed more than
 * 100×, or a sheet claiming cells beyond Excel's 1 048 576 rows × 16 384 columns or a used rectangle
 * of more than 10 million cells. The declared sizes are checked first (cheap), then the archive is
 * unpacked as a stream, counting, because declared sizes can lie. Returns false when refused.
 */
export function guardWorkbook(bytes: Uint8Array, problems: Problems): boolean {
  if (!looksLikeZip(bytes)) {
    const found = bytes.includes(0) ? importFound.binaryNotZip : importFound.textNotZip;
    problems.error(importErrors.notXlsx(problems.file, found));
    return false;
  }
  const packed = new Map<string, number>();
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter(entry) {
        packed.set(entry.name, entry.size);
        declared += entry.originalSize;
        return false;
      },
    });
  } catch {
    problems.error(importErrors.notXlsx(problems.file, importFound.brokenZip));
    return false;
  }
  if (declared > MAX_UNZIPPED_BYTES) {
    problems.error(importErrors.zipTooLarge(problems.file, declared, MAX_UNZIPPED_BYTES));
    return false;
  }
  return measure(bytes, packed, problems);
}

function measure(bytes: Uint8Array, packed: ReadonlyMap<string, number>, problems: Problems): boolean {
  let total = 0;
  let refused = false;
  const refuse = (error: Parameters<Problems['error']>[0]) => {
    if (!refused) problems.error(error);
    refused = true;
  };
  const unzip = new Unzip((file: UnzipFile) => {
    let unpacked = 0;
    const scan = WORKSHEET.test(file.name) ? new SheetExtent() : undefined;
    file.ondata = (error, chunk, final) => {
      if (error || refused) return;
      unpacked += chunk.length;
      total += chunk.length;
      scan?.push(chunk, final);
      const ratio = unpacked / Math.max(1, packed.get(file.name) ?? file.size ?? 1);
      if (total > MAX_UNZIPPED_BYTES)
        refuse(importErrors.zipTooLarge(problems.file, total, MAX_UNZIPPED_BYTES));
      else if (unpacked > ZIP_RATIO_FROM_BYTES && ratio > MAX_ZIP_RATIO)
        refuse(importErrors.zipRatio(problems.file, file.name, ratio, MAX_ZIP_RATIO));
      else if (scan?.tooLarge)
        refuse(importErrors.sheetTooLarge(problems.file, file.name, scan.extent, SHEET_LIMITS));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length && !refused; at += CHUNK_BYTES) {
      unzip.push(bytes.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= bytes.length);
    }
  } catch {
    refuse(importErrors.notXlsx(problems.file, importFound.unpackableZip));
  }
  return !refused;
}

/**
 * Highest row and column a worksheet's XML refers to, read from a stream of chunks. The `<dimension>`
 * element counts only against Excel's own maximum (writers may declare the whole sheet); the cell
 * references count against the used-rectangle limit too.
 */
class SheetExtent {
  private readonly decoder = new TextDecoder();
  private tail = '';
  private declared = { rows: 0, columns: 0 };
  private used = { rows: 0, columns: 0 };

  push(chunk: Uint8Array, final: boolean): void {
    const text = this.tail + this.decoder.decode(chunk, { stream: !final });
    const dimension = DIMENSION.exec(text);
    if (dimension) note(this.declared, dimension[1], dimension[2]);
    for (const match of text.matchAll(CELL_REF)) note(this.used, match[1], match[2]);
    this.tail = text.slice(-64);
  }

  get tooLarge(): boolean {
    const rows = Math.max(this.declared.rows, this.used.rows);
    const columns = Math.max(this.declared.columns, this.used.columns);
    return (
      rows > MAX_SHEET_ROWS ||
      columns > MAX_SHEET_COLUMNS ||
      this.used.rows * this.used.columns > MAX_SHEET_CELLS
    );
  }

  get extent(): { readonly rows: number; readonly columns: number } {
    return {
      rows: Math.max(this.declared.rows, this.used.rows),
      columns: Math.max(this.declared.columns, this.used.columns),
    };
  }
}

function note(extent: { rows: number; columns: number }, letters = '', digits = ''): void {
  if (digits !== '') extent.rows = Math.max(extent.rows, Number(digits));
  if (letters !== '') extent.columns = Math.max(extent.columns, columnNumber(letters));
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}
