/**
 * `werkbalans figures FILE --out DIR [--png] [--width N]`: every figure as SVG (and PNG). A manifest in
 * DIR (output-manifest.ts) records what was written, so that a later run into DIR removes the figures
 * it no longer writes (a profession gone from the table, PNGs not asked for again) and nothing else.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { MAX_WIDTH, MIN_WIDTH } from '../../core/charts/figure-spec.js';
import { listFigures } from '../../core/charts/figures.js';
import { otherPeriodsNote } from '../../core/text/analysis-summary.js';
import { figureMessages } from '../../core/text/figure-messages.js';
import { analyseFile } from '../analyse-file.js';
import { nodeDocument } from '../render/document.js';
import { createPngPool } from '../render/png-pool.js';
import {
  contentHash,
  FIGURES_MANIFEST,
  readManifest,
  removeStaleOutputs,
  writeManifest,
} from '../render/output-manifest.js';
import { replaceFile } from '../render/replace-file.js';
import { renderSvg } from '../render/svg-string.js';
import { UsageError, type CliEffects } from './effects.js';

/** The command's PNGs are one device pixel per SVG pixel unless asked (`--scale 2` for print). */
const CLI_PNG_SCALE = 1;
const MAX_PNG_SCALE = 4;

export interface FiguresOptions {
  readonly out: string;
  readonly png?: boolean;
  readonly width?: number;
  /** PNG device pixels per SVG pixel, 1–4; default 1 (use 2 for print). */
  readonly scale?: number;
  readonly config?: string;
  readonly variant?: string;
  readonly draws?: number;
  readonly seed?: number;
  readonly period?: string;
  readonly sheet?: string;
}

/** Checks --width against the supported range; undefined stays the default. */
export function checkWidth(width: number | undefined): number | undefined {
  if (width !== undefined && (width < MIN_WIDTH || width > MAX_WIDTH)) {
    throw new UsageError(figureMessages.invalidWidth(width, MIN_WIDTH, MAX_WIDTH));
  }
  return width;
}

export async function run(file: string, options: FiguresOptions, effects: CliEffects): Promise<void> {
  const width = checkWidth(options.width);
  const scale = options.scale ?? CLI_PNG_SCALE;
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_PNG_SCALE) {
    throw new UsageError(figureMessages.invalidScale(scale, MAX_PNG_SCALE));
  }
  const result = await analyseFile(file, options);
  // As `analyse --json` does: which period of several was used, and how to choose another.
  const periodNote = otherPeriodsNote(result.dataset);
  if (periodNote) effects.stderr(`${periodNote}\n`);
  const dir = resolve(effects.cwd, options.out);
  await mkdir(dir, { recursive: true });
  const figures = listFigures(result, 'downloads');
  const previous = readManifest(dir, FIGURES_MANIFEST, MANIFEST_KIND);
  // Figures but no record (a folder from before the record existed): say that old ones stay.
  const unrecorded =
    previous.size === 0 && !existsSync(join(dir, FIGURES_MANIFEST)) && holdsFigures(dir, figures);
  const written = new Map<string, string>();
  const pool = options.png ? createPngPool() : null;
  try {
    const pngs: Promise<void>[] = [];
    for (const figure of figures) {
      const svg = renderSvg(figure.render({ document: nodeDocument(), width }));
      // Replaced, not written through: a link in DIR must not carry the write to a file elsewhere.
      await replaceFile(join(dir, `${figure.id}.svg`), svg);
      written.set(`${figure.id}.svg`, contentHash(svg));
      // PNGs render on worker threads while the next figure's SVG is built here.
      if (pool)
        pngs.push(
          pool.render(svg, scale).then(async (png) => {
            await replaceFile(join(dir, `${figure.id}.png`), png);
            written.set(`${figure.id}.png`, contentHash(png));
          }),
        );
    }
    await Promise.all(pngs);
  } finally {
    await pool?.close();
  }
  const stale = removeStaleOutputs(dir, previous, written);
  writeManifest(dir, FIGURES_MANIFEST, MANIFEST_KIND, written);
  if (result.dataset.label) effects.stdout(`${figureMessages.exampleNotice(result.dataset.label)}\n`);
  effects.stdout(
    `${figureMessages.figuresWritten(figures.length, options.out, Boolean(options.png), scale)}\n`,
  );
  if (stale.removed.length > 0) effects.stdout(`${figureMessages.staleRemoved(stale.removed)}\n`);
  if (stale.kept.length > 0) effects.stdout(`${figureMessages.staleKept(stale.kept)}\n`);
  if (unrecorded) effects.stdout(`${figureMessages.noManifest(options.out)}\n`);
}

/** Whether `dir` holds a file named like a figure of werkbalans (`<id>.svg` or `.png`, a profile's too). */
function holdsFigures(dir: string, figures: readonly { readonly id: string }[]): boolean {
  const names = new Set(figures.flatMap((f) => [`${f.id}.svg`, `${f.id}.png`]));
  return readdirSync(dir).some((name) => names.has(name) || /^profiel-.+\.(svg|png)$/.test(name));
}

/** The kind named in the figures manifest. */
const MANIFEST_KIND = 'figures';
