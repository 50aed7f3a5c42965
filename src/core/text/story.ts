/**
 * The site's story, findings first: each section's heading states what the numbers say (and says
 * something else when the data do), a plain paragraph explains it, and the statistics stand apart for
 * the expert ("Voor de kenner"). Also the four quadrant profiles and the one sentence about the
 * sensitivity analysis that every page uses. Nothing here knows the outcome in advance.
 */
import { certaintyUnknownCount } from './certainty-text.js';
import { spreadPhrase } from './spread-text.js';
import { compareNames } from '../contract/names.js';
import { median } from '../analysis/median.js';
import { highDemands, highResources } from '../analysis/quadrants.js';
import type { AnalysisResult, Correlation, IndexName, OutcomeId, Quadrant } from '../analysis/result.js';
import { indicatorInfo, isIndicatorId } from '../contract/indicators.js';
import { INDEX_NOUNS, OUTCOME_NOUNS } from './chart-text.js';
import {
  excludesZero,
  pearsonFigure,
  quadrantsByMean,
  sensitivityFact,
  spearmanFigure,
  strengthPredicate,
} from './findings.js';
import {
  andList,
  formatCount,
  formatDifference,
  formatNumber,
  formatPercent,
  formatShare,
} from './format.js';
import { QUADRANT_NAMES } from './labels.js';

export interface StoryFinding {
  /** The finding as a heading: a sentence generated from the numbers. */
  readonly heading: string;
  /** The same in plain words, uncertainty included. */
  readonly plain: string;
  /** The statistics behind it, for the expert. */
  readonly expert: readonly string[];
}

const OUTCOME_OBJECT: Readonly<Record<OutcomeId, string>> = {
  tevreden_organisatie: 'de organisatie',
  tevreden_werk: 'het werk',
};

function correlation(result: AnalysisResult, index: IndexName, outcome: OutcomeId): Correlation | undefined {
  return result.correlations.find((c) => c.x === index && c.y === outcome && c.scale === 'raw');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One index against one outcome: heading and plain text from the sign, size and certainty of r. */
export function relationFinding(
  result: AnalysisResult,
  index: IndexName,
  outcome: OutcomeId,
): StoryFinding | null {
  const c = correlation(result, index, outcome);
  if (!c || c.pearson === null) return null;
  const noun = INDEX_NOUNS[index];
  const object = OUTCOME_OBJECT[outcome];
  const expert = [pearsonFigure(c), `Spearman ${spearmanFigure(c)}`];
  if (!excludesZero(c.pearsonCI)) {
    return {
      heading: `${capitalise(noun)} zeggen weinig over tevredenheid met ${object}`,
      plain: `Beroepen met meer ${noun} zijn niet duidelijk meer of minder tevreden met ${object}. Het verband dat er is, is ${strengthPredicate(c.pearson)} en kan met ${formatCount(c.n)} beroepen ook toeval zijn.`,
      expert: [...expert, 'Het 95%-interval van r omvat nul.'],
    };
  }
  const more = c.pearson > 0;
  const heading =
    index === 'resources'
      ? `${more ? 'Meer' : 'Minder'} hulpbronnen, meer tevredenheid met ${object}`
      : `Hogere taakeisen, ${more ? 'meer' : 'minder'} tevredenheid met ${object}`;
  return {
    heading,
    plain: `Hoe ${index === 'resources' ? 'meer hulpbronnen' : 'hoger de taakeisen'} in een beroep, hoe ${more ? 'vaker' : 'minder vaak'} de mensen in dat beroep tevreden zijn met ${object}. Het verband is ${strengthPredicate(c.pearson)} en met ${formatCount(c.n)} beroepen vrijwel zeker geen toeval.`,
    expert,
  };
}

/** Which satisfaction differs more between professions (interquartile range). */
export function spreadFinding(result: AnalysisResult): StoryFinding | null {
  const of = (o: OutcomeId) => result.spreads.find((s) => s.measure === o);
  const work = of('tevreden_werk');
  const org = of('tevreden_organisatie');
  if (!work?.iqr || !org?.iqr) return null;
  const expert = [work, org].map(
    (s, i) =>
      `${capitalise(OUTCOME_NOUNS[i === 0 ? 'tevreden_werk' : 'tevreden_organisatie'])}: ${spreadPhrase(s)}.`,
  );
  if (Math.abs(org.iqr - work.iqr) < 1) {
    return {
      heading: 'Tevredenheid met werk en organisatie verschilt even sterk tussen beroepen',
      plain:
        'Tussen beroepen liggen de tevredenheid met het werk en met de organisatie ongeveer even ver uiteen.',
      expert,
    };
  }
  const orgWider = org.iqr > work.iqr;
  const [wide, narrow] = orgWider ? [org, work] : [work, org];
  return {
    heading: `Beroepen verschillen vooral in tevredenheid met ${orgWider ? 'de organisatie' : 'het werk'}`,
    plain: `Met ${orgWider ? 'het werk zelf' : 'de organisatie'} zijn de meeste beroepen ongeveer even tevreden: de middelste helft ligt binnen ${formatNumber(narrow.iqr, 0)} procentpunt. Met ${orgWider ? 'de organisatie' : 'het werk'} lopen ze verder uiteen: ${formatNumber(wide.iqr, 0)} procentpunt.`,
    expert,
  };
}

/** Which quadrant is most and least satisfied with the organisation. */
export function quadrantOrderFinding(result: AnalysisResult): StoryFinding | null {
  const order = quadrantsByMean(result, 'tevreden_organisatie');
  const [best] = order;
  const worst = order.at(-1);
  if (order.length < 2 || !best || !worst) return null;
  const name = (q: Quadrant) => QUADRANT_NAMES[q].toLowerCase();
  return {
    heading: `${QUADRANT_NAMES[worst.quadrant]}: het minst tevreden met de organisatie`,
    plain: `Met de organisatie zijn beroepen in kwadrant ${best.quadrant} (${name(best.quadrant)}) gemiddeld het meest tevreden (${formatPercent(best.tevreden_organisatie)}), die in kwadrant ${worst.quadrant} (${name(worst.quadrant)}) het minst (${formatPercent(worst.tevreden_organisatie)}).`,
    expert: [
      `Ongewogen gemiddelden over de beroepen per kwadrant: ${order.map((q) => `kwadrant ${q.quadrant} ${formatPercent(q.tevreden_organisatie)} (n = ${formatCount(q.n.tevreden_organisatie)})`).join(', ')}.`,
    ],
  };
}

/** How certain the quadrants are, in plain words (three levels, as the quadrant plot draws them). */
export function certaintyStory(result: AnalysisResult, borderline: number, certain: number): StoryFinding {
  const total = result.professions.length;
  // Audit 8, finding 3: a profession without bounds has no certainty; it counts as neither sure nor doubtful.
  const known = result.professions.filter((p) => p.certainty !== null);
  const unknown = total - known.length;
  const sure = known.filter((p) => p.quadrantProbability >= certain).length;
  const doubtful = known
    .filter((p) => p.quadrantProbability < borderline)
    .sort((a, b) => a.quadrantProbability - b.quadrantProbability || compareNames(a.name, b.name));
  const likely = known.length - sure - doubtful.length;
  const heading =
    known.length === 0
      ? 'Hoe zeker de kwadranten zijn, is onbekend'
      : doubtful.length === 0
        ? unknown === 0
          ? 'Elk beroep staat vrijwel zeker in zijn kwadrant'
          : 'Geen grensgevallen onder de beroepen met een bekende zekerheid'
        : `${formatCount(doubtful.length)} van de ${formatCount(total)} beroepen ${doubtful.length === 1 ? 'is een grensgeval' : 'zijn grensgevallen'}`;
  const parts = [
    known.length === 0
      ? ''
      : `Bij ${formatCount(sure)} van de ${formatCount(total)} beroepen is het kwadrant zeker, bij ${formatCount(likely)} waarschijnlijk.`,
    unknown === 0 ? '' : certaintyUnknownCount(unknown, total),
    doubtful.length === 0
      ? ''
      : `${andList(doubtful.map((p) => p.name))} ${doubtful.length === 1 ? 'ligt' : 'liggen'} zo dicht bij een mediaan dat ${doubtful.length === 1 ? 'het' : 'ze'} met iets andere cijfers in een ander kwadrant ${doubtful.length === 1 ? 'kan' : 'kunnen'} vallen.`,
  ];
  return {
    heading,
    plain: parts.filter(Boolean).join(' '),
    expert: [
      `Zekerheid = aandeel van ${formatCount(result.method.draws)} Monte Carlo-trekkingen (startwaarde ${result.method.seed}) waarin een beroep in zijn eigen kwadrant valt; elke component getrokken uit een normale verdeling met de breedte van zijn 95%-interval, medianen per trekking opnieuw berekend.`,
      `Zeker: ≥ ${formatShare(certain)}; waarschijnlijk: ${formatShare(borderline)} tot ${formatShare(certain)}; grensgeval: < ${formatShare(borderline)}.`,
      ...(doubtful.length > 0
        ? [
            `Grensgevallen: ${doubtful.map((p) => `${p.name} ${formatShare(p.quadrantProbability)}`).join(', ')}.`,
          ]
        : []),
    ],
  };
}

export { sensitivityFact };

/** The sensitivity as a finding: heading from how many alternatives move anyone. */
export function sensitivityStory(result: AnalysisResult): StoryFinding {
  const fact = sensitivityFact(result);
  const movers = new Set(result.sensitivity.flatMap((s) => s.changes.map((c) => c.name)));
  return {
    heading:
      fact.moving === 0
        ? 'De indeling hangt niet af van hoe de indices zijn samengesteld'
        : fact.moving * 2 > fact.total
          ? 'De indeling hangt sterk af van hoe de indices zijn samengesteld'
          : 'De indeling hangt deels af van hoe de indices zijn samengesteld',
    plain:
      fact.moving === 0
        ? `${fact.sentence} Dezelfde beroepen staan steeds in hetzelfde kwadrant.`
        : `${fact.sentence} Het gaat om ${formatCount(movers.size)} ${movers.size === 1 ? 'beroep' : 'beroepen'} dicht bij een mediaan; de andere blijven waar ze staan.`,
    expert: [
      'Alternatieven: de andere indexvarianten, gestandaardiseerde indices (z-scores) en elke component een keer weggelaten (gewichten opnieuw verdeeld).',
    ],
  };
}

export interface QuadrantProfile {
  readonly quadrant: Quadrant;
  readonly heading: string;
  /** Generated description: components above and below the median, satisfaction, members. */
  readonly text: string;
  readonly members: readonly string[];
}

/** Components are named when the group's median differs this much (percentage points) from all. */
const NOTABLE_DIFFERENCE = 2;
const MAX_NAMED = 3;

/** The four quadrants described from the numbers: who is there, what stands out, how satisfied. */
export function quadrantProfiles(result: AnalysisResult): QuadrantProfile[] {
  const resourceIds = new Set<string>(result.method.variant.resources.map((c) => c.indicator));
  const components = [...result.method.variant.resources, ...result.method.variant.demands]
    .map((c) => c.indicator)
    .filter((id, i, all) => all.indexOf(id) === i);
  const overall = new Map(
    components.map((id) => [id, median(result.professions.map((p) => p.values[id]?.value)) ?? null]),
  );
  const byOrg = quadrantsByMean(result, 'tevreden_organisatie').map((q) => q.quadrant);
  return result.quadrants.map((q) => {
    const members = result.professions
      .filter((p) => p.quadrant === q.quadrant)
      .map((p) => p.name)
      .sort(compareNames);
    const differences = components.flatMap((id) => {
      const all = overall.get(id);
      const group = median(
        result.professions.filter((p) => p.quadrant === q.quadrant).map((p) => p.values[id]?.value),
      );
      if (all === null || all === undefined || group === undefined) return [];
      const label = isIndicatorId(id) ? indicatorInfo(id).label.toLowerCase() : id;
      return [{ label, difference: group - all, resource: resourceIds.has(id) }];
    });
    // Split by meaning, not by sign: more of a resource or less of a demand is favourable.
    const named = (favourable: boolean) =>
      differences
        .filter(
          (d) =>
            Math.abs(d.difference) >= NOTABLE_DIFFERENCE && (d.difference > 0 === d.resource) === favourable,
        )
        .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))
        .slice(0, MAX_NAMED)
        .map((d) => `${d.label} (${formatDifference(d.difference, 0)})`);
    const better = named(true);
    const worse = named(false);
    const isHighDemands = highDemands(q.quadrant);
    const isHighResources = highResources(q.quadrant);
    const rank = byOrg.indexOf(q.quadrant);
    const rankWord =
      rank === 0
        ? 'het hoogst van de vier'
        : rank === byOrg.length - 1
          ? 'het laagst van de vier'
          : `op plaats ${formatCount(rank + 1)} van de vier`;
    const sentences = [
      `Taakeisen ${isHighDemands ? 'op of boven' : 'onder'} de mediaan, hulpbronnen ${isHighResources ? 'op of boven' : 'onder'} de mediaan.`,
      worse.length > 0
        ? `De middelste waarde van deze groep is ongunstiger dan die van alle ingedeelde beroepen op ${worse.join(', ')} procentpunt.`
        : '',
      better.length > 0
        ? `${worse.length > 0 ? 'Gunstiger' : 'De middelste waarde van deze groep is gunstiger dan die van alle ingedeelde beroepen'} op ${better.join(', ')} procentpunt.`
        : '',
      q.tevreden_organisatie === null
        ? ''
        : `Tevreden met de organisatie: gemiddeld ${formatPercent(q.tevreden_organisatie)}, ${rankWord}; met het werk ${formatPercent(q.tevreden_werk)}.`,
      members.length === 0
        ? 'Geen enkel beroep valt in dit kwadrant.'
        : `${members.length === 1 ? 'Hier valt' : `Hier vallen ${formatCount(members.length)} beroepen`}: ${members.join(', ')}.`,
    ];
    return {
      quadrant: q.quadrant,
      heading: `${q.quadrant} ${QUADRANT_NAMES[q.quadrant]}`,
      text: sentences.filter(Boolean).join(' '),
      members,
    };
  });
}
