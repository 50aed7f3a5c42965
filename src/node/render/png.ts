/**
 * SVG → PNG with resvg and the DejaVu Sans font from the dejavu-fonts-ttf package (no system fonts), so
 * a PNG is the same on every machine. resvg knows no `prefers-color-scheme` and no custom properties:
 * the figure's style sheet is dropped and the light colours written in its attributes are drawn on a
 * white background.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);
const INK = '#1B1B1B';
const PAPER = '#FFFFFF';

/** PNG bytes of a standalone SVG string, `scale` device pixels per CSS pixel (default 2). */
export function renderPng(svg: string, options: { readonly scale?: number } = {}): Buffer {
  const printable = svg
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/fill="currentColor"/g, `fill="${INK}"`)
    .replace(/stroke="currentColor"/g, `stroke="${INK}"`);
  const resvg = new Resvg(printable, {
    background: PAPER,
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}
