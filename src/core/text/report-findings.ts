/**
 * The report's findings, written from the numbers. Each finding is a comparison whose outcome decides
 * the sentence: which index relates more strongly to satisfaction (and whether the intervals overlap),
 * which satisfaction spreads more across professions, how the quadrants order, how certain the split is
 * and which component relates most strongly. No conclusion is fixed in advance.
 */
import { certaintyUnknownCount } from './certainty-text.js';
import { spreadPhrase } from './spread-text.js';
import type { AnalysisResult, Correlation, IndexName, OutcomeId, Spread } from '../analysis/result.js';
import { indicatorInfo, isIndicatorId } from '../contract/indicators.js';
import { INDEX_NOUNS, OUTCOME_NOUNS } from './chart-text.js';
import {
  excludesZero,
  quadrantsByMean,
  relationSentence,
  sensitivityDescription,
  strengthOf,
} from './findings.js';
import {
  andList,
  formatCoefficient,
  formatCount,
  formatInterval,
  formatNumber,
  formatPercent,
  formatShare,
} from './format.js';
import { QUADRANT_SHORT } from './labels.js';
import { compareNames } from '../contract/names.js';

export interface Finding {
  /** Short Dutch heading of the finding. */
  readonly title: string;
  readonly text: string;
}

const OUTCOMES: readonly OutcomeId[] = ['tevreden_organisatie', 'tevreden_werk'];

function correlation(result: AnalysisResult, x: string, y: OutcomeId): Correlation | undefined {
  return result.correlations.find((c) => c.x === x && c.y === y && c.scale === 'raw');
}

/** The interval of |r|: [0, max] when the interval of r includes zero. */
export function magnitudeInterval(ci: readonly [number, number]): [number, number] {
  const [low, high] = ci;
  if (low <= 0 && high >= 0) return [0, Math.max(-low, high)];
  return [Math.min(Math.abs(low), Math.abs(high)), Math.max(Math.abs(low), Math.abs(high))];
}

/** Which index relates more strongly to the outcome, and how sure that is. */
export function indexComparison(result: AnalysisResult, outcome: OutcomeId): Finding | null {
  const r = correlation(result, 'resources', outcome);
  const d = correlation(result, 'demands', outcome);
  if (!r || !d || r.pearson === null || d.pearson === null) return null;
  const resourcesFirst = Math.abs(r.pearson) >= Math.abs(d.pearson);
  const [strong, weak]: [IndexName, IndexName] = resourcesFirst
    ? ['resources', 'demands']
    : ['demands', 'resources'];
  const [s, w] = resourcesFirst ? [r, d] : [d, r];
  const [strongR, weakR] = resourcesFirst ? [r.pearson, d.pearson] : [d.pearson, r.pearson];
  const equal = Math.abs(strongR) === Math.abs(weakR);
  const head = equal
    ? `Hulpbronnen en taakeisen hangen even sterk samen met ${OUTCOME_NOUNS[outcome]} (|r| = ${formatCoefficient(Math.abs(strongR))}).`
    : `${capitalise(INDEX_NOUNS[strong])} hangen sterker samen met ${OUTCOME_NOUNS[outcome]} dan ${INDEX_NOUNS[weak]}: |r| = ${formatCoefficient(Math.abs(strongR))} tegen ${formatCoefficient(Math.abs(weakR))}.`;
  let certainty = '';
  if (s.pearsonCI && w.pearsonCI) {
    const a = magnitudeInterval(s.pearsonCI);
    const b = magnitudeInterval(w.pearsonCI);
    const overlap = a[0] <= b[1] && b[0] <= a[1];
    certainty = overlap
      ? ` De intervallen van |r| overlappen (${formatInterval(a[0], a[1])} en ${formatInterval(b[0], b[1])}): met ${formatCount(s.n)} beroepen is dat verschil niet zeker.`
      : ` De intervallen van |r| overlappen niet (${formatInterval(a[0], a[1])} en ${formatInterval(b[0], b[1])}).`;
  }
  return {
    title: `Wat hangt het sterkst samen met ${OUTCOME_NOUNS[outcome]}?`,
    text: `${head}${certainty} ${relationSentence('resources', outcome, r)} ${relationSentence('demands', outcome, d)}`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function spreadOf(result: AnalysisResult, outcome: OutcomeId): Spread | undefined {
  return result.spreads.find((s) => s.measure === outcome);
}

/** Which satisfaction differs more between professions (interquartile range, with quartiles and range). */
export function spreadComparison(result: AnalysisResult): Finding | null {
  const work = spreadOf(result, 'tevreden_werk');
  const org = spreadOf(result, 'tevreden_organisatie');
  if (!work || !org || work.iqr === null || org.iqr === null) return null;
  if (work.iqr === org.iqr) {
    return {
      title: 'Waar verschillen beroepen het meest?',
      text: `Tevredenheid met het werk en met de organisatie verschillen even sterk tussen beroepen. Met het werk: ${spreadPhrase(work)}. Met de organisatie: ${spreadPhrase(org)}.`,
    };
  }
  const [wide, narrow]: [OutcomeId, OutcomeId] =
    org.iqr > work.iqr
      ? ['tevreden_organisatie', 'tevreden_werk']
      : ['tevreden_werk', 'tevreden_organisatie'];
  const spread = (o: OutcomeId) => (o === 'tevreden_werk' ? work : org);
  return {
    title: 'Waar verschillen beroepen het meest?',
    text: `De verschillen tussen beroepen zitten vooral in ${OUTCOME_NOUNS[wide]}: ${spreadPhrase(spread(wide))}. ${capitalise(OUTCOME_NOUNS[narrow])} ligt dichter bij elkaar: ${spreadPhrase(spread(narrow))}.`,
  };
}

/** The order of the quadrants on each outcome, and high demands with many against few resources. */
export function quadrantFinding(result: AnalysisResult): Finding {
  const orders = OUTCOMES.map((o) => {
    const order = quadrantsByMean(result, o);
    return `${capitalise(OUTCOME_NOUNS[o])}: ${order.map((q) => `kwadrant ${q.quadrant} ${formatPercent(q[o])}`).join(' > ')}.`;
  });
  const q2 = result.quadrants.find((q) => q.quadrant === 2);
  const q4 = result.quadrants.find((q) => q.quadrant === 4);
  let highDemands = '';
  if (q2?.tevreden_organisatie != null && q4?.tevreden_organisatie != null) {
    const diff = q4.tevreden_organisatie - q2.tevreden_organisatie;
    highDemands =
      diff === 0
        ? ' Bij hoge taakeisen maakt het niveau van de hulpbronnen voor tevredenheid met de organisatie gemiddeld geen verschil.'
        : ` Bij hoge taakeisen is de tevredenheid met de organisatie gemiddeld ${formatNumber(Math.abs(diff))} procentpunt ${diff > 0 ? 'hoger' : 'lager'} met veel hulpbronnen (kwadrant 4, ${formatPercent(q4.tevreden_organisatie)}) dan met weinig (kwadrant 2, ${formatPercent(q2.tevreden_organisatie)}).`;
  }
  const top = quadrantsByMean(result, 'tevreden_organisatie');
  const best = top[0];
  const worst = top[top.length - 1];
  const head =
    best && worst
      ? `Beroepen in kwadrant ${best.quadrant} (${QUADRANT_SHORT[best.quadrant]}) zijn gemiddeld het meest tevreden met de organisatie, die in kwadrant ${worst.quadrant} (${QUADRANT_SHORT[worst.quadrant]}) het minst. `
      : '';
  return { title: 'Tevredenheid per kwadrant', text: `${head}${orders.join(' ')}${highDemands}` };
}

/** How certain the quadrant split is under the Monte Carlo simulation. */
export function certaintyFinding(result: AnalysisResult, borderline: number): Finding {
  const known = result.professions.filter((p) => p.certainty !== null);
  const unknown = result.professions.length - known.length;
  const doubtful = known
    .filter((p) => p.quadrantProbability < borderline)
    .sort((a, b) => a.quadrantProbability - b.quadrantProbability || compareNames(a.name, b.name));
  const sure = known.length - doubtful.length;
  const list = andList(doubtful.map((p) => `${p.name} (${formatShare(p.quadrantProbability)})`));
  const unknownText = unknown > 0 ? certaintyUnknownCount(unknown, result.professions.length) : '';
  if (known.length === 0) return { title: 'Hoe zeker is de indeling?', text: unknownText };
  return {
    title: 'Hoe zeker is de indeling?',
    text:
      (unknownText ? `${unknownText} ` : '') +
      `${formatCount(sure)} van de ${formatCount(result.professions.length)} beroepen vallen in minstens ${formatShare(borderline)} van de ${formatCount(result.method.draws)} trekkingen in hun eigen kwadrant.` +
      (doubtful.length ? ` Grensgevallen: ${list}.` : ' Er zijn geen grensgevallen.'),
  };
}

/** The component that relates most strongly to satisfaction with the organisation. */
export function componentFinding(result: AnalysisResult): Finding | null {
  const components = result.correlations.flatMap((c) =>
    c.y === 'tevreden_organisatie' &&
    c.scale === 'raw' &&
    c.pearson !== null &&
    c.x !== 'resources' &&
    c.x !== 'demands'
      ? [{ ...c, pearson: c.pearson }]
      : [],
  );
  const sorted = [...components].sort(
    (a, b) => Math.abs(b.pearson) - Math.abs(a.pearson) || (a.x < b.x ? -1 : 1),
  );
  const [first] = sorted;
  if (!first) return null;
  const name = (c: Correlation) => (isIndicatorId(c.x) ? indicatorInfo(c.x).label.toLowerCase() : c.x);
  const top = sorted
    .slice(0, 3)
    .map(
      (c) =>
        `${name(c)} (r = ${formatCoefficient(c.pearson)}${c.pearsonCI ? `, 95%-BI ${formatInterval(c.pearsonCI[0], c.pearsonCI[1])}` : ''})`,
    );
  const sureWord = excludesZero(first.pearsonCI)
    ? ''
    : ' Het interval omvat nul: ook dit verband is niet zeker.';
  return {
    title: 'Welke componenten wegen het zwaarst?',
    text: `Van de afzonderlijke componenten hangen deze het sterkst samen met tevredenheid met de organisatie: ${top.join('; ')}. Dat is ${strengthOf(first.pearson)} samenhang voor de eerste.${sureWord}`,
  };
}

/** All findings in reading order. */
export function reportFindings(result: AnalysisResult, borderline: number): Finding[] {
  return [
    indexComparison(result, 'tevreden_organisatie'),
    indexComparison(result, 'tevreden_werk'),
    spreadComparison(result),
    quadrantFinding(result),
    certaintyFinding(result, borderline),
    componentFinding(result),
    { title: 'Hangt de indeling af van de indexkeuze?', text: sensitivityDescription(result) },
  ].filter((f): f is Finding => f !== null);
}
