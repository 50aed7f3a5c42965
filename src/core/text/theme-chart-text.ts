/** Dutch words of the ideas' theme figures: titles, notes, descriptions and table headers. */
import type { ExampleIdeas } from '../ideas/example-ideas.js';
import { formatCount } from './format.js';

/** The source line of the theme figures, saying how much of the ideas is example data. */
export function ideasSource(example: ExampleIdeas): string {
  if (example === 'all')
    return 'Bron: ideeënbank van werkbalans — voorbeelddata: zelf geschreven ideeën, geen uitspraken uit het onderzoek. Bewerking: werkbalans.';
  if (example === 'some')
    return 'Bron: ideeënbank van werkbalans, deels voorbeelddata (zelf geschreven ideeën). Bewerking: werkbalans.';
  return 'Bron: ideeënbank van werkbalans. Bewerking: werkbalans.';
}

function list(items: readonly { readonly name: string; readonly count: number }[]): string {
  const parts = items.map((i) => `${i.name} (${formatCount(i.count)})`);
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

export const themeChartText = {
  countsTitle: 'Ideeën per thema',
  countsSubtitle: (total: number) =>
    `${formatCount(total)} ideeën; een idee met meer thema’s telt bij elk van die thema’s mee.`,
  countsAxis: 'Aantal ideeën',
  countsDescription: (
    top: readonly { name: string; count: number }[],
    last: { name: string; count: number } | null,
    themes: number,
  ) =>
    themes === 0
      ? 'Er zijn nog geen ideeën met een thema.'
      : `Staafdiagram van het aantal ideeën per thema (${formatCount(themes)} thema’s). De meeste ideeën gaan over ${list(top)}${last ? `; de minste over ${list([last])}` : ''}.`,
  countsCaption: 'Aantal ideeën per thema',
  themeColumn: 'Thema',
  countColumn: 'Ideeën',
  countTip: (theme: string, count: number) => `${theme}: ${formatCount(count)} ideeën`,

  branchTitle: 'Thema’s per branche',
  branchSubtitle: 'Aantal ideeën per thema (rij) en branche (kolom); hoe voller het vak, hoe meer ideeën.',
  branchDescription: (top: { theme: string; branch: string; count: number } | null, branches: number) =>
    top === null
      ? 'Er zijn nog geen ideeën met een thema en een branche.'
      : `Kruistabel van thema en branche over ${formatCount(branches)} branches. Het grootste vak: ${top.theme} in ${top.branch} (${formatCount(top.count)} ideeën).`,
  branchCaption: 'Aantal ideeën per thema en branche',
  cellTip: (row: string, column: string, count: number) => `${row} × ${column}: ${formatCount(count)} ideeën`,

  pairsTitle: 'Thema’s die samen voorkomen',
  pairsSubtitle: 'Aantal ideeën dat beide thema’s heeft; hoe voller het vak, hoe vaker samen.',
  pairsDescription: (top: { a: string; b: string; count: number } | null) =>
    top === null
      ? 'Geen enkel idee heeft twee thema’s.'
      : `Kruistabel van thema’s die bij hetzelfde idee horen. Het vaakst samen: ${top.a} en ${top.b} (${formatCount(top.count)} ideeën).`,
  pairsCaption: 'Aantal ideeën met beide thema’s',
  groupCells: 'vakken met aantallen',
  countsNotPrinted:
    'De aantallen passen niet in de vakken: elk vak noemt zijn aantal in zijn tooltip, en de tabel bij de figuur noemt ze allemaal.',
  groupBars: 'staven per thema',
} as const;
