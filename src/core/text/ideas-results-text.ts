/**
 * What the ideas search says about its results: counts, notes on the query, paging, the "mijn beroep"
 * choice and the facet counts, as written by the results renderer (src/core/ideas/results-html.ts), the
 * query limits and the static export's search island (src/web/ideas-search.ts). Kept apart from the
 * rest of the ideas page's words (`ideasPageText`, page-text.ts, which holds these too) so the island's
 * bundle takes only these: esbuild cannot leave out parts of one object.
 */
import { andList, formatCount } from './format.js';

/** Words named by the note on words not searched; the rest are counted. */
const WORDS_NAMED = 5;

export const ideasResultsText = {
  facetCount: (label: string, count: number) => `${label} (${formatCount(count)})`,
  /** A facet count of a capped search (`query.capped`): only the ideas weighed were counted. */
  facetCountAtLeast: (label: string, count: number) => `${label} (ten minste ${formatCount(count)})`,
  results: (total: number) => (total === 1 ? '1 idee gevonden' : `${formatCount(total)} ideeën gevonden`),
  resultsRange: (from: number, to: number, total: number) =>
    `Ideeën ${formatCount(from)} tot en met ${formatCount(to)} van ${formatCount(total)}`,
  /** A capped search counted only the ideas it weighed: the real number is this or more. */
  resultsAtLeast: (total: number) => `Ten minste ${formatCount(total)} ideeën gevonden`,
  resultsRangeAtLeast: (from: number, to: number, total: number) =>
    `Ideeën ${formatCount(from)} tot en met ${formatCount(to)} van ten minste ${formatCount(total)}`,
  cappedNote:
    'Uw zoekopdracht past op meer ideeën dan we per zoekopdracht tellen. We tonen de best passende; de aantallen hier en bij de filters zijn daarom ondergrenzen. Voeg een woord of een filter toe om gerichter te zoeken.',
  /**
   * Words past the bounds of one query were not searched (query-limits.ts): how many were, and which
   * were not (the first few by name).
   */
  wordsNotSearched: (searched: number, dropped: readonly string[]) => {
    const named = dropped.slice(0, WORDS_NAMED).map((word) => `‘${word}’`);
    const rest = dropped.length - named.length;
    const list = andList(
      rest > 0 ? [...named, `${formatCount(rest)} ${rest === 1 ? 'ander' : 'andere'}`] : named,
    );
    if (searched === 0) return `Niet gezocht: ${list} (de zoekopdracht was vol met veelvoorkomende woorden).`;
    const first =
      searched === 1
        ? 'Alleen het eerste woord is'
        : `Alleen de eerste ${formatCount(searched)} woorden zijn`;
    return `${first} gezocht; ${list} niet.`;
  },
  /** A query longer than the search reads: the rest was ignored. */
  queryCut: (characters: number) =>
    `Uw zoekopdracht is te lang: alleen de eerste ${formatCount(characters)} tekens zijn gelezen.`,
  /** A quoted phrase found nothing: what quotes do, and the same words without them. */
  phraseNone:
    'Tussen aanhalingstekens zoeken we alleen die woorden zelf, naast elkaar en in die volgorde: geen woorden met dezelfde betekenis, geen samenstellingen en geen verbeterde tikfouten. Een andere vorm van een woord telt soms mee (rooster, roosters), maar niet altijd (registratie, registraties).',
  unquoted: 'Zoek zonder aanhalingstekens:',
  none: 'Geen ideeën gevonden. Probeer een ander woord of minder filters.',
  /** Under "none": the themes, each a link to all its ideas. */
  noneThemes: 'Of kijk bij een thema. Elk thema toont al zijn ideeën:',
  /** The query held only common words or signs, which are never searched: every idea is listed. */
  noSearchWords: (q: string) =>
    `Op ‘${q.trim()}’ is niet gezocht: het zijn alleen veelvoorkomende woorden of tekens. Hieronder staan de ideeën zonder zoekwoord; zoek op waar het over gaat, bijvoorbeeld ‘rooster’ of ‘agressie’.`,
  /** The query only excluded words (`-rooster`): exclusions narrow a search, they are no search. */
  onlyExcluded: (q: string) =>
    `Op ‘${q.trim()}’ is niet gezocht: met een minteken sluit u een woord uit, maar dan moet er ook een woord zijn om op te zoeken. Hieronder staan alle ideeën; zet er een woord bij, bijvoorbeeld ‘planning -rooster’.`,
  previous: 'Vorige pagina',
  next: 'Volgende pagina',
  pagination: 'Paginering',
  meta: {
    themes: 'Thema’s',
    kind: 'Soort',
    branch: 'Branche',
    province: 'Provincie',
    profession: 'Beroep',
  },
  permalink: 'Vaste link naar dit idee',
  mineOnly: (profession: string) => `Alleen ideeën uit mijn beroep tonen (${profession})`,
  mineAll: 'Ideeën uit alle beroepen tonen',
  mineBranches: (branches: readonly string[]) =>
    `Alleen ideeën tonen uit ${branches.length === 1 ? 'de branche' : 'de branches'} van uw beroep: ${andList(branches)}`,
  mineAllBranches: 'Ideeën uit alle branches tonen',
  mineNone: (profession: string) =>
    `Bij geen van deze ideeën staat ${profession} als beroep: het beroep is niet ingevuld, of we tonen het niet omdat er minder dan 5 ideeën met dezelfde provincie, branche en beroep zijn, zodat niemand herkenbaar is.`,
  mineNote: (profession: string) =>
    `Uw beroep (${profession}) is gemarkeerd; de ideeën van alle beroepen blijven zichtbaar.`,
  professionHidden: (n: number) =>
    `${n === 1 ? '1 idee valt' : `${formatCount(n)} ideeën vallen`} buiten het beroepsfilter omdat het beroep niet is ingevuld of niet wordt getoond: bij minder dan 5 ideeën met dezelfde provincie, branche en beroep verbergen we het beroep, zodat niemand herkenbaar is.`,
  didYouMean: 'Bedoelde u:',
  /**
   * When no idea holds every word: which words were found, in how many ideas, and which were not. With
   * `total` (the ideas listed) above the found words' counts together, some ideas are listed for a
   * relative of a word only, and the sentence says so.
   */
  partialMatch: (
    words: readonly { readonly word: string; readonly ideas: number }[],
    atLeast = false,
    total = 0,
  ) => {
    const found = words.filter((w) => w.ideas > 0);
    const relatives = total > found.reduce((sum, w) => sum + w.ideas, 0);
    const missing = words.filter((w) => w.ideas === 0);
    const ideas = (n: number) =>
      `${atLeast ? 'ten minste ' : ''}${n === 1 ? '1 idee' : `${formatCount(n)} ideeën`}`;
    return [
      'Geen idee bevat al uw zoekwoorden.',
      found.length > 0
        ? `Hieronder staan de ideeën met een deel ervan: ${found.map((w) => `‘${w.word}’ in ${ideas(w.ideas)}`).join(', ')}.`
        : '',
      missing.length > 0
        ? `${missing.map((w) => `‘${w.word}’`).join(', ')} ${missing.length === 1 ? 'staat' : 'staan'} in geen enkel idee.`
        : '',
      relatives
        ? found.length > 0
          ? 'Er staan ook ideeën bij met alleen een verwant woord (een deel van een zoekwoord of een synoniem) of over hetzelfde thema.'
          : 'Hieronder staan ideeën met een verwant woord (een deel van een zoekwoord of een synoniem) of over hetzelfde thema.'
        : '',
    ]
      .filter((part) => part !== '')
      .join(' ');
  },
  /**
   * One word that no idea holds, while ideas are listed: they match a part of it, a synonym or its
   * theme (or branch), and the reader is told so before them.
   */
  wordInNoIdea: (word: string) =>
    `‘${word}’ staat in geen enkel idee. Hieronder staan ideeën met een verwant woord (een deel van het woord of een synoniem) of over hetzelfde thema.`,
  allWordsFirst: (n: number, atLeast = false) =>
    `${atLeast ? 'Ten minste ' : ''}${n === 1 ? '1 idee bevat' : `${formatCount(n)} ideeën bevatten`} al uw zoekwoorden; die staan bovenaan, daarna volgen ideeën met een deel ervan of met verwante woorden.`,
  loading: 'Bezig met zoeken…',
  staticLoading: 'De ideeën worden geladen…',
  staticFailed:
    'Zoeken werkt hier niet: de ideeën konden niet worden geladen (een kopie die als bestand is geopend, mag dat vaak niet; zet hem op een webserver). Hieronder staan de eerste ideeën.',
} as const;
