/**
 * The registry of figures: every figure kind, the ids it yields for an analysis, and how to build each.
 * The CLI, the report and the browser all go through it, so a figure is defined once.
 *
 *   hulpbronnen-tevreden-organisatie, taakeisen-tevreden-organisatie,
 *   hulpbronnen-tevreden-werk, taakeisen-tevreden-werk        scatter
 *   kwadranten                                                quadrant plot
 *   tevredenheid-per-kwadrant                                 satisfaction per quadrant
 *   ranking-hulpbronnen, ranking-taakeisen, ranking-<component>  rankings
 *   gevoeligheid                                              sensitivity
 *   profiel-<beroep>                                          profile per profession
 *
 * Beside them, the ideas' theme figures (not part of an analysis; drawn from the store's counts):
 *
 *   ideeen-per-thema, themas-per-branche, themas-samen         on /ideeen/themas
 */
import type { AnalysisResult, IndexName, MeasureId, OutcomeId } from '../analysis/result.js';
import type { FigureKind, FigureSpec, RenderOptions } from './figure-spec.js';
import { measureEstimate, rankedMeasures } from './measure-estimate.js';
import { profileId, profileSpec, renderProfile } from './profile.js';
import { QUADRANT_FIGURE_ID, quadrantSpec, renderQuadrants } from './quadrant-plot.js';
import { rankingId, rankingSpec, renderRanking } from './ranking.js';
import { renderSatisfaction, SATISFACTION_FIGURE_ID, satisfactionSpec } from './satisfaction-by-quadrant.js';
import { renderScatter, scatterId, scatterSpec } from './scatter.js';
import { renderSensitivity, SENSITIVITY_FIGURE_ID, sensitivitySpec } from './sensitivity.js';
import {
  renderThemeBranches,
  renderThemeCounts,
  renderThemePairs,
  THEME_FIGURE_IDS,
  themeBranchSpec,
  themeCountsSpec,
  themePairsSpec,
  type ThemeCounts,
} from './theme-figures.js';
import { everyProfession } from '../analysis/every-profession.js';

/** One figure of an analysis: its id, its words and data table, and its renderer. */
export interface Figure {
  readonly id: string;
  readonly kind: FigureKind;
  readonly spec: () => FigureSpec;
  readonly render: (options: RenderOptions) => SVGSVGElement;
}

/** The report section a kind's figures go in (a key of the report's section titles). */
export type ReportSection =
  'relations' | 'quadrants' | 'satisfaction' | 'rankings' | 'sensitivity' | 'profiles';

/** Where the figures of a kind appear; adding a kind is one entry here plus its module. */
export interface FigurePlaces {
  /** On the site: the pages that draw them, their embeds and the charts island. */
  readonly site: boolean;
  /** As SVG/PNG files: the downloads page, `werkbalans figures` and the static export. */
  readonly downloads: boolean;
  /** In the report, in this section; null = not in the report. */
  readonly report: ReportSection | null;
}

export type FigurePlace = 'site' | 'downloads' | 'report';

export interface FigureKindEntry {
  readonly kind: FigureKind;
  readonly appearsIn: FigurePlaces;
  /** The figures of this kind for an analysis, in reading order. */
  readonly figures: (result: AnalysisResult) => Figure[];
}

/** Everywhere, in this report section. */
const everywhere = (report: ReportSection): FigurePlaces => ({ site: true, downloads: true, report });

const SCATTERS: readonly (readonly [IndexName, OutcomeId])[] = [
  ['resources', 'tevreden_organisatie'],
  ['demands', 'tevreden_organisatie'],
  ['resources', 'tevreden_werk'],
  ['demands', 'tevreden_werk'],
];

function single(
  kind: FigureKind,
  appearsIn: FigurePlaces,
  id: string,
  spec: (r: AnalysisResult) => FigureSpec,
  render: (r: AnalysisResult, o: RenderOptions) => SVGSVGElement,
): FigureKindEntry {
  return {
    kind,
    appearsIn,
    figures: (result) => [
      { id, kind, spec: () => spec(result), render: (options) => render(result, options) },
    ],
  };
}

/** Every figure kind in reading order (the report follows it). */
export const FIGURES: readonly FigureKindEntry[] = [
  {
    kind: 'scatter',
    appearsIn: everywhere('relations'),
    figures: (result) =>
      SCATTERS.map(([index, outcome]) => ({
        id: scatterId(index, outcome),
        kind: 'scatter',
        spec: () => scatterSpec(result, index, outcome),
        render: (options) => renderScatter(result, index, outcome, options),
      })),
  },
  single('quadrants', everywhere('quadrants'), QUADRANT_FIGURE_ID, quadrantSpec, renderQuadrants),
  single(
    'satisfaction',
    everywhere('satisfaction'),
    SATISFACTION_FIGURE_ID,
    satisfactionSpec,
    renderSatisfaction,
  ),
  {
    kind: 'ranking',
    appearsIn: everywhere('rankings'),
    figures: (result) =>
      rankedMeasures(result)
        .filter((measure: MeasureId) =>
          everyProfession(result).some((p) => measureEstimate(result, p, measure)),
        )
        .map((measure) => ({
          id: rankingId(measure),
          kind: 'ranking',
          spec: () => rankingSpec(result, measure),
          render: (options) => renderRanking(result, measure, options),
        })),
  },
  single('sensitivity', everywhere('sensitivity'), SENSITIVITY_FIGURE_ID, sensitivitySpec, renderSensitivity),
  {
    kind: 'profile',
    appearsIn: everywhere('profiles'),
    figures: (result) =>
      everyProfession(result).map((profession) => ({
        id: profileId(profession),
        kind: 'profile',
        spec: () => profileSpec(result, profession),
        render: (options) => renderProfile(result, profession, options),
      })),
  },
];

/**
 * All figures of an analysis in reading order; with `place`, only those of kinds that appear there.
 * `registry` is the list of kinds (tests pass their own).
 */
export function listFigures(
  result: AnalysisResult,
  place?: FigurePlace,
  registry: readonly FigureKindEntry[] = FIGURES,
): Figure[] {
  return registry.flatMap((entry) =>
    place === undefined || appearsIn(entry, place) ? entry.figures(result) : [],
  );
}

/** Whether a kind's figures appear in `place`. */
export function appearsIn(entry: FigureKindEntry, place: FigurePlace): boolean {
  return place === 'report' ? entry.appearsIn.report !== null : entry.appearsIn[place];
}

/** The report's figure sections in reading order, each with its kind (from the registry). */
export function reportSections(): readonly { readonly section: ReportSection; readonly kind: FigureKind }[] {
  return FIGURES.flatMap((entry) =>
    entry.appearsIn.report === null ? [] : [{ section: entry.appearsIn.report, kind: entry.kind }],
  );
}

/** The figure with this id, or undefined. */
export function findFigure(result: AnalysisResult, id: string): Figure | undefined {
  return listFigures(result).find((figure) => figure.id === id);
}

/** The ideas' theme figures in reading order: one definition for the page, its drawings and the export. */
const THEME_FIGURES: readonly {
  readonly id: string;
  readonly spec: (counts: ThemeCounts) => FigureSpec;
  readonly render: (counts: ThemeCounts, options: RenderOptions) => SVGSVGElement;
}[] = [
  { id: THEME_FIGURE_IDS.counts, spec: themeCountsSpec, render: renderThemeCounts },
  { id: THEME_FIGURE_IDS.branches, spec: themeBranchSpec, render: renderThemeBranches },
  { id: THEME_FIGURE_IDS.pairs, spec: themePairsSpec, render: renderThemePairs },
];

/** The theme figures of these counts. */
export function listThemeFigures(counts: ThemeCounts): Figure[] {
  return THEME_FIGURES.map((f) => ({
    id: f.id,
    kind: 'themes',
    spec: () => f.spec(counts),
    render: (options) => f.render(counts, options),
  }));
}

/** The theme figure with this id, or undefined. */
export function findThemeFigure(counts: ThemeCounts, id: string): Figure | undefined {
  return listThemeFigures(counts).find((figure) => figure.id === id);
}
