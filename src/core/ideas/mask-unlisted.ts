/**
 * A first name that is not on the list (first-names.ts), where a frame alone says a name follows but
 * a capitalised state or job word could too: after `ik ben` (`Ik ben Yara.` against `Ik ben Moe.`) and
 * after an authorship phrase (`Geschreven door Yara.`; mask-signoffs.ts). Without a Dutch dictionary
 * the word is judged by what it is not: a listed state (STATES), a word that is never a name
 * (neverAName: places, fields, roles, clause and stop words, organisations), an occupation, role,
 * nationality or status word (mask-self-words.ts: `Ik ben Verloskundige.`), a word ending like an
 * adjective, a participle, a nationality or a plural noun; and it must close its clause (`Ik ben Yara
 * en …`, `Ik ben Yara, …`), so `Ik ben Fan van …` stays. Names that end so (`Ruben`, `Karen`, `Lars`)
 * are masked only through the list.
 */
import { neverAName } from './mask-name-words.js';
import type { Scan } from './mask-scan.js';
import { isSelfWord } from './mask-self-words.js';
import { STATES } from './mask-state-words.js';

/**
 * Endings of adjectives, participles, nationalities and nouns: `Ik ben Tevreden`, `Ik ben Marokkaans`,
 * `Ik ben Eritrese`, `Javaanse`, `Chileense`.
 */
const WORD_ENDINGS =
  /(?:ig|lijk|isch|ische|baar|loos|zaam|end|ende|heid|ing|ief|ieve|st|er|ers|en|s|aal|eel|iek|ist|ese|anse|ense)$/;
/** Participles: `ge…d`, `be…t`, `ver…d` (`Ik ben Getrouwd`, `Ik ben Bezorgd`). */
const PARTICIPLE = /(?:^(?:be|ver|ont|her|over|uit)|ge)\p{L}{2,}[dt]$/u;
/** What may follow an unlisted name after `ik ben`: the end, a stop, a comma, `en`, `uit`, brackets. */
const AFTER_SELF = /^(?:$|[.,!?;:)]|\n| en | uit | \(| - )/;

/**
 * `Ik ben Yara.`, `Ik ben Aylin en ik werk …`: a single capitalised word after `ik ben` that is not on
 * the first-name list is a name when it is no state (STATES), no word that is never a name, does not end
 * like an adjective, participle, nationality or noun, and closes its clause (AFTER_SELF).
 */
export function unlistedName(scan: Scan, word: string, end: number, notNames: ReadonlySet<string>): boolean {
  return unlistedWord(word, notNames) && AFTER_SELF.test(scan.s.slice(end, end + 6));
}

/** The checks of unlistedName on the word alone, whatever follows it (mask-near-names.ts: `ik en Piotr`). */
export function unlistedWord(word: string, notNames: ReadonlySet<string>): boolean {
  if (word.length < 3 || word.length > 15 || STATES.has(word) || notNames.has(word)) return false;
  if (neverAName(word) || WORD_ENDINGS.test(word) || PARTICIPLE.test(word) || word.includes('-'))
    return false;
  // `Ik ben Verloskundige.`, `Ik ben Senior.`, `Ik ben Belg.`: what the writer is, not who.
  return !isSelfWord(word);
}
