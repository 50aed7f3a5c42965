import { normaliseLabel } from './names.js';

/**
 * Query words shorter than this match exactly; from here one typo is allowed. Not from 5: a word may
 * match anywhere inside a name, so a five-letter word with one letter dropped is any name holding four
 * of its letters (`thuis` found Huisartsen and Huishoudelijke hulpen).
 */
const ONE_TYPO_FROM = 6;
/** From this length two typos are allowed. */
const TWO_TYPOS_FROM = 9;
/**
 * Query words shorter than this match only at the start of a word of the name: `ig` (as in
 * "verzorgende IG") found six professions through `verpleegkundig` and `gespecialiseerd` (audit 7,
 * finding 9); `ok`, `ggz` and `poh` still find theirs. From 4 letters a word matches inside compounds
 * (`arts` finds Huisartsen).
 */
const ANYWHERE_FROM = 4;

function typoBudget(word: string): number {
  if (word.length >= TWO_TYPOS_FROM) return 2;
  return word.length >= ONE_TYPO_FROM ? 1 : 0;
}

/**
 * The fewest edits (insert, delete, substitute one character, swap two neighbours) that turn `word`
 * into some substring of `text`: approximate substring matching after Sellers (1980), the edit distance
 * whose first row is all zeros so the match may start anywhere in the text, with the swap step of
 * names.ts `editDistance` (`huisatrs`).
 */
export function substringDistance(word: string, text: string): number {
  let before: number[] = [];
  let previous: number[] = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= word.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      const cost = word[i - 1] === text[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? i) + 1, (current[j - 1] ?? i) + 1, (previous[j - 1] ?? i) + cost);
      if (i > 1 && j > 1 && word[i - 1] === text[j - 2] && word[i - 2] === text[j - 1])
        best = Math.min(best, (before[j - 2] ?? i) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return Math.min(...previous);
}

/**
 * Whether a name matches a search as a reader types it: every word of the query occurs in the name or
 * in one of its other names (`aliases`: `thuiszorg` finds `Verzorgenden thuis- en kraamzorg` through
 * `Verzorgende thuiszorg`), ignoring case, accents and punctuation (`verpleeg ggz` finds
 * `Verpleegkundigen psychiatrie, ggz`), with a typo allowed in a word of 6 letters or more and two from
 * 9 (`verpleegkundge`), and a word of 1 to 3 letters only at a word's start (`ig`, `ok`). The server's
 * professions list and the browser's live filter (also in the static export) use this one function.
 */
export function matchesSearch(
  name: string,
  query: string,
  aliases: readonly string[] = [],
  typos = true,
): boolean {
  return matchesWords([name, ...aliases].map(normaliseLabel), wordsOf(query), typos);
}

function wordsOf(query: string): string[] {
  return normaliseLabel(query)
    .split(' ')
    .filter((word) => word.length > 0);
}

function matchesWords(haystacks: readonly string[], words: readonly string[], typos: boolean): boolean {
  return words.every((word) => haystacks.some((haystack) => holds(haystack, word, typos)));
}

/**
 * Words that name a sector or a setting, not a profession (normalised). A reader adds them to a
 * profession's name ("begeleider gehandicaptenzorg", "ziekenhuis verpleegkundige", "poh ggz"): where
 * they narrow the list they are kept, where they would empty it they are left out (audit 8, finding 4).
 */
export const SETTING_WORDS: ReadonlySet<string> = new Set(
  (
    'gehandicaptenzorg gehandicapten ziekenhuis ziekenhuizen umc academisch ggz psychiatrie thuiszorg vvt ' +
    'verpleeghuis verpleeghuizen verzorgingshuis ouderenzorg jeugdzorg jeugdhulp kinderopvang ' +
    'huisartsenpraktijk huisartsenzorg praktijk kliniek instelling zorg welzijn sociaal domein wijk ' +
    'eerstelijn eerstelijns tweedelijns intramuraal extramuraal ambulant'
  ).split(' '),
);

/** A profession the finder searches: its name and its other names. */
export interface Searchable {
  readonly name: string;
  readonly aliases?: readonly string[];
}

/**
 * Which of a list match a search, the list as a whole deciding how loosely: the words as typed without
 * typos first; only when that finds nothing, with typos (so `psychiater` finds the psychiatrists among
 * the Medisch specialisten, not also, by one typo, Verpleegkundigen psychiatrie); only when that finds
 * nothing either, without the {@link SETTING_WORDS} (`begeleider gehandicaptenzorg` finds the
 * begeleiders). The server's professions list and the browser's live filter (also in the static export)
 * both use this one function, with {@link matchesSearch} per name.
 */
export function searchMatches(items: readonly Searchable[], query: string): boolean[] {
  const words = wordsOf(query);
  if (words.length === 0) return items.map(() => true);
  const haystacks = items.map((item) => [item.name, ...(item.aliases ?? [])].map(normaliseLabel));
  const core = words.filter((word) => !SETTING_WORDS.has(word));
  const tries: [readonly string[], boolean][] = [
    [words, false],
    [words, true],
  ];
  if (core.length > 0 && core.length < words.length) tries.push([core, false], [core, true]);
  for (const [tried, typos] of tries) {
    const found = haystacks.map((h) => matchesWords(h, tried, typos));
    if (found.some(Boolean)) return found;
  }
  return items.map(() => false);
}

/** Between a name's other names in a page's `data-aliases` (no name holds it). */
export const ALIAS_SEPARATOR = '|';

function holds(haystack: string, word: string, typos = true): boolean {
  if (word.length < ANYWHERE_FROM) return ` ${haystack}`.includes(` ${word}`);
  if (haystack.includes(word)) return true;
  const budget = typos ? typoBudget(word) : 0;
  // A word longer than the name by more than its budget cannot match: no table to fill.
  if (budget === 0 || word.length - haystack.length > budget) return false;
  return substringDistance(word, haystack) <= budget;
}
