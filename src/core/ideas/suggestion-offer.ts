/**
 * Whether "Bedoelde u …" offers the word a misspelt query word was probably meant to be, and how it is
 * written there; one rule for the server (query-plan.ts planQuery) and the static export
 * (local-search.ts). The meant word itself (term-expansion.ts suggestWord) still lends the typed word
 * its thesaurus groups either way; only the offer is decided here. A reader who follows the offer must
 * get something the typed query did not give, so it is made only when:
 * - the meant word is a word an idea holds (the vocabulary), not only a thesaurus term: the typed word
 *   already finds the term's synonyms and theme, so `clientdossier`, in no idea, found the same 82 ideas
 *   as `cliëntendossier`, and `stagiairs` the same 38 as `stagiaires`;
 * - the typed word is no inflected form of a thesaurus term (`stagiaires`: `stagiair` + `es`), which
 *   is a correct spelling, not a typo;
 * and it is written as the ideas write it, diacritics included (`clienten` → `cliënten`). One
 * exception to the first rule: a typo of a weak word (`verlaagen` for `verlagen`, the thesaurus' list)
 * is offered although no idea need hold it, because it is read as that weak word (it only ranks): the
 * offer tells the reader how the word was understood, not where to find more.
 */
import { foldText } from './analyzer/fold.js';

/** Endings of a term's inflected forms that the stemmer does not always take back to the term. */
const TERM_ENDINGS = ['es', 'en', 's', 'e', 'n'] as const;
/** A shorter rest is no term's form (`be` + `s`). */
const MIN_TERM_REST = 4;

/** Whether a folded word is a thesaurus term with an inflection ending (`stagiaires`, `stagiairs`). */
export function isInflectedTerm(word: string, terms: ReadonlySet<string>): boolean {
  return TERM_ENDINGS.some(
    (ending) =>
      word.endsWith(ending) &&
      word.length - ending.length >= MIN_TERM_REST &&
      terms.has(word.slice(0, -ending.length)),
  );
}

/**
 * Whether to offer `meant` for the folded query word `typed`: `held` says whether an idea holds `meant`
 * as a word (the vocabulary has it), `terms` are the thesaurus' folded terms, `weakWords` its weak words.
 */
export function offersSuggestion(
  typed: string,
  meant: string,
  held: boolean,
  terms: ReadonlySet<string>,
  weakWords: ReadonlySet<string> = new Set(),
): boolean {
  return (held || weakWords.has(meant)) && meant !== typed && !isInflectedTerm(typed, terms);
}

/**
 * The written form of a folded vocabulary word: the first word of `texts` (in their order) that folds
 * to it, lower case, diacritics kept (`Cliënten` → `cliënten`); the folded word when no text writes it
 * as one word (`24uursdienst`, from `24-uursdienst`).
 */
export function writtenForm(folded: string, texts: Iterable<string>): string {
  for (const text of texts)
    for (const word of text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])
      if (foldText(word) === folded) return word.normalize('NFC').toLowerCase();
  return folded;
}
