import { describe, expect, it } from 'vitest';
import { findFigure } from '../../../src/core/charts/figures.js';
import { profileId } from '../../../src/core/charts/profile.js';
import { nodeDocument } from '../../../src/node/render/document.js';
import { createPngPool } from '../../../src/node/render/png-pool.js';
import {
  FULL_FONT_FILES,
  fontFilesFor,
  PNG_SCALE,
  renderPng,
  renderPngAsync,
  subsetCovers,
} from '../../../src/node/render/png.js';
import { renderSvg } from '../../../src/node/render/svg-string.js';
import { strongResources } from '../../support/analysis-fixture.js';
import { decodePng } from '../../support/png-decode.js';

const result = strongResources();
const svgOf = (id: string, width?: number) =>
  renderSvg(findFigure(result, id)!.render({ document: nodeDocument(), width }));

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function svgSize(svg: string): { width: number; height: number } {
  const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
  return { width: Number(width), height: Number(height) };
}

describe('PNG rendering', () => {
  it('is twice the size of the SVG, at any figure width', () => {
    for (const width of [undefined, 960]) {
      const svg = svgOf('kwadranten', width);
      const size = svgSize(svg);
      expect(size.width).toBe(width ?? 720);
      expect(pngSize(renderPng(svg))).toEqual({
        width: size.width * PNG_SCALE,
        height: size.height * PNG_SCALE,
      });
    }
  });

  it('is not blank: ink, white paper and the palette colours are all there', () => {
    const svg = svgOf('kwadranten');
    const png = renderPng(svg);
    expect(png.length).toBeGreaterThan(20_000);
    const { pixels, width, height } = decodePng(png);
    expect(pixels.length).toBe(width * height * 4);
    let white = 0;
    let dark = 0;
    const colours = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (r > 250 && g > 250 && b > 250) white++;
      else if (r < 60 && g < 60 && b < 60) dark++;
      colours.add(`${r >> 4},${g >> 4},${b >> 4}`);
    }
    const total = pixels.length / 4;
    expect(white / total).toBeGreaterThan(0.5);
    expect(dark).toBeGreaterThan(5_000);
    // Okabe–Ito blue #0072B2 and vermillion #D55E00 of quadrants 4 and 2, quantised to 4 bits
    expect(colours.has(`${0x00 >> 4},${0x72 >> 4},${0xb2 >> 4}`)).toBe(true);
    expect(colours.has(`${0xd5 >> 4},${0x5e >> 4},${0x00 >> 4}`)).toBe(true);
  });

  it('draws text with the bundled DejaVu Sans: the PNG differs from one rendered without fonts', () => {
    const svg = svgOf('tevredenheid-per-kwadrant');
    const withFonts = renderPng(svg);
    const withoutText = renderPng(svg.replace(/<text[\s\S]*?<\/text>/g, ''));
    expect(withFonts.length).toBeGreaterThan(withoutText.length * 1.2);
  });

  it('renders the same PNG synchronously, asynchronously and in the pool', async () => {
    const svg = svgOf('hulpbronnen-tevreden-organisatie');
    const pool = createPngPool(2);
    try {
      const [a, b, c] = [renderPng(svg), await renderPngAsync(svg), await pool.render(svg)];
      expect(b.equals(a)).toBe(true);
      expect(c.equals(a)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('draws the same pixels with the built font subset as with the full fonts, on every figure kind', () => {
    const ids = [
      'tevredenheid-per-kwadrant',
      'hulpbronnen-tevreden-organisatie',
      'kwadranten',
      'gevoeligheid',
      'ranking-hulpbronnen',
      ...result.professions.slice(0, 2).map((p) => profileId(p)),
    ];
    let compared = 0;
    for (const id of ids) {
      if (!findFigure(result, id)) continue;
      const svg = svgOf(id);
      const fonts = fontFilesFor(svg);
      expect(fonts, `${id}: the build writes dist/fonts (npm run build)`).not.toEqual(FULL_FONT_FILES);
      const withSubset = decodePng(renderPng(svg, 1, fonts));
      const withFull = decodePng(renderPng(svg, 1, FULL_FONT_FILES));
      expect(withSubset.width).toBe(withFull.width);
      expect(Buffer.from(withSubset.pixels).equals(Buffer.from(withFull.pixels)), id).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(4);
  });

  it('falls back to the full fonts for a character the subset does not hold', () => {
    const ranges = [
      [0x20, 0x7e],
      [0xa0, 0x17f],
      [0x370, 0x3ff],
    ] as const;
    expect(subsetCovers('<text>Cliënten, ρ = 0,81 · Ærø, Łódź</text>', ranges)).toBe(true);
    expect(subsetCovers('<text>Врач</text>', ranges)).toBe(false);
    expect(subsetCovers('<text>zorg 😊</text>', ranges)).toBe(false);
    const svg = svgOf('tevredenheid-per-kwadrant');
    expect(fontFilesFor(svg.replace('</svg>', '<text x="1" y="9">Врач</text></svg>'))).toEqual(
      FULL_FONT_FILES,
    );
  });
});
