/**
 * SVG → PNG with resvg and the DejaVu Sans font from the dejavu-fonts-ttf package (no system fonts), so
 * a PNG is the same on every machine. resvg knows no `prefers-color-scheme` and no custom properties:
 * the figure's style sheet is dropped and the light colours written in its attributes are drawn on a
 * white background.
 */
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);
const INK = '#1B1B1B';
const PAPER = '#FFFFFF';

/** The figure without its style sheet, colours resolved for a renderer without CSS. */
function printable(svg: string): string {
  return svg
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/fill="currentColor"/g, `fill="${INK}"`)
    .replace(/stroke="currentColor"/g, `stroke="${INK}"`);
}

function resvgOptions(scale: number): ResvgRenderOptions {
  return {
    background: PAPER,
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: FONT_FILES,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  };
}

/** Device pixels per CSS pixel of a PNG: double, sharp in print and on high-density screens. */
export const PNG_SCALE = 2;

/** PNG bytes of a standalone SVG string. */
export function renderPng(svg: string, scale = PNG_SCALE): Buffer {
  return new Resvg(printable(svg), resvgOptions(scale)).render().asPng();
}

/** The same, rendered on libuv's thread pool so several figures render at once. */
export async function renderPngAsync(svg: string, scale = PNG_SCALE): Promise<Buffer> {
  return (await renderAsync(printable(svg), resvgOptions(scale))).asPng();
}
