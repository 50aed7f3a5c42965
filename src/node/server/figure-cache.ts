/**
 * Figures drawn once and kept: the registry's renderers on the server's DOM, as markup for a page
 * (without the figure's own style sheet, which the strict Content-Security-Policy would refuse; the
 * page's figures.css carries the same rules), as a standalone SVG file, and as PNG.
 */
import { createHash } from 'node:crypto';
import type { AnalysisResult } from '../../core/analysis/result.js';
import type { FigureSpec, RenderOptions } from '../../core/charts/figure-spec.js';
import {
  FIGURES,
  listFigures,
  type Figure,
  type FigureKindEntry,
  type FigurePlace,
} from '../../core/charts/figures.js';
import { highlightProfession } from '../../core/charts/highlight-profession.js';
import { webMessages } from '../../core/text/web-messages.js';
import { nodeDocument } from '../render/document.js';
import { renderPng } from '../render/png.js';
import { renderSvg } from '../render/svg-string.js';
import { HttpProblem } from './http-problem.js';

export interface InlineOptions {
  /** Name of the profession to mark ("mijn beroep"), or undefined. */
  readonly highlight?: string | undefined;
  /** Prefix of the ids inside the SVG; needed when one page shows the same figure twice. */
  readonly idPrefix?: string | undefined;
  readonly width?: number | undefined;
}

const MAX_ENTRIES = 400;

/** The kinds of entries that are text drawn from the analysis alone, kept for a restart. */
const KEPT_KINDS = ['inline', 'file', 'style'] as const;

function isStrings(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The text of an element as the browser sees it (the file escapes `&`, `<`, `>`). */
function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The cache keys of the drawings, one function per kind, so that {@link FigureCache.holds} can ask. */
export const drawingKeys = {
  inline: (key: string, id: string, options: InlineOptions = {}) =>
    `inline|${key}|${id}|${options.highlight ?? ''}|${options.idPrefix ?? ''}|${options.width ?? ''}`,
  custom: (key: string, width?: number) => `custom|${key}|${width ?? ''}`,
  file: (key: string, id: string) => `file|${key}|${id}`,
  png: (key: string, id: string) => `png|${key}|${id}`,
};

export class FigureCache {
  readonly #entries = new Map<string, unknown>();
  readonly #registry: readonly FigureKindEntry[];

  /** `registry`: the figure kinds (tests pass their own). */
  constructor(registry: readonly FigureKindEntry[] = FIGURES) {
    this.#registry = registry;
  }

  #remember<T>(key: string, make: () => T): T {
    if (this.#entries.has(key)) {
      const value = this.#entries.get(key) as T;
      this.#entries.delete(key);
      this.#entries.set(key, value);
      return value;
    }
    const value = make();
    this.#entries.set(key, value);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= MAX_ENTRIES) break;
      this.#entries.delete(oldest);
    }
    return value;
  }

  /**
   * The figures of an analysis (ids, kinds) that appear in `place`, in reading order: 'site' for the
   * pages, embeds and their drawings, 'downloads' for the downloads page and its files.
   */
  list(key: string, result: AnalysisResult, place: FigurePlace): readonly Figure[] {
    return this.#remember(`list|${place}|${key}`, () => listFigures(result, place, this.#registry));
  }

  /** The figure if it appears in `place`, or a 404 naming the id. */
  figure(key: string, result: AnalysisResult, id: string, place: FigurePlace): Figure {
    const figure = this.list(key, result, place).find((f) => f.id === id);
    if (!figure) throw new HttpProblem(404, webMessages.unknownFigure(id));
    return figure;
  }

  spec(key: string, result: AnalysisResult, id: string, place: FigurePlace): FigureSpec {
    return this.#remember(`spec|${place}|${key}|${id}`, () => this.figure(key, result, id, place).spec());
  }

  /** Markup for a page (a site figure): no `<style>`, the profession marked when asked. */
  inline(key: string, result: AnalysisResult, id: string, options: InlineOptions = {}): string {
    return this.#remember(drawingKeys.inline(key, id, options), () => {
      const svg = this.figure(key, result, id, 'site').render({
        document: nodeDocument(),
        idPrefix: options.idPrefix,
        width: options.width,
        highlight: options.highlight,
      });
      for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
      if (options.highlight) highlightProfession(svg, options.highlight);
      return renderSvg(svg, { prologue: false });
    });
  }

  /**
   * Markup for a page of a figure outside the analysis (the ideas' themes), drawn at `width` (default
   * 720), kept under `key` (which must change when its data do).
   */
  inlineOf(key: string, render: (options: RenderOptions) => SVGSVGElement, width?: number): string {
    return this.#remember(drawingKeys.custom(key, width), () => {
      const svg = render({ document: nodeDocument(), width });
      for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
      return renderSvg(svg, { prologue: false });
    });
  }

  /** The standalone SVG file of a downloads figure (with its own style sheet and the XML prologue). */
  file(key: string, result: AnalysisResult, id: string): string {
    return this.#remember(drawingKeys.file(key, id), () =>
      renderSvg(this.figure(key, result, id, 'downloads').render({ document: nodeDocument() })),
    );
  }

  /**
   * CSP hashes (`sha256-…`) of the style sheet a figure carries when drawn in the browser: the same text
   * for every figure, taken from the first site figure of the analysis.
   */
  styleHashes(key: string, result: AnalysisResult): readonly string[] {
    return this.#remember(`style|${key}`, () => {
      const first = this.list(key, result, 'site')[0];
      if (!first) return [];
      const svg = renderSvg(this.figure(key, result, first.id, 'site').render({ document: nodeDocument() }));
      return [...svg.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
        (m) =>
          `sha256-${createHash('sha256')
            .update(unescapeXml(m[1] ?? ''), 'utf8')
            .digest('base64')}`,
      );
    });
  }

  /**
   * The drawings of analysis `key` made so far, as text a restart may give back to {@link adopt}: page
   * markup, standalone files and style hashes, each under its cache key without the analysis key (kind,
   * then the rest). Figures outside the analysis (the ideas' themes) and PNGs are not among them.
   */
  drawings(key: string): [string, string, string | readonly string[]][] {
    const found: [string, string, string | readonly string[]][] = [];
    for (const [cacheKey, value] of this.#entries) {
      const kind = KEPT_KINDS.find((k) => cacheKey.startsWith(`${k}|${key}`));
      if (kind === undefined) continue;
      const rest = cacheKey.slice(`${kind}|${key}`.length);
      if (rest !== '' && !rest.startsWith('|')) continue;
      if (typeof value === 'string' || isStrings(value)) found.push([kind, rest, value]);
    }
    return found;
  }

  /** Takes drawings of {@link drawings} as those of analysis `key`; entries of another shape are skipped. */
  adopt(key: string, drawings: readonly (readonly [string, string, unknown])[]): number {
    let adopted = 0;
    for (const [kind, rest, value] of drawings) {
      if (!(KEPT_KINDS as readonly string[]).includes(kind)) continue;
      if (rest !== '' && !rest.startsWith('|')) continue;
      if (kind === 'style' ? !isStrings(value) : typeof value !== 'string') continue;
      const cacheKey = `${kind}|${key}${rest}`;
      if (this.#entries.has(cacheKey)) continue;
      this.#remember(cacheKey, () => value);
      adopted++;
    }
    return adopted;
  }

  png(key: string, result: AnalysisResult, id: string): Buffer {
    return this.#remember(drawingKeys.png(key, id), () => renderPng(this.file(key, result, id)));
  }

  /** Whether the drawing under `cacheKey` (one of {@link drawingKeys}) is kept now. */
  holds(cacheKey: string): boolean {
    return this.#entries.has(cacheKey);
  }
}
