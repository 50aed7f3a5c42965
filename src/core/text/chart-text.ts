/** Dutch words of the figures: titles, axes, legends, notes and table headers. */
import { CERTAINTY_UNKNOWN, certaintyPhrase } from './certainty-text.js';
import type { AnalysisResult, IndexName, OutcomeId, Quadrant } from '../analysis/result.js';
import { andList, countOf, formatCount, formatNumber, formatPercent, formatShare } from './format.js';
import { EXAMPLE_DATA_LABEL, INDEX_LABELS, QUADRANT_NAMES } from './labels.js';

const QUARTERS = ['1e', '2e', '3e', '4e'];

/** `2024KW04` → `4e kwartaal 2024`, `2023JJ00` → `2023`; other codes as they are. */
export function periodLabel(code: string | null): string | null {
  if (code === null) return null;
  const quarter = /^(\d{4})KW0([1-4])$/.exec(code);
  if (quarter) return `${QUARTERS[Number(quarter[2]) - 1]} kwartaal ${quarter[1]}`;
  const year = /^(\d{4})JJ00$/.exec(code);
  return year?.[1] ?? code;
}

/** A source line with its period (`golven-2024-2025.csv, 4e kwartaal 2024`) unless it names it already. */
export function titleWithPeriod(title: string, periodCode: string | null): string {
  const period = periodLabel(periodCode);
  return period && !title.includes(period) ? `${title}, ${period}` : title;
}

/** A dataset version's source line, with its period when it holds one: two waves of one file differ by it. */
export function versionTitle(version: {
  readonly title: string;
  readonly periods: readonly (string | null)[];
}): string {
  const [only, ...more] = version.periods;
  return more.length === 0 ? titleWithPeriod(version.title, only ?? null) : version.title;
}

/** "Bron: …" under every figure; says voorbeelddata when the data are constructed. */
export function sourceLine(dataset: AnalysisResult['dataset']): string {
  const title = dataset.title.trim() || dataset.file;
  const withPeriod = titleWithPeriod(title, dataset.period);
  const label = dataset.example ? (dataset.label ?? EXAMPLE_DATA_LABEL) : null;
  const marked =
    label && !withPeriod.toLowerCase().includes(label.toLowerCase())
      ? `${withPeriod} — ${label}`
      : withPeriod;
  return `Bron: ${marked}. Bewerking: werkbalans.`;
}

export const OUTCOME_LABELS: Readonly<Record<OutcomeId, string>> = {
  tevreden_werk: 'Tevreden met het werk',
  tevreden_organisatie: 'Tevreden met de organisatie',
};

/** Nouns for the running text: "hulpbronnen", "taakeisen". */
export const INDEX_NOUNS: Readonly<Record<IndexName, string>> = {
  resources: 'hulpbronnen',
  demands: 'taakeisen',
};

/** Object phrase of an outcome: "tevredenheid met de organisatie". */
export const OUTCOME_NOUNS: Readonly<Record<OutcomeId, string>> = {
  tevreden_werk: 'tevredenheid met het werk',
  tevreden_organisatie: 'tevredenheid met de organisatie',
};

/** Names of Plot's axis groups for screen readers (decorative ticks and grids stay hidden). */
export const AXIS_GROUP_NAMES: Readonly<Record<string, string>> = {
  'x-axis tick label': 'waarden op de horizontale as',
  'y-axis tick label': 'waarden op de verticale as',
  'x-axis label': 'naam van de horizontale as',
  'y-axis label': 'naam van de verticale as',
  'fy-axis tick label': 'groepen',
};

export const chartText = {
  percentAxis: (label: string) => `${label} (%)`,
  professionColumn: 'Beroep',
  valueColumn: 'Waarde',
  intervalColumn: '95%-betrouwbaarheidsinterval',
  rankColumn: 'Rang',
  rankIntervalColumn: 'Rang, 95%-interval',
  dotsGroup: 'beroepen',
  labelsGroup: 'namen van de beroepen',
  bandGroup: '95%-betrouwbaarheidsband',
  lineGroup: 'kleinste-kwadratenlijn',
  quadrantNamesGroup: 'namen van de kwadranten',
  medianLabel: (value: number) => `mediaan ${formatPercent(value)}`,
  scatterSelectionNote:
    'Namen alleen bij het gekozen beroep en de uitersten; elke stip heeft een tooltip, en de tabel onder de figuur noemt alle beroepen.',
  unplacedNote: (count: number) =>
    `${formatCount(count)} ${count === 1 ? 'naam past' : 'namen passen'} niet in de figuur; de tabel noemt alle beroepen.`,

  scatterTitle: (index: IndexName, outcome: OutcomeId) =>
    `${INDEX_LABELS[index]} en ${OUTCOME_NOUNS[outcome]} per beroep`,
  scatterStatistics: (pearson: string, spearman: string) =>
    `Voor de kenner: Pearson ${pearson}; Spearman ${spearman}.`,
  borderlineLabel: (name: string, probability: number) => `${name} (${formatShare(probability)})`,
  rankRange: (low: number, high: number) => `${formatCount(low)} tot ${formatCount(high)}`,
  valueTip: (name: string, value: number) => `${name}: ${formatPercent(value)}`,
  scatterLineNote:
    'Lijn: kleinste-kwadratenlijn; band: 95%-betrouwbaarheidsband voor het gemiddelde (t-verdeling, n − 2 vrijheidsgraden). Elke stip is een beroep, geen persoon.',
  scatterTableCaption: (index: IndexName, outcome: OutcomeId) =>
    `${INDEX_LABELS[index]} en ${OUTCOME_NOUNS[outcome]} per beroep (percentages)`,

  rankingTitle: (measure: string) => `${measure}: alle beroepen op volgorde`,
  rankingSubtitle: (count: number, median: number | null) =>
    `${countOf(count, 'beroep', 'beroepen')}, hoogste bovenaan; stip = waarde, streep = 95%-betrouwbaarheidsinterval; verticale lijn = mediaan van de ingedeelde beroepen (${formatPercent(median)}).`,
  rankingIndexNote:
    'Het interval van een index volgt uit de intervallen van de componenten: ±1,96 × √(Σ gewicht² × sd²), met sd = (bovengrens − ondergrens) / (2 × 1,96) en onafhankelijke componenten, zoals in de simulatie.',
  rankingRankNote: (draws: number) =>
    `Rangintervallen: 2,5e tot 97,5e percentiel van de rang over ${formatCount(draws)} Monte Carlo-trekkingen.`,
  rankTip: (
    name: string,
    value: string,
    interval: string,
    rank: number,
    low: number,
    high: number,
    of: number,
  ) =>
    `${name}: ${value} (95%-BI ${interval}); rang ${formatCount(rank)} van ${formatCount(of)} (95%-interval ${formatCount(low)} tot ${formatCount(high)})`,
  rankTipNoRank: (name: string, value: string, interval: string) => `${name}: ${value} (95%-BI ${interval})`,
  rankTipUnclassified: (name: string, value: string, interval: string) =>
    `${name}: ${value} (95%-BI ${interval}); niet ingedeeld, dus geen rang`,
  /** The rank cell of a profession without a quadrant. */
  noRankUnclassified: 'niet ingedeeld',
  rankingUnclassifiedNote: (names: readonly string[], classified: number) =>
    `Zonder rang, want niet ingedeeld (er ontbreekt een component van een index): ${andList(names)}. De rangen gelden onder de ${countOf(classified, 'ingedeeld beroep', 'ingedeelde beroepen')}.`,
  rankingTableCaption: (measure: string) => `${measure} per beroep, met interval en rang`,

  quadrantTitle: 'Taakeisen en hulpbronnen: vier kwadranten',
  quadrantSubtitle: (medianResources: number, medianDemands: number) =>
    `Lijnen op de mediaan van de ingedeelde beroepen (hulpbronnen ${formatPercent(medianResources)}, taakeisen ${formatPercent(medianDemands)}); een beroep precies op de mediaan telt als hoog.`,
  quadrantLevel: {
    certain: (certain: number) => `Zeker (≥ ${formatShare(certain)})`,
    likely: (certain: number, borderline: number) =>
      `Waarschijnlijk (${formatShare(borderline)}–${formatShare(certain)})`,
    borderline: (borderline: number) => `Grensgeval (< ${formatShare(borderline)})`,
    unknown: 'Onbekend (grenzen ontbreken)',
  },
  quadrantLevelName: {
    certain: 'zeker',
    likely: 'waarschijnlijk',
    borderline: 'grensgeval',
    unknown: CERTAINTY_UNKNOWN,
  } as Readonly<Record<'certain' | 'likely' | 'borderline' | 'unknown', string>>,
  quadrantNote: (draws: number) =>
    `Zekerheid = aandeel van ${formatCount(draws)} Monte Carlo-trekkingen waarin het beroep in hetzelfde kwadrant valt.`,
  selectionNote:
    'Namen alleen bij het gekozen beroep en de uitersten; elke stip heeft een tooltip, en de lijst bij de figuur noemt alle beroepen.',
  quadrantGroup: (quadrant: Quadrant) => `Kwadrant ${quadrant}: ${QUADRANT_NAMES[quadrant]}`,
  quadrantTip: (
    name: string,
    quadrant: Quadrant,
    certainty: number | null,
    resources: number,
    demands: number,
  ) =>
    `${name}: kwadrant ${quadrant} (${QUADRANT_NAMES[quadrant]}), ${certaintyPhrase({ certainty })}; hulpbronnen ${formatPercent(resources)}, taakeisen ${formatPercent(demands)}`,
  quadrantColumn: 'Kwadrant',
  probabilityColumn: 'Zekerheid',
  sharesColumn: (quadrant: Quadrant) => `Kans kwadrant ${quadrant}`,
  quadrantTableCaption: 'Indeling in kwadranten met de zekerheid uit de simulatie',

  satisfactionTitle: 'Tevredenheid met het werk en met de organisatie per kwadrant',
  satisfactionSubtitle:
    'Dikke streep = ongewogen gemiddelde over de beroepen in het kwadrant; kleine grijze stippen = de beroepen zelf.',
  satisfactionProfessionLegend: 'Eén beroep',
  satisfactionAxis: 'Tevreden (%)',
  outcomeShort: { tevreden_werk: 'met het werk', tevreden_organisatie: 'met de organisatie' } as Readonly<
    Record<OutcomeId, string>
  >,
  meanTip: (outcome: string, quadrant: Quadrant, mean: number) =>
    `${outcome}, gemiddelde in kwadrant ${quadrant} (${QUADRANT_NAMES[quadrant]}): ${formatPercent(mean)}`,
  satisfactionTableCaption: 'Gemiddelde tevredenheid per kwadrant (percentages)',
  countColumn: 'Beroepen',
  meanColumn: (outcome: OutcomeId) => `${OUTCOME_LABELS[outcome]}, gemiddelde`,
  quadrantAxis: (quadrant: Quadrant) => `${quadrant} ${QUADRANT_NAMES[quadrant]}`,

  profileTitle: (name: string) => `${name}: profiel op alle componenten`,
  profileSubtitle:
    'Stip = het beroep met 95%-betrouwbaarheidsinterval; ruit = mediaan van de ingedeelde beroepen. Bij taakeisen is hoger zwaarder.',
  componentColumn: 'Index of component',
  profileAxis: 'Percentage (%)',
  profileTip: (label: string, value: string, interval: string, median: string) =>
    `${label}: ${value} (95%-BI ${interval}); mediaan ingedeelde beroepen ${median}`,
  profileTableCaption: (name: string) => `${name} tegenover de mediaan van de ingedeelde beroepen`,
  medianColumn: 'Mediaan ingedeelde beroepen',
  differenceColumn: 'Verschil (procentpunt)',
  profileProfession: 'Dit beroep',
  profileMedian: 'Mediaan ingedeelde beroepen',
  groupHeading: (index: IndexName) => INDEX_LABELS[index],

  sensitivityTitle: 'Hoe gevoelig is de indeling voor de indexkeuze?',
  sensitivitySubtitle: (professions: number) =>
    `Per alternatief: welke van de ${formatCount(professions)} beroepen in een ander kwadrant vallen dan in de hoofdindeling.`,
  sensitivityNone: 'geen wisselingen',
  scenarioLabel: (kind: 'variant' | 'standardised' | 'leave-one-out', label: string) =>
    kind === 'leave-one-out' && !/^zonder /i.test(label) ? `Zonder ${label.toLowerCase()}` : label,
  changesAxis: 'Beroepen die van kwadrant wisselen',
  sensitivityTableCaption: 'Wisselingen van kwadrant per alternatieve indexkeuze',
  scenarioColumn: 'Alternatief',
  changesColumn: 'Wisselingen',
  movedColumn: 'Beroepen (van → naar kwadrant)',
  /** No-break spaces keep a move on one line: `Huisartsen (4 → 3)`. */
  move: (name: string, from: Quadrant, to: Quadrant) => `${name} (${from}\u00a0→\u00a0${to})`,
  changeCount: (count: number) => `${formatCount(count)} ${count === 1 ? 'beroep' : 'beroepen'}`,
  percentage: (value: number | null) => formatPercent(value),
  points: (value: number | null) => formatNumber(value, 1),
} as const;
