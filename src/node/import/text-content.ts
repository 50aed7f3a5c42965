import type { InputError } from '../../core/contract/input-error.js';
import type { Problems } from '../../core/contract/problems.js';
import {
  importErrors,
  importExpected,
  importFound,
  importWarnings,
} from '../../core/text/import-messages.js';
import { decodeWindows1252 } from './windows-1252.js';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** True when the bytes start like a zip archive (and so an .xlsx). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/**
 * How a text file's bytes were read: UTF-8 (with or without byte-order mark), UTF-16 with its
 * byte-order mark (Excel's "Unicode-tekst"), or, for bytes that are not valid UTF-8, Windows-1252
 * (Dutch Excel's default CSV option). Only the last is a guess; the importers say so in a warning.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The UTF-16 byte-order mark's encoding, or null when the bytes do not start with one. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without its byte-order mark; throws on an odd length or a lone surrogate. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  let little = bytes;
  if (encoding === 'utf-16be') {
    // Swapped to little-endian: the only UTF-16 decoder every Node build has.
    little = new Uint8Array(bytes.length);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      little[i] = bytes[i + 1] ?? 0;
      little[i + 1] = bytes[i] ?? 0;
    }
    if (bytes.length % 2 === 1) little[bytes.length - 1] = bytes[bytes.length - 1] ?? 0;
  }
  return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false }).decode(little);
}

/**
 * Decodes a text file without its byte-order mark: UTF-16 when it starts with a UTF-16 mark, else
 * UTF-8, else Windows-1252 (every byte maps to a character, so this never fails). Binary content (a
 * zip, NUL bytes outside UTF-16) and broken UTF-16 are an error: the file is not the text its name says.
 */
export function decodeText(
  file: string,
  bytes: Uint8Array,
  expected: string,
): { text: string; encoding: TextEncoding } | { error: InputError } {
  if (looksLikeZip(bytes)) return { error: importErrors.notText(file, importFound.zipArchive, expected) };
  const utf16 = utf16Of(bytes);
  if (utf16) {
    try {
      return { text: decodeUtf16(bytes, utf16), encoding: utf16 };
    } catch {
      return { error: importErrors.notText(file, importFound.brokenUtf16, importExpected.utf16(expected)) };
    }
  }
  if (bytes.includes(0)) return { error: importErrors.notText(file, importFound.nulBytes, expected) };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * {@link decodeText} for an importer with a problem list: the text, or null with the error in
 * `problems`; a file read as Windows-1252 gets a warning that says so.
 */
export function readTextContent(bytes: Uint8Array, problems: Problems, expected: string): string | null {
  const decoded = decodeText(problems.file, bytes, expected);
  if ('error' in decoded) {
    problems.error(decoded.error);
    return null;
  }
  if (decoded.encoding === 'windows-1252')
    problems.warn('text-encoding', importWarnings.windows1252(problems.file));
  return decoded.text.replace(/^\uFEFF/, '');
}
