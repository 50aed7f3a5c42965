/**
 * Adapter over the Dutch snowball stemmer of `@orama/stemmers` until the search analyzer of issue 12
 * (tokens → stems → compound parts → thesaurus concepts) is on main; then {@link AnalyzerFactory}
 * points at that one and this file goes. It does the least the clustering needs: words without
 * accents, stop words dropped, snowball stems, and compounds split into two words that the texts
 * themselves use (longest known tail first, with the linking `s`, `e` or `en`). No thesaurus.
 */
import { stemmer } from '@orama/stemmers/dutch';
import type { AnalysedTerm, AnalyzerFactory, IdeaAnalyzer } from './analyzer.js';
import { conceptMatcher, type SolutionConcepts } from './solution-concepts.js';

const WORD = /[\p{L}\p{N}]+/gu;

const STOP_WORDS = new Set(
  `aan al alle alleen als alsof andere anders ben bij bijna dan dat de deze die dit doe doen door dus
  een eens eerst elk elke en er ergens even geen gaat gewoon had heb hebben heeft hem het hier hij hoe
  hun ik in is je jij juist kan kun kunnen maar me meer mee men met mij mijn moet moeten na naar niet
  niets nog nu of om omdat onder ons onze ook op over per te tegen toch toe tot u uit van veel voor
  want wat we wel welke werd wie wij wil willen worden wordt zal ze zelf zich zij zijn zo zoals zonder
  zou zouden steeds keer vaak soms dag iemand iets iedereen ieder daar daarna daarom dezelfde hetzelfde
  waar waarom waarin waarmee wanneer terwijl zodat sinds eigenlijk echt weer nooit altijd graag
  plaats week eind goed gedaan bezig kijk kijken zien ziet zie laat laten maak maakt maken geef geven
  krijg krijgt krijgen gaan gaat komen komt kost staan staat hoeft hoeven mogen mag twee drie vier vijf kunt weet weten vind vinden zit zitten hoor horen
  denk denken zeg zeggen ga doet`.split(/\s+/),
);

export const MIN_COMPOUND_LENGTH = 8;
const MIN_HEAD = 3;
const MIN_TAIL = 4;
const LINKS = ['', 's', 'e', 'en'] as const;

function bare(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The words of a text, lower case, without accents. */
export function wordsOf(text: string): string[] {
  return writtenWordsOf(text).map(bare);
}

/** The words of a text, lower case, accents kept (for labels). */
function writtenWordsOf(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

/** Head and tail of a compound whose parts both occur in `lexicon`, longest tail first. */
export function splitCompound(word: string, lexicon: ReadonlySet<string>): [string, string] | undefined {
  if (word.length < MIN_COMPOUND_LENGTH) return undefined;
  for (let cut = MIN_HEAD; cut <= word.length - MIN_TAIL; cut++) {
    const tail = word.slice(cut);
    if (!lexicon.has(tail)) continue;
    const head = word.slice(0, cut);
    for (const link of LINKS) {
      if (!head.endsWith(link)) continue;
      const stemPart = head.slice(0, head.length - link.length);
      if (stemPart.length >= MIN_HEAD && lexicon.has(stemPart)) return [stemPart, tail];
    }
  }
  return undefined;
}

/** The adapter with the solution concepts of `concepts` (default: config/solution-concepts.json). */
export function stemAnalyzerWith(concepts?: SolutionConcepts): AnalyzerFactory {
  const matcher = conceptMatcher(concepts);
  return (texts) => {
    const lexicon = new Set<string>();
    for (const text of texts)
      for (const word of wordsOf(text))
        if (!STOP_WORDS.has(word) && word.length >= MIN_HEAD) lexicon.add(word);
    const analyzer: IdeaAnalyzer = {
      analyse(text) {
        const terms: AnalysedTerm[] = [];
        const written = writtenWordsOf(text);
        const words = written.map(bare);
        words.forEach((word, i) => {
          const shown = written[i] ?? word;
          const parts = splitCompound(word, lexicon) ?? [];
          for (const id of matcher.ofWord(word, parts)) terms.push({ key: id, kind: 'concept', word: shown });
          if (STOP_WORDS.has(word) || word.length < 2 || /^\d+$/.test(word)) return;
          terms.push({ key: stemmer(word), kind: 'stem', word: shown });
          for (const part of parts) terms.push({ key: stemmer(part), kind: 'part', word: part });
        });
        for (const { id, phrase } of matcher.ofPhrases(words))
          terms.push({ key: id, kind: 'concept', word: phrase });
        return terms;
      },
    };
    return analyzer;
  };
}

/** The adapter in use: stems, compound parts and the bundled solution concepts. */
export const stemAnalyzer: AnalyzerFactory = stemAnalyzerWith();
