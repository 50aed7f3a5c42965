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
