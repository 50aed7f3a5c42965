/** Dutch texts of "Veelgenoemde oplossingen": pages, API errors, curation and the command line. */
import { compareNames } from '../contract/names.js';
import { formatCount } from './format.js';

const ideeen = (n: number) => `${formatCount(n)} ${n === 1 ? 'idee' : 'ideeën'}`;

const same = (text: string) => text;

/** What an import dropped in one theme (the store's `DroppedCuration`). */
interface DroppedCurationText {
  readonly theme: string;
  readonly solutions: readonly {
    readonly key: string;
    readonly label: string | null;
    readonly ids: readonly string[];
  }[];
  readonly outside: readonly string[];
}

export const solutionsText = {
  /**
   * A solution's branches or professions with their idea counts, most first, equal counts in name
   * order: `VVT (3), GGZ (1)`. `escape` makes each name and number safe for HTML (the report).
   */
  countedList: (counts: Readonly<Record<string, number>>, escape: (text: string) => string = same) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]))
      .map(([name, n]) => `${escape(name)} (${escape(formatCount(n))})`)
      .join(', '),
  heading: 'Veelgenoemde oplossingen',
  lead: 'Ideeën binnen dit thema die dezelfde oplossing voorstellen, automatisch gegroepeerd op de begrippen die ze gebruiken. Per oplossing: een korte omschrijving, hoeveel ideeën haar noemen, uit welke branches, en het idee dat haar het best vertegenwoordigt.',
  leadCurated:
    'Ideeën binnen dit thema die dezelfde oplossing voorstellen, automatisch gegroepeerd op de begrippen die ze gebruiken en door een beheerder bijgesteld; een omschrijving van een beheerder staat erbij. Per oplossing: een korte omschrijving, hoeveel ideeën haar noemen, uit welke branches, en het idee dat haar het best vertegenwoordigt.',
  leadThemes:
    'Per thema de oplossingen die het vaakst terugkomen in de ideeën, automatisch gegroepeerd. Open een thema voor alle oplossingen met hun ideeën.',
  leadThemesCurated:
    'Per thema de oplossingen die het vaakst terugkomen in de ideeën, automatisch gegroepeerd en door een beheerder bijgesteld. Open een thema voor alle oplossingen met hun ideeën.',
  method:
    'Hoe: elk idee wordt beschreven met zijn woordstammen, delen van samenstellingen en begrippen uit een lijst van oplossingen in zorg en welzijn, waarbij de zin met het voorstel iets zwaarder telt dan de beschrijving van de situatie. Twee ideeën kunnen alleen samen een oplossing vormen als ze een begrip uit die lijst delen; hoe sterk ze moeten lijken, hangt af van hoe dicht de ideeën van het thema bij elkaar liggen. Een idee dat op geen ander lijkt, blijft los. Een beheerder kan oplossingen hernoemen, samenvoegen, splitsen en vastzetten.',
  count: (n: number) => `Genoemd in ${ideeen(n)}`,
  /** The count with how many of the ideas repeat another nearly word for word (undecided). */
  countWithRepeats: (n: number, repeated: number) =>
    repeated === 0
      ? `Genoemd in ${ideeen(n)}`
      : `Genoemd in ${ideeen(n)}, waarvan ${formatCount(repeated)} vrijwel gelijk aan een ander`,
  /** An idea shown once for `n` near-duplicates: word for word (`identical`) or nearly. */
  sentIn: (n: number, identical: boolean) =>
    identical
      ? `${formatCount(n)} keer ingestuurd`
      : `${formatCount(n)} keer ingestuurd, met kleine verschillen`,
  exampleMark: 'voorbeeld, zelf geschreven',
  branchesLabel: 'Branches',
  professionsLabel: 'Beroepen',
  /**
   * Why ideas have no profession beside them, said once under a page's solutions: a profession is
   * named only when at least `k` of a solution's ideas show it (cluster-origin.ts), and an idea shows
   * none when it gave none or the ideas databank hides it (k-anonymity.ts).
   */
  professionsNote: (k: number) =>
    `Bij een oplossing staat een beroep alleen als minstens ${formatCount(k)} van haar ideeën het noemen, zodat niemand herkenbaar wordt. Bij de andere ideeën is het beroep niet ingevuld, afgeschermd in de ideeënbank, of noemen minder dan ${formatCount(k)} ideeën van de oplossing hetzelfde beroep.`,
  /** A solution's professions and, when some of its ideas show none, how many (`notNamed`). */
  professionsShown: (list: string, notNamed: number) =>
    notNamed === 0 ? list : `${list}${list === '' ? '' : '; '}bij ${ideeen(notNamed)} geen beroep`,
  quoteLabel: 'Voorbeeld uit de ideeën',
  otherIdeas: (n: number) => `De andere ${ideeen(n)} van deze oplossing`,
  unclustered: (n: number) =>
    `${ideeen(n)} in dit thema ${n === 1 ? 'past' : 'passen'} bij geen veelgenoemde oplossing.`,
  /**
   * No solution in a theme: what the grouping did not find, not a claim that no two ideas share a
   * remedy. Ideas that name one remedy in different words are not always linked (audit 7, finding 3:
   * "Veiligheid en agressie" repeats three remedies the grouping missed).
   */
  none: 'De automatische groepering heeft in dit thema geen veelgenoemde oplossing gevonden: geen groep van ideeën die dezelfde oplossing in overeenkomende woorden noemen. Ideeën kunnen dezelfde oplossing ook in andere woorden noemen, en die herkent de groepering niet altijd. Lees daarom ook de ideeën zelf.',
  curated: 'omschrijving door een beheerder',
  clusteredPart: (clustered: number, total: number) =>
    `Gegroepeerd zijn de eerste ${formatCount(clustered)} van de ${formatCount(total)} ideeën van dit thema.`,
  themeTitle: (theme: string) => `${theme} — ideeën en oplossingen`,
  themeLead: (theme: string, n: number) => `${ideeen(n)} met het thema ‘${theme}’.`,
  themeLink: (theme: string) => `Alle oplossingen in ‘${theme}’`,
  moreSolutions: (n: number) => `en ${formatCount(n)} ${n === 1 ? 'andere oplossing' : 'andere oplossingen'}`,
  ideaLink: 'Bekijk dit idee',
  ideaLinkOf: (label: string) => `bij ‘${label}’`,
  /**
   * Under a quote, as the profile pages write it: after a dash, not in parentheses (a branch name may
   * end in its own, "… (VVT)": audit 8, finding 10).
   */
  quoteBranch: (branch: string | null) => (branch ? `— ${branch}` : '— branche onbekend'),
  bridgeSolutions: 'Oplossingen die collega’s vaak noemen',
  // Errors and curation.
  themeMissing: 'Geef een thema op, bijvoorbeeld ?thema=Administratieve lasten.',
  unknownTheme: (theme: string) => `Het thema ‘${theme}’ heeft geen zichtbare ideeën.`,
  themeNotFound: (written: string, themes: readonly string[]) =>
    themes.length === 0
      ? `Er is geen thema ‘${written}’, en de ideeënbank heeft nog geen ideeën met een thema.`
      : `Er is geen thema ‘${written}’. Thema’s met ideeën: ${themes.join('; ')}.`,
  themeWithoutIdeas: (theme: string, themes: readonly string[]) =>
    `Het thema ‘${theme}’ heeft (nog) geen zichtbare ideeën.${themes.length === 0 ? '' : ` Thema’s met ideeën: ${themes.join('; ')}.`}`,
  unknownCluster: (key: string) => `Er is geen oplossing ‘${key}’ in dit thema (meer).`,
  notAMember: (id: string, key: string) => `Het idee ‘${id}’ hoort niet bij de oplossing ‘${key}’.`,
  notInTheme: (id: string, theme: string) => `Het idee '${id}' heeft niet het thema '${theme}'.`,
  labelMissing: 'Geef een korte omschrijving van de oplossing.',
  labelTooLong: (max: number) => `Een omschrijving is hoogstens ${max} tekens lang.`,
  mergeNeedsTwo: 'Kies minstens twee oplossingen om samen te voegen.',
  splitNeedsIdeas: 'Kies de ideeën die een eigen oplossing worden (niet alle ideeën van de oplossing).',
  reasonMissing: 'Geef een reden voor deze wijziging.',
  fieldMissing: (field: string) => `Het veld '${field}' ontbreekt of is geen tekst.`,
  decisionMissing: "Geef als besluit 'behouden' of 'samenvoegen'.",
  unknownPair: (a: string, b: string) => `De ideeën '${a}' en '${b}' zijn niet als bijna gelijk gemarkeerd.`,
  erasedLabel: '(omschrijving vervallen: een idee van deze oplossing is gewist)',
  quotedLabelErased: '(omschrijving vervallen: ze citeerde een gewist idee)',
  quotedLabelCleared: 'De omschrijving citeerde een gewist idee en is daarom vervallen.',
  staleKey: (key: string, label: string, now: string) =>
    `Er is geen oplossing ‘${key}’ meer in dit thema: ze is intussen veranderd (door een import of een andere wijziging). Haar ideeën staan nu vooral in ‘${label}’ (${now}). Kijk of je die bedoelt en stuur de wijziging dan opnieuw.`,
  resolvedKey: (key: string, label: string, now: string) =>
    `De oplossing ‘${key}’ heet nu ‘${now}’ (‘${label}’); de wijziging is daar gedaan.`,
  untilImport: {
    solution:
      'Let op: deze oplossing is niet vastgezet. De wijziging geldt tot de volgende import van ideeën in dit thema; zet de oplossing vast om haar te bewaren.',
    outside:
      'Let op: een idee bij geen enkele oplossing blijft daar tot de volgende import van ideeën in dit thema.',
  },
  /** After a move that took other ideas along (their solution fell below the minimum). */
  alsoMoved: (ids: readonly string[]) =>
    `Ook verplaatst: ${ids.join(', ')}. Hun oplossing had daarna te weinig ideeën (of geen enkel voorstel meer) en is geen oplossing meer; zet ze zo nodig terug of in een andere oplossing.`,
  unpublished: (label: string, min: number) =>
    `‘${label}’ heeft minder dan ${formatCount(min)} ideeën: lezers zien haar niet als veelgenoemde oplossing (haar ideeën staan bij de ideeën zonder oplossing) tot er genoeg ideeën bij zijn.`,
  declineNeedsPinned: (label: string) =>
    `‘${label}’ is niet vastgezet: alleen vastgezette oplossingen krijgen voorstellen om af te wijzen.`,
  proposalsMissing: 'Kies een of meer voorstellen.',
  proposalDecisionMissing: "Geef als besluit 'toevoegen' of 'afwijzen'.",
  acceptMember: (id: string, label: string) =>
    `Het idee ‘${id}’ hoort al bij ‘${label}’; er is niets gewijzigd.`,
  declineMember: (id: string, label: string) =>
    `Het idee ‘${id}’ hoort al bij ‘${label}’; verplaats het als het daar niet hoort.`,
  quoteReplacedReason:
    'Het geciteerde idee staat niet meer (zichtbaar) bij deze vastgezette oplossing; een ander idee van de oplossing is nu het citaat.',
  reimportReason: (file: string) => `Nieuwe import (${file}): niet-vastgezette indeling vervalt.`,
  /**
   * What an import of ideas dropped (the import's `droppedCuration`): per theme whose ideas it changed,
   * the unpinned solutions a curator had changed and the ideas placed outside every solution. One
   * sentence; empty when nothing went. Themes the import did not touch keep every decision.
   */
  importDropped: (dropped: readonly DroppedCurationText[]) => {
    if (dropped.length === 0) return '';
    const size = (d: DroppedCurationText) => d.solutions.length + d.outside.length;
    const n = dropped.reduce((sum, d) => sum + size(d), 0);
    const list = dropped.map((d) => `${d.theme} (${formatCount(size(d))})`).join(', ');
    return `Deze import veranderde ideeën in ${dropped.length === 1 ? '1 thema' : `${formatCount(dropped.length)} thema’s`} met niet-vastgezette wijzigingen van oplossingen; ${n === 1 ? 'die wijziging is' : `die ${formatCount(n)} wijzigingen zijn`} vervallen: ${list}. Vastgezette oplossingen blijven staan.`;
  },
  importDroppedHeading: 'Vervallen wijzigingen van oplossingen, per thema:',
  /** One theme's dropped decisions: the solutions' lines (or keys) and the ideas placed outside. */
  importDroppedTheme: (d: DroppedCurationText) =>
    `${d.theme}: ${[
      ...d.solutions.map((c) => (c.label === null ? `${c.key} (${ideeen(c.ids.length)})` : `‘${c.label}’`)),
      ...(d.outside.length > 0 ? [`${ideeen(d.outside.length)} bij geen oplossing`] : []),
    ].join(', ')}`,
  keepNotInPair: (keep: string, a: string, b: string) =>
    `Het idee ‘${keep}’ hoort niet bij dit paar: kies ‘${a}’ of ‘${b}’ om te bewaren.`,
  mergedHidden: (hidden: string, keep: string) => `${hidden} is verborgen; ${keep} blijft staan.`,
  unmergedReason: (id: string) => `Samenvoegen ongedaan: ${id} is weer getoond. Beslis opnieuw.`,
  mergedDuplicateReason: (other: string, reason: string) => `Samengevoegd met ${other}: ${reason}`,
  nearDuplicates: (n: number) =>
    n === 1
      ? '1 paar ideeën lijkt bijna gelijk; een beheerder beslist.'
      : `${formatCount(n)} paren ideeën lijken bijna gelijk; een beheerder beslist.`,
  /** Before the first pairs of a long list (the command line prints only those). */
  nearDuplicatesFirst: (shown: number, n: number) =>
    `De eerste ${formatCount(shown)} van ${formatCount(n)} paren:`,
  /** Where a curator sees every pair. */
  nearDuplicatesWhere:
    'Alle paren staan per thema, als groepen met één beslissing per groep, op /beheer/oplossingen?thema=… (met het beheertoken) en in GET /api/ideas/oplossingen/beheer?thema=….',
  // Command line (readable output).
  reportHeading: 'Veelgenoemde oplossingen',
  reportIntro:
    'Per thema de oplossingen die werkenden het vaakst noemen in de ideeënbank: ideeën die hetzelfde voorstellen, automatisch gegroepeerd en waar nodig door een beheerder bijgesteld. Bij elke oplossing staat hoeveel ideeën haar noemen, uit welke branches ze komen en een idee dat haar goed weergeeft.',
  reportNone: 'De ideeënbank bevat nog geen ideeën met een thema.',
  reportIdeas: (n: number) => ideeen(n),
  reportMore: (n: number) =>
    `Daarnaast ${n === 1 ? 'nog één oplossing' : `nog ${formatCount(n)} oplossingen`}.`,
  reportAllAt: 'Alle oplossingen van dit thema staan op',
  reportAllOnPage: (path: string) =>
    `Alle oplossingen van dit thema staan op de themapagina van de ideeënbank op de website (${path}).`,
  cliHeading: (theme: string, n: number) => `Veelgenoemde oplossingen in '${theme}' (${ideeen(n)})`,
  cliCluster: (i: number, label: string, count: number, repeated = 0) =>
    `${i}. ${label} — ${repeated === 0 ? ideeen(count) : `${ideeen(count)}, waarvan ${formatCount(repeated)} vrijwel gelijk aan een ander`}`,
  cliQuote: (text: string, branch: string | null) => `   “${text}” ${branch ? `— ${branch}` : ''}`.trimEnd(),
  cliBranches: (list: string) => `   Branches: ${list}`,
  cliUnclustered: (n: number) => `Los: ${ideeen(n)} bij geen oplossing.`,
  exampleNote: 'Let op: voorbeelddata — zelf geschreven ideeën, geen citaten uit het onderzoek.',
  exampleNoteSome:
    'Let op: een deel is voorbeelddata — zelf geschreven ideeën, geen citaten uit het onderzoek; die zijn gemarkeerd met ‘voorbeeld, zelf geschreven’.',
} as const;
