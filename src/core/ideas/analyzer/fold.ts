/** Text into words as the search sees them: lower case, accents removed, runs of letters and digits. */

/** Lower case without accents: `Cliënten` → `clienten`. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The folded words of a text, in order. */
export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}
