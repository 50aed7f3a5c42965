/** Text into words as the search sees them: lower case, accents removed, runs of letters and digits. */

import { foldAccents } from '../../contract/names.js';

/** Lower case without accents: `Cliënten` → `clienten` (the one folding of contract/names.ts). */
export { foldAccents as foldText };

/** The folded words of a text, in order. */
export function tokenize(text: string): string[] {
  return foldAccents(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** A word written with hyphens or apostrophes between letters or digits: `e-health`, `zzp'ers`, `24-uurs`. */
const JOINABLE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)+/gu;

/**
 * The words of a text written with a hyphen or apostrophe, folded and joined (`e-health` → `ehealth`,
 * `zzp'ers` → `zzpers`): indexed beside their parts, so that a reader who writes them as one word finds
 * them. The database does the same (migration 010, `werkbalans_joined_words`).
 */
export function joinedWords(text: string): string[] {
  return [...foldAccents(text).matchAll(JOINABLE)].map((m) => m[0].replace(/['’-]/g, ''));
}
