/**
 * Sentences written from the numbers: the descriptions of the figures and the findings of the report.
 * Nothing here knows what the data will say; every conclusion follows from a comparison.
 */
import { certaintyPhrase, certaintyUnknownCount } from './certainty-text.js';
import type {
  AnalysisResult,
  Correlation,
  Estimate,
  IndexName,
  MeasureId,
  OutcomeId,
  ProfessionResult,
  QuadrantSummary,
} from '../analysis/result.js';
import {
  andList,
  formatCoefficient,
  formatCount,
  formatInterval,
  formatPercent,
  formatShare,
} from './format.js';
import { QUADRANT_SHORT } from './labels.js';
import { INDEX_NOUNS, OUTCOME_NOUNS } from './chart-text.js';
import { compareNames } from '../contract/names.js';
import { itemAt } from '../contract/item-at.js';
import { sideOfMedian } from '../analysis/side-of-median.js';

/** Limits of |r| for the strength words (Cohen's conventional 0,1 / 0,3 / 0,5). */
const STRENGTH_LIMITS = [0.1, 0.3, 0.5] as const;
const STRENGTH_WORDS = ['geen noemenswaardige', 'een zwakke', 'een matige', 'een sterke'] as const;

/** The same levels after "is": "het verband is sterk". */
const STRENGTH_PREDICATES = ['verwaarloosbaar', 'zwak', 'matig', 'sterk'] as const;

function strengthLevel(r: number): number {
  const a = Math.abs(r);
  return STRENGTH_LIMITS.filter((limit) => a >= limit).length;
}

export function strengthOf(r: number): (typeof STRENGTH_WORDS)[number] {
  return itemAt(STRENGTH_WORDS, strengthLevel(r));
}

/** The strength of |r| as a predicate: "verwaarloosbaar", "zwak", "matig" or "sterk". */
export function strengthPredicate(r: number): (typeof STRENGTH_PREDICATES)[number] {
  return itemAt(STRENGTH_PREDICATES, strengthLevel(r));
}

/** Whether the 95% interval lies entirely on one side of zero. */
export function excludesZero(ci: readonly [number, number] | null): boolean {
  return ci !== null && (ci[0] > 0 || ci[1] < 0);
}

const MORE: Readonly<Record<IndexName, string>> = {
  resources: 'Hoe meer hulpbronnen',
  demands: 'Hoe hoger de taakeisen',
};
const HAPPIER: Readonly<Record<OutcomeId, readonly [string, string]>> = {
  tevreden_werk: ['hoe tevredener met het werk', 'hoe minder tevreden met het werk'],
  tevreden_organisatie: ['hoe tevredener met de organisatie', 'hoe minder tevreden met de organisatie'],
};

/** `r = 0,78 (95%-BI 0,55 tot 0,90), n = 23` */
export function pearsonFigure(c: Correlation): string {
  const ci = c.pearsonCI ? ` (95%-BI ${formatInterval(c.pearsonCI[0], c.pearsonCI[1])})` : '';
  return `r = ${formatCoefficient(c.pearson)}${ci}, n = ${formatCount(c.n)}`;
}

/** `ρ = 0,74 (95%-BI 0,47 tot 0,88)` */
export function spearmanFigure(c: Correlation): string {
  const ci = c.spearmanCI ? ` (95%-BI ${formatInterval(c.spearmanCI[0], c.spearmanCI[1])})` : '';
  return `ρ = ${formatCoefficient(c.spearman)}${ci}`;
}

/**
 * The relation in one sentence, e.g. "Hoe meer hulpbronnen, hoe tevredener met de organisatie: een
 * sterke samenhang, r = 0,78 (95%-BI 0,55 tot 0,90), n = 23."
 */
export function relationSentence(index: IndexName, outcome: OutcomeId, c: Correlation): string {
  if (c.pearson === null) {
    return `Te weinig beroepen om de samenhang tussen ${INDEX_NOUNS[index]} en ${OUTCOME_NOUNS[outcome]} te berekenen (n = ${formatCount(c.n)}).`;
  }
  if (!excludesZero(c.pearsonCI)) {
    return `Geen duidelijke samenhang tussen ${INDEX_NOUNS[index]} en ${OUTCOME_NOUNS[outcome]}: ${pearsonFigure(c)}; het interval omvat nul.`;
  }
  const direction = HAPPIER[outcome][c.pearson > 0 ? 0 : 1];
  return `${MORE[index]}, ${direction}: ${strengthOf(c.pearson)} samenhang, ${pearsonFigure(c)}.`;
}

/**
 * The relation in plain words, without statistics (a scatter's subtitle), e.g. "Hoe meer hulpbronnen,
 * hoe tevredener met de organisatie: een sterke samenhang."
 */
export function relationPlain(index: IndexName, outcome: OutcomeId, c: Correlation): string {
  if (c.pearson === null) return `Te weinig beroepen om de samenhang te berekenen.`;
  if (!excludesZero(c.pearsonCI)) {
    return `Geen duidelijke samenhang tussen ${INDEX_NOUNS[index]} en ${OUTCOME_NOUNS[outcome]}.`;
  }
  return `${MORE[index]}, ${HAPPIER[outcome][c.pearson > 0 ? 0 : 1]}: ${strengthOf(c.pearson)} samenhang.`;
}

/** The scatter's description: what it shows, then the relation. */
export function scatterDescription(
  index: IndexName,
  outcome: OutcomeId,
  c: Correlation,
  professions: number,
): string {
  return `Spreidingsdiagram van de ${INDEX_NOUNS[index]}index (horizontaal) tegen het percentage dat ${OUTCOME_SHORT[outcome]} (verticaal), één stip per beroep (${formatCount(professions)} beroepen), met kleinste-kwadratenlijn. ${relationSentence(index, outcome, c)} Spearman: ${spearmanFigure(c)}.`;
}

const OUTCOME_SHORT: Readonly<Record<OutcomeId, string>> = {
  tevreden_werk: 'tevreden is met het werk',
  tevreden_organisatie: 'tevreden is met de organisatie',
};

/** The ranking's description: highest, lowest, median. */
export function rankingDescription(
  measure: string,
  sorted: readonly { readonly name: string; readonly value: number }[],
  median: number | null,
): string {
  const [top] = sorted;
  const bottom = sorted.at(-1);
  if (!top || !bottom) return `${measure}: geen beroepen met een waarde.`;
  return `${measure} voor ${formatCount(sorted.length)} beroepen, van hoog naar laag. Hoogste: ${top.name} (${formatPercent(top.value)}); laagste: ${bottom.name} (${formatPercent(bottom.value)}); mediaan ${formatPercent(median)}.`;
}

/** The quadrant plot's description: the split, the count per quadrant and the borderline cases. */
export function quadrantDescription(result: AnalysisResult, borderline: number, certain: number): string {
  const counts = result.quadrants
    .map((q) => `kwadrant ${q.quadrant} (${QUADRANT_SHORT[q.quadrant]}): ${formatCount(q.count)}`)
    .join('; ');
  const known = result.professions.filter((p) => p.certainty !== null);
  const unknown = result.professions.length - known.length;
  // The figure draws them as open diamonds: the description names the marker and who has it.
  const unknownNames = result.professions
    .filter((p) => p.certainty === null)
    .map((p) => p.name)
    .sort(compareNames);
  const doubtful = [...known]
    .filter((p) => p.quadrantProbability < borderline)
    .sort((a, b) => a.quadrantProbability - b.quadrantProbability || compareNames(a.name, b.name))
    .map((p) => `${p.name} (${formatShare(p.quadrantProbability)} in kwadrant ${p.quadrant})`);
  const likely = known.filter(
    (p) => p.quadrantProbability >= borderline && p.quadrantProbability < certain,
  ).length;
  const doubt = [
    unknown > 0 ? certaintyUnknownCount(unknown, result.professions.length) : '',
    unknown === 0
      ? ''
      : known.length === 0
        ? 'Daarom staat elk beroep als open ruit in de figuur.'
        : `Open ruit, zekerheid onbekend: ${andList(unknownNames)}.`,
    known.length === 0
      ? ''
      : doubtful.length === 0
        ? `Elk beroep valt in minstens ${formatShare(borderline)} van de trekkingen in zijn kwadrant.`
        : `Grensgevallen, minder dan ${formatShare(borderline)} zeker (open gestreepte ring): ${doubtful.join(', ')}.`,
    likely > 0
      ? `${formatCount(likely)} ${likely === 1 ? 'beroep is' : 'beroepen zijn'} waarschijnlijk maar niet zeker ingedeeld (${formatShare(borderline)} tot ${formatShare(certain)}, halfgevulde stip).`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `Kwadrantenfiguur: hulpbronnenindex (horizontaal) tegen taakeisenindex (verticaal), gesplitst op de medianen (hulpbronnen ${formatPercent(result.medians.resources)}, taakeisen ${formatPercent(result.medians.demands)}). Aantal beroepen per kwadrant: ${counts}. ${doubt}`;
}

/** Quadrants with a mean for `outcome`, highest mean first (ties by quadrant number). */
export function quadrantsByMean(result: AnalysisResult, outcome: OutcomeId): QuadrantSummary[] {
  return result.quadrants
    .flatMap((quadrant) => {
      const mean = quadrant[outcome];
      return mean === null ? [] : [{ quadrant, mean }];
    })
    .sort((a, b) => b.mean - a.mean || a.quadrant.quadrant - b.quadrant.quadrant)
    .map(({ quadrant }) => quadrant);
}

function extremes(result: AnalysisResult, outcome: OutcomeId): string {
  const order = quadrantsByMean(result, outcome);
  const [top] = order;
  const bottom = order.at(-1);
  if (!top || !bottom) return `${OUTCOME_NOUNS[outcome]}: geen cijfers`;
  return `${OUTCOME_NOUNS[outcome]} is gemiddeld het hoogst in kwadrant ${top.quadrant} (${QUADRANT_SHORT[top.quadrant]}, ${formatPercent(top[outcome])}) en het laagst in kwadrant ${bottom.quadrant} (${QUADRANT_SHORT[bottom.quadrant]}, ${formatPercent(bottom[outcome])})`;
}

/** The satisfaction figure's description: where each outcome is highest and lowest. */
export function satisfactionDescription(result: AnalysisResult): string {
  const [first = '', ...rest] = extremes(result, 'tevreden_organisatie');
  return `Gemiddelde tevredenheid met het werk en met de organisatie per kwadrant, met de beroepen als stippen. ${first.toUpperCase()}${rest.join('')}; ${extremes(result, 'tevreden_werk')}.`;
}

/** One row of a profession profile: a measure, the profession's estimate and the median of all. */
export interface ProfileLine {
  readonly measure: MeasureId;
  readonly label: string;
  readonly group: IndexName;
  readonly estimate: Estimate;
  readonly median: number | null;
}

/** The profile's description: both indices against their medians, and the components clearly apart. */
export function profileDescription(profession: ProfessionResult, lines: readonly ProfileLine[]): string {
  const indexPart = lines
    .filter((l) => l.measure === 'resources' || l.measure === 'demands')
    .map(
      (l) =>
        `${l.label.toLowerCase()} ${formatPercent(l.estimate.value)} (mediaan ${formatPercent(l.median)})`,
    )
    .join(', ');
  const components = lines.filter((l) => l.measure !== 'resources' && l.measure !== 'demands');
  // Apart from the median, split by what it means: a high resource or a low demand is favourable.
  const apartLines = components.flatMap((l) => {
    const side = sideOfMedian(l.estimate, l.median);
    if (side === 0) return [];
    const favourable = (side === 1) === (l.group === 'resources');
    return [{ favourable, text: `${l.label.toLowerCase()} (${side === 1 ? 'hoger' : 'lager'})` }];
  });
  const favourable = apartLines.filter((l) => l.favourable).map((l) => l.text);
  const unfavourable = apartLines.filter((l) => !l.favourable).map((l) => l.text);
  const apart =
    apartLines.length === 0
      ? 'Bij geen enkele component ligt het hele interval boven of onder de mediaan.'
      : [
          unfavourable.length
            ? `Duidelijk ongunstig (hele interval aan de ongunstige kant van de mediaan): ${unfavourable.join(', ')}.`
            : '',
          favourable.length
            ? `Duidelijk gunstig (hele interval aan de gunstige kant): ${favourable.join(', ')}.`
            : '',
        ]
          .filter(Boolean)
          .join(' ');
  return `Profiel van ${profession.name}: ${indexPart}; kwadrant ${profession.quadrant} (${QUADRANT_SHORT[profession.quadrant]}), ${certaintyPhrase(profession)}. ${apart}`;
}

/** The sensitivity analysis in one sentence: the same words on every page and figure that state it. */
export function sensitivityFact(result: AnalysisResult): {
  readonly moving: number;
  readonly total: number;
  readonly sentence: string;
} {
  const total = result.sensitivity.length;
  const moving = result.sensitivity.filter((s) => s.changes.length > 0).length;
  const sentence =
    moving === 0
      ? `Bij geen van de ${formatCount(total)} andere indexkeuzes wisselt een beroep van kwadrant.`
      : `Bij ${formatCount(moving)} van de ${formatCount(total)} andere indexkeuzes wisselt minstens één beroep van kwadrant.`;
  return { moving, total, sentence };
}

/** The sensitivity figure's description: how many alternatives move anything, and who moves most. */
export function sensitivityDescription(result: AnalysisResult): string {
  const counts = new Map<string, number>();
  for (const s of result.sensitivity)
    for (const c of s.changes) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  const most = [...counts]
    .sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]))
    .slice(0, 3)
    .map(([name, n]) => `${name} (${formatCount(n)} keer)`);
  const head = sensitivityFact(result).sentence;
  return most.length === 0
    ? `${head} De indeling hangt in deze data niet af van de indexkeuze.`
    : `${head} Het vaakst wisselen: ${most.join(', ')}.`;
}
