/**
 * The browser assets (see asset-catalog.ts): the bundled islands and style sheet from dist/web under
 * content-hashed names, cached for good, precompressed; the figures' style sheet generated from the
 * chart palette, and the icon. Only plain file names are served.
 */
import { Hono } from 'hono';
import { negotiateEncoding } from '../compression.js';
import { paletteCss } from '../../../core/charts/palette.js';
import { ROOT_CLASS } from '../../../core/charts/frame.js';
import { highlightCss } from '../../../core/charts/highlight-profession.js';
import { webMessages } from '../../../core/text/web-messages.js';
import { HttpProblem } from '../http-problem.js';
import type { AppServices } from '../services.js';

/** Plain names (`styles.css`) and hashed ones (`styles-0a1b2c3d.css`, `charts-island-4f5e6d7c.js`). */
const ASSET_NAME = /^[a-z0-9][a-zA-Z0-9-]*\.(js|css|svg)$/;

/** The figures' colours in light and dark mode, and the marking of the reader's profession. */
export function figuresCss(): string {
  const scope = ROOT_CLASS;
  return `.${scope} { display: block; height: auto; max-width: 100%; }
.${scope} text { white-space: pre; }
${paletteCss(scope)}
${highlightCss(scope)}`;
}

export const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="#154273"/><path d="M8 24V14M14 24V8M20 24V17M26 24V11" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>`;

/** The assets made from code rather than by the build. */
export function generatedAssets(): Record<string, string> {
  return { 'figures.css': figuresCss(), 'favicon.svg': FAVICON };
}

export function assetRoutes(services: AppServices): Hono {
  const app = new Hono();
  app.get('/assets/:file', (c) => {
    const name = c.req.param('file');
    if (!ASSET_NAME.test(name)) throw new HttpProblem(404, webMessages.notFound);
    const file = services.assets.file(name);
    if (!file) throw new HttpProblem(404, webMessages.notFound);
    const encoding = negotiateEncoding(c.req.header('Accept-Encoding'));
    const body = encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : undefined;
    const headers: Record<string, string> = {
      'Content-Type': file.type,
      // A hashed name never changes content; a plain name may, with the next build.
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      Vary: 'Accept-Encoding',
    };
    if (body && encoding) headers['Content-Encoding'] = encoding;
    return c.body((body ?? file.bytes) as Uint8Array<ArrayBuffer>, 200, headers);
  });
  return app;
}
