/**
 * A survey file of two periods (waves), built from the bundled example table: its 2024KW04 rows and
 * the same rows as 2025KW04 with Huisartsen's resources 20 points lower and one cell of Fysiotherapeuten
 * not published. The later period's rows come first, so that a test sees the waves put in period order.
 */
import { readFileSync } from 'node:fs';

const EXAMPLE = readFileSync(new URL('../../data/voorbeeld-beroepen.csv', import.meta.url), 'utf8');

const RESOURCES = [
  'loopbaanperspectief',
  'ontwikkelmogelijkheden',
  'invloed_inhoud',
  'autonomie',
  'steun_leidinggevende',
];

/** The 2025KW04 copy of one example row. */
function laterRow(line: string): string {
  const cells = line.split(',');
  const [profession, indicator] = cells;
  if (profession === 'Huisartsen' && RESOURCES.includes(indicator!)) {
    // An empty bound stays empty.
    const [value, lower, upper] = cells.slice(2, 5).map((cell) => (cell === '' ? '' : Number(cell) - 20));
    return [profession, indicator, value, lower, upper, '2025KW04'].join(',');
  }
  if (profession === 'Fysiotherapeuten' && indicator === 'tevreden_werk')
    return [profession, indicator, 'x', '', '', '2025KW04'].join(',');
  // Other rows only change their period (a quoted name may hold a comma: the line is not split).
  return line.replace(/,2024KW04$/, ',2025KW04');
}

/** The rows of `professions` without bounds (value kept): the importer reads empty bounds as none. */
function withoutBounds(lines: string[], professions: readonly string[]): string[] {
  return lines.map((line) => {
    const cells = line.split(',');
    if (!professions.includes(cells[0]!) || cells.length !== 6) return line;
    return [cells[0], cells[1], cells[2], '', '', cells[5]].join(',');
  });
}

/**
 * The CSV text; `later` changes the 2025KW04 rows further (e.g. to drop them), `renames` renames a
 * profession in 2025KW04, `unbounded` empties the bounds of these professions (names without a comma)
 * in both periods.
 */
export function twoWavesCsv(
  options: {
    readonly later?: (rows: string[]) => string[];
    readonly renames?: Record<string, string>;
    readonly unbounded?: readonly string[];
  } = {},
): string {
  const [header, ...lines] = EXAMPLE.trim().split('\n');
  const earlier = withoutBounds(
    lines.filter((line) => line.endsWith(',2024KW04')),
    options.unbounded ?? [],
  );
  let later = earlier.map(laterRow);
  for (const [from, to] of Object.entries(options.renames ?? {}))
    later = later.map((line) => (line.startsWith(`${from},`) ? `${to}${line.slice(from.length)}` : line));
  if (options.later) later = options.later(later);
  return `${[header, ...later, ...earlier].join('\n')}\n`;
}
