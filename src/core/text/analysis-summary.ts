/**
 * The analysis as a readable Dutch text table for a terminal: professions with both indices, quadrant
 * and its probability; correlations with intervals; quadrant means; unclassified professions and why.
 */
import { certaintyCell } from './certainty-text.js';
import { indicatorInfo, isIndicatorId } from '../contract/indicators.js';
import type { AnalysisResult, Correlation, MeasureId } from '../analysis/result.js';
import { chartText } from './chart-text.js';
import { countOf, formatCoefficient, formatInterval, formatNumber, formatPercent } from './format.js';
import { warningForAnalyst } from './import-messages.js';
import { INDEX_LABELS, QUADRANT_SHORT } from './labels.js';
import { compareNames } from '../contract/names.js';
import { sortedPeriodCodes } from '../contract/survey-waves.js';
import { periodLabel } from './chart-text.js';

/** The progress bar of `werkbalans analyse` (a cli-progress format). */
export const ANALYSE_PROGRESS_FORMAT = 'Monte Carlo |{bar}| {percentage}% ({value}/{total} trekkingen)';

const NAME_WIDTH = 44;

function cell(text: string, width: number, right = false): string {
  const cut = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return right ? cut.padStart(width) : cut.padEnd(width);
}

export function measureLabel(measure: MeasureId): string {
  if (measure === 'resources' || measure === 'demands') return INDEX_LABELS[measure];
  return isIndicatorId(measure) ? indicatorInfo(measure).label : measure;
}

function correlationLine(c: Correlation): string {
  const pearson = c.pearson === null ? '–' : formatCoefficient(c.pearson);
  const spearman = c.spearman === null ? '–' : formatCoefficient(c.spearman);
  const pci = c.pearsonCI ? ` (${formatInterval(c.pearsonCI[0], c.pearsonCI[1])})` : '';
  const sci = c.spearmanCI ? ` (${formatInterval(c.spearmanCI[0], c.spearmanCI[1])})` : '';
  return `  ${cell(measureLabel(c.x), 36)} × ${cell(indicatorInfo(c.y).label, 28)} r = ${pearson}${pci}; ρ = ${spearman}${sci}; n = ${c.n}`;
}

/**
 * Which period of a table of several was analysed, and how to choose another (`--periode`); undefined
 * for a table of one period. Printed by `werkbalans analyse` (on standard error with `--json`).
 */
export function otherPeriodsNote(dataset: AnalysisResult['dataset']): string | undefined {
  const codes = sortedPeriodCodes(dataset.periods);
  const analysed = dataset.period;
  if (codes.length < 2 || analysed === null) return undefined;
  const others = codes.filter((p) => p !== analysed);
  const which = analysed === codes.at(-1) ? 'de laatste van' : 'gekozen uit';
  return `Periode: ${periodLabel(analysed) ?? analysed} (${analysed}), ${which} de ${codes.length} perioden in het bestand; elke periode is een eigen golf. Een andere analyseren: --periode ${others.join(' of --periode ')}.`;
}

export function analysisSummary(result: AnalysisResult): string {
  const out: string[] = [];
  const { dataset, method } = result;
  const periodNote = otherPeriodsNote(dataset);
  // With several periods the note names the analysed one; the heading and the notes do not repeat it.
  const heading = dataset.period && !periodNote ? ` (${dataset.period})` : '';
  out.push(`werkbalans — ${dataset.title}${heading}`);
  if (periodNote) out.push(periodNote);
  if (dataset.label) out.push(`LET OP: ${dataset.label}`);
  out.push(
    `Index: ${method.variant.label}. Monte Carlo: ${formatNumber(method.draws, 0)} trekkingen, startwaarde ${method.seed}.`,
  );
  out.push('');
  out.push(
    `${cell('Beroep', NAME_WIDTH)} ${cell('Hulpbronnen', 11, true)} ${cell('Taakeisen', 10, true)}  Kwadrant                         ${cell('Zekerheid', 9, true)}`,
  );
  for (const p of [...result.professions].sort(
    (a, b) => a.quadrant - b.quadrant || compareNames(a.name, b.name),
  )) {
    out.push(
      `${cell(p.name, NAME_WIDTH)} ${cell(formatPercent(p.resources), 11, true)} ${cell(formatPercent(p.demands), 10, true)}  ${cell(`${p.quadrant} ${QUADRANT_SHORT[p.quadrant]}`, 32)} ${cell(certaintyCell(p), 9, true)}`,
    );
  }
  out.push(
    `${cell('Mediaan', NAME_WIDTH)} ${cell(formatPercent(result.medians.resources), 11, true)} ${cell(formatPercent(result.medians.demands), 10, true)}  (op of boven de mediaan telt als hoog)`,
  );
  out.push('');
  out.push('Samenhang met tevredenheid (Pearson r en Spearman ρ, 95%-betrouwbaarheidsinterval):');
  for (const c of result.correlations.filter((c) => c.x === 'resources' || c.x === 'demands'))
    out.push(correlationLine(c));
  out.push('');
  out.push('Gemiddelde tevredenheid per kwadrant (ongewogen gemiddelde over de beroepen):');
  for (const q of result.quadrants) {
    out.push(
      `  ${q.quadrant} ${cell(QUADRANT_SHORT[q.quadrant], 30)} ${String(q.count).padStart(2)} ${q.count === 1 ? 'beroep  ' : 'beroepen'}   werk ${cell(formatPercent(q.tevreden_werk), 6, true)}   organisatie ${cell(formatPercent(q.tevreden_organisatie), 6, true)}`,
    );
  }
  out.push('');
  if (result.unclassified.length === 0) {
    out.push('Alle beroepen zijn ingedeeld.');
  } else {
    out.push('Niet ingedeeld (ontbrekende componenten):');
    for (const u of result.unclassified)
      out.push(`  ${u.name}: ${u.missing.map((id) => indicatorInfo(id).label).join(', ')}`);
  }
  const moved = result.sensitivity.filter((s) => s.changes.length > 0);
  out.push('');
  out.push(
    moved.length === 0
      ? 'Gevoeligheid: geen enkel beroep wisselt van kwadrant onder de andere indexkeuzes.'
      : `Gevoeligheid: ${moved
          .map(
            (s) =>
              `${chartText.scenarioLabel(s.kind, s.label)}: ${countOf(s.changes.length, 'beroep wisselt', 'beroepen wisselen')} van kwadrant`,
          )
          .join('; ')}.`,
  );
  const notes = result.warnings.filter((w) => !(periodNote && w.code === 'several-periods'));
  if (notes.length > 0) {
    out.push('');
    out.push('Opmerkingen over de data:');
    for (const w of notes) out.push(`  - ${warningForAnalyst(w)}`);
  }
  return `${out.join('\n')}\n`;
}
