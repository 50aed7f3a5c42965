/**
 * The clustering's view of a text, through the search's Dutch analyzer (src/core/ideas/analyzer:
 * tokens → stems → compound parts → thesaurus concepts): per word its stem, the stems of its compound
 * parts, its thesaurus groups, and the solution concepts of config/solution-concepts.json (finer than
 * the thesaurus, which gives every idea of a theme the theme's own group). The lexicon for compound
 * splitting is the texts' own vocabulary plus the thesaurus. Stop words and the thesaurus' weak words
 * give no stem (they may still name a concept: "hetzelfde", "alleen de").
 */
import { createAnalyzer, tokenize, type AnalyzedWord } from '../analyzer/analyzer.js';
import { DUTCH_STOP_WORDS } from '../analyzer/dutch-stop-words.js';
import { stem } from '../analyzer/stem.js';
import type { AnalysedTerm, AnalyzerFactory } from './analyzer.js';
import { conceptMatcher, type SolutionConcepts } from './solution-concepts.js';

const WORD = /[^\p{L}\p{N}]+/u;
const MIN_LEXICON_WORD = 3;

/** Lower case words with their accents, for labels; the analyzer's folded words are the keys. */
function writtenWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(WORD)
    .filter((word) => word !== '');
}

/** The analyzer with the solution concepts of `concepts` (default: config/solution-concepts.json). */
export function ideaAnalyzerWith(concepts?: SolutionConcepts): AnalyzerFactory {
  const matcher = conceptMatcher(concepts);
  return (texts) => {
    const lexicon = new Set<string>();
    for (const text of texts)
      for (const word of tokenize(text))
        if (word.length >= MIN_LEXICON_WORD && !DUTCH_STOP_WORDS.has(word)) lexicon.add(word);
    const analyzer = createAnalyzer({ isWord: (word) => lexicon.has(word) });
    // Words repeat across a theme: analyse each distinct written word once.
    const seen = new Map<string, { readonly word: AnalyzedWord; readonly concepts: readonly string[] }>();
    const lookUp = (shown: string) => {
      let entry = seen.get(shown);
      if (!entry) {
        const word = analyzer.analyzeWord(shown);
        entry = { word, concepts: matcher.ofWord(word.word, word.parts) };
        seen.set(shown, entry);
      }
      return entry;
    };
    return {
      analyse(text) {
        const terms: AnalysedTerm[] = [];
        const folded: string[] = [];
        for (const shown of writtenWords(text)) {
          const { word, concepts } = lookUp(shown);
          folded.push(word.word);
          for (const id of concepts) terms.push({ key: id, kind: 'concept', word: shown });
          if (word.stop || word.weak || word.word.length < 2 || /^\d+$/.test(word.word)) continue;
          terms.push({ key: word.stem, kind: 'stem', word: shown });
          for (const part of word.parts) terms.push({ key: stem(part), kind: 'part', word: part });
          for (const group of word.groups)
            terms.push({ key: `thesaurus:${group.id}`, kind: 'concept', word: shown });
        }
        for (const { id, phrase } of matcher.ofPhrases(folded))
          terms.push({ key: id, kind: 'concept', word: phrase });
        return terms;
      },
    };
  };
}

/** The clustering's analyzer: the search analyzer plus the bundled solution concepts. */
export const ideaAnalyzer: AnalyzerFactory = ideaAnalyzerWith();
