import type { InputError } from '../../core/contract/input-error.js';
import { importErrors, importExpected, importFound } from '../../core/text/import-messages.js';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** True when the bytes start like a zip archive (and so an .xlsx). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/**
 * Decodes a text file as UTF-8, without its byte-order mark. Binary content (a zip, NUL bytes) or
 * bytes that are not UTF-8 are an error: the file is not the text its name says.
 */
export function decodeText(
  file: string,
  bytes: Uint8Array,
  expected: string,
): { text: string } | { error: InputError } {
  if (looksLikeZip(bytes)) return { error: importErrors.notText(file, importFound.zipArchive, expected) };
  if (bytes.includes(0)) return { error: importErrors.notText(file, importFound.nulBytes, expected) };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { error: importErrors.notText(file, importFound.notUtf8, importExpected.utf8(expected)) };
  }
}
