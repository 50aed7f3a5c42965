/**
 * Which sentences of an idea propose the remedy. Ideas mix a situation ("Nu moet ik alles twee keer
 * invoeren.") with what should change ("Koppel de systemen."); two ideas belong to one solution when
 * their remedies agree, whatever situation they start from. A sentence proposes a remedy when it opens
 * with an imperative ("Laat", "Geef", "Schrap"), voices a wish ("ik wil", "zou", "graag"), or reports a
 * practice that works ("bij ons mogen", "werkt"). An idea without such a sentence is all remedy (a
 * complaint names its remedy only implicitly). Markers are folded words (lower case, no accents).
 */
import { tokenize } from '../analyzer/analyzer.js';

/** Imperatives that open a proposal; Dutch imperatives are verb stems, so this is a closed list. */
const IMPERATIVES: ReadonlySet<string> = new Set(
  (
    'laat geef schrap maak zorg vraag betrek spreek registreer investeer schaf stop gebruik koppel zet ' +
    'houd hou vertrouw leg neem bied help kijk begin richt breng beperk verminder organiseer stel regel ' +
    'deel beloon betaal train leer zoek durf luister ga kom denk toon verlaag verhoog voer schrijf ' +
    'ontwikkel creeer faciliteer bundel vereenvoudig automatiseer erken waardeer accepteer informeer ' +
    'plan verdeel verplaats draag hevel open ondersteun combineer standaardiseer digitaliseer werk'
  ).split(' '),
);

/** Words that mark a wish, a proposal or a working practice anywhere in a sentence. */
const PROPOSAL_MARKERS: ReadonlySet<string> = new Set(
  (
    'wil willen wens wensen hoop graag zou zouden liever mogen mag moeten zodat werkt werken ' +
    'voorstel idee oplossing beter waarom'
  ).split(' '),
);

/** Two-word markers (in a row). */
const PROPOSAL_PAIRS: readonly (readonly [string, string])[] = [
  ['bij', 'ons'],
  ['in', 'plaats'],
  ['op', 'onze'],
];

export interface IdeaSentence {
  readonly text: string;
  readonly remedy: boolean;
}

const SENTENCE_END = /(?<=[.!?;:])\s+/u;

export function isRemedySentence(words: readonly string[]): boolean {
  const [first = ''] = words;
  if (IMPERATIVES.has(first)) return true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (PROPOSAL_MARKERS.has(word)) return true;
    const next = words[i + 1];
    if (next !== undefined && PROPOSAL_PAIRS.some(([a, b]) => a === word && b === next)) return true;
  }
  return false;
}

/** The idea's sentences, each marked remedy or situation; all remedy when none proposes anything. */
export function ideaSentences(text: string): IdeaSentence[] {
  const sentences = text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '')
    .map((sentence) => ({ text: sentence, remedy: isRemedySentence(tokenize(sentence)) }));
  if (!sentences.some((s) => s.remedy)) return sentences.map((s) => ({ ...s, remedy: true }));
  return sentences;
}

/**
 * Words that report what a practice brings (it prevents, saves, helps, works since): an idea that says
 * what works names its remedy by describing it, without an imperative or a wish. Folded words; an
 * entry ending in `*` matches every word it starts.
 */
const OUTCOME_MARKERS: readonly string[] = (
  'voorkom* voorkwam scheelt schelen bespaar* bespaart spaart sparen spaar help* hielp ' +
  'sinds vangt goedkoper sneller oplevert opleveren levert'
).split(' ');

const outcomeMarker = (word: string) =>
  OUTCOME_MARKERS.some((m) => (m.endsWith('*') ? word.startsWith(m.slice(0, -1)) : word === m));

/**
 * Whether an idea only complains: none of its sentences proposes a remedy (remedy-phrase markers) and
 * none reports what a practice brings. The judged set keeps such ideas out of every solution unless
 * their remedy is plain, so the clustering lets them into a group only on stronger evidence.
 */
export function isComplaint(text: string): boolean {
  return !text.split(SENTENCE_END).some((sentence) => {
    const words = tokenize(sentence);
    return isRemedySentence(words) || words.some(outcomeMarker);
  });
}

/**
 * Imperatives that open a proposal but are not in {@link IMPERATIVES}: a line may start with them.
 * They stay out of the clustering's list, where a new marker would move ideas between groups.
 */
const LINE_IMPERATIVES: ReadonlySet<string> = new Set(
  (
    'publiceer reken bespreek zeg probeer verantwoord bouw voorkom wissel roosteer bel schakel ' +
    'onderzoek evalueer doe'
  ).split(' '),
);

/**
 * The sentence of an idea that names its remedy, as a line of at most `max` characters: the first
 * sentence that opens with an imperative ("Plan een kwartier rust na elke zware inzet"), else the
 * first that proposes something, else the first; without its closing stop, with a capital, cut at a
 * word with "…" when longer. Empty for an empty text.
 */
export function remedyLine(text: string, max: number): string {
  const sentences = text
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
  const words = sentences.map((sentence) => tokenize(sentence));
  const chosen =
    sentences.find((_, i) => {
      const first = words[i]?.[0] ?? '';
      return IMPERATIVES.has(first) || LINE_IMPERATIVES.has(first);
    }) ??
    sentences.find((_, i) => isRemedySentence(words[i] ?? [])) ??
    sentences[0] ??
    '';
  const line = chosen.replace(/[.!?;:\s]+$/u, '');
  return cutAtWord(line.charAt(0).toUpperCase() + line.slice(1), max);
}

/** A line of at most `max` characters: cut at a word, with "…", when longer. */
export function cutAtWord(line: string, max: number): string {
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(/[,;:\s]+$/u, '')}…`;
}
