/**
 * SVG → PNG with resvg and the DejaVu Sans font from the dejavu-fonts-ttf package (no system fonts), so
 * a PNG is the same on every machine. resvg knows no `prefers-color-scheme` and no custom properties:
 * the figure's style sheet is dropped and the light colours written in its attributes are drawn on a
 * white background.
 *
 * The build cuts the fonts down to the characters figures hold (scripts/build-fonts.js, dist/fonts/):
 * resvg lays text out about twice as fast with them and draws the same pixels. A figure with a
 * character outside that set, or a checkout that was not built, gets the full fonts.
 */
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packagePath } from '../package-root.js';
import { codePointAt } from '../../core/contract/item-at.js';

const require = createRequire(import.meta.url);
const FONT_NAMES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];
const FULL_FONTS = FONT_NAMES.map((file) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`));

type Range = readonly [number, number];

interface SubsetFonts {
  readonly files: readonly string[];
  readonly ranges: readonly Range[];
}

const isInteger = (value: unknown): value is number => Number.isInteger(value);
const isRange = (value: unknown): value is Range =>
  Array.isArray(value) && value.length === 2 && value.every(isInteger);

/**
 * The code point ranges (inclusive) of the build's coverage.json, checked as read back (a PNG worker
 * loads no schema library for one small file); null when the file does not hold them.
 */
function coveredRanges(coverage: unknown): readonly Range[] | null {
  if (typeof coverage !== 'object' || coverage === null || !('ranges' in coverage)) return null;
  const { ranges } = coverage;
  return Array.isArray(ranges) && ranges.every(isRange) ? ranges : null;
}

let subset: SubsetFonts | null | undefined;

/** The built subset fonts and the code points they cover, or null when there are none. */
function subsetFonts(): SubsetFonts | null {
  if (subset !== undefined) return subset;
  const dir = packagePath('dist', 'fonts');
  const files = FONT_NAMES.map((file) => `${dir}/${file}`);
  const coverage = `${dir}/coverage.json`;
  const ranges =
    existsSync(coverage) && files.every((file) => existsSync(file))
      ? coveredRanges(JSON.parse(readFileSync(coverage, 'utf8')))
      : null;
  subset = ranges ? { files, ranges } : null;
  return subset;
}

/** Whether every character of the SVG is one the subset fonts hold. */
export function subsetCovers(svg: string, ranges: readonly (readonly [number, number])[]): boolean {
  for (const ch of svg) {
    const code = codePointAt(ch, 0);
    if (code < 0x20) continue; // line ends and tabs in the markup
    if (!ranges.some(([from, to]) => code >= from && code <= to)) return false;
  }
  return true;
}

/** The font files for this figure: the subset when it covers every character, else the full fonts. */
export function fontFilesFor(svg: string): readonly string[] {
  const fonts = subsetFonts();
  return fonts && subsetCovers(svg, fonts.ranges) ? fonts.files : FULL_FONTS;
}
const INK = '#1B1B1B';
const PAPER = '#FFFFFF';

/** The figure without its style sheet, colours resolved for a renderer without CSS. */
function printable(svg: string): string {
  return svg
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/fill="currentColor"/g, `fill="${INK}"`)
    .replace(/stroke="currentColor"/g, `stroke="${INK}"`);
}

function resvgOptions(scale: number, fontFiles: readonly string[]): ResvgRenderOptions {
  return {
    background: PAPER,
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: [...fontFiles],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  };
}

/** Device pixels per CSS pixel of a PNG: double, sharp in print and on high-density screens. */
export const PNG_SCALE = 2;

/**
 * resvg's native binding, loaded at the first PNG: `werkbalans serve` reaches this module through its
 * figure routes, and loading the binding (a native library, and a process report to tell glibc from
 * musl) took some 30 ms of every start that draws no PNG.
 */
let binding: typeof import('@resvg/resvg-js') | undefined;
function resvg(): typeof import('@resvg/resvg-js') {
  return (binding ??= require('@resvg/resvg-js') as typeof import('@resvg/resvg-js'));
}

/** PNG bytes of a standalone SVG string. */
export function renderPng(svg: string, scale = PNG_SCALE, fonts = fontFilesFor(svg)): Buffer {
  return new (resvg().Resvg)(printable(svg), resvgOptions(scale, fonts)).render().asPng();
}

/** The same, rendered on libuv's thread pool so several figures render at once. */
export async function renderPngAsync(svg: string, scale = PNG_SCALE): Promise<Buffer> {
  return (await resvg().renderAsync(printable(svg), resvgOptions(scale, fontFilesFor(svg)))).asPng();
}

/** The full fonts, for comparing what the subset draws (tests). */
export const FULL_FONT_FILES: readonly string[] = FULL_FONTS;
