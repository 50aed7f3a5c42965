/**
 * The browser assets: the bundled islands and style sheet from dist/web (src/web for the style sheet
 * when nothing is built yet), the figures' style sheet generated from the chart palette, and the icon.
 * Only plain file names are served; the bytes are read once and kept.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import { paletteCss } from '../../../core/charts/palette.js';
import { ROOT_CLASS } from '../../../core/charts/frame.js';
import { HIGHLIGHT_CLASS } from '../../../core/charts/highlight-profession.js';
import { webMessages } from '../../../core/text/web-messages.js';
import { packagePath } from '../../package-root.js';
import { HttpProblem } from '../http-problem.js';
import type { AppServices } from '../services.js';

const TYPES: Readonly<Record<string, string>> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

const ASSET_NAME = /^[a-z0-9][a-z0-9-]*\.(js|css|svg)$/;

/** The figures' colours in light and dark mode, and the marking of the reader's profession. */
export function figuresCss(): string {
  const scope = ROOT_CLASS;
  return `.${scope} { display: block; height: auto; max-width: 100%; }
.${scope} text { white-space: pre; }
${paletteCss(scope)}
.${scope} .${HIGHLIGHT_CLASS} { stroke: currentColor; stroke-width: 3px; stroke-opacity: 1; }
.${scope} text.${HIGHLIGHT_CLASS} { font-weight: bold; stroke-width: 0; text-decoration: underline; }
.${scope} g.wb-paper-halo text.${HIGHLIGHT_CLASS} { stroke-width: 3px; stroke: var(--wb-paper, #FFFFFF); }
@media (prefers-color-scheme: dark) {
.${scope} g.wb-paper-halo text.${HIGHLIGHT_CLASS} { stroke: var(--wb-paper, #121212); }
}
`;
}

export const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="#154273"/><path d="M8 24V14M14 24V8M20 24V17M26 24V11" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>`;

export function assetRoutes(services: AppServices): Hono {
  const app = new Hono();
  const cache = new Map<string, Promise<Uint8Array | undefined>>();
  const generated: Record<string, () => string> = { 'figures.css': figuresCss, 'favicon.svg': () => FAVICON };

  const read = (name: string): Promise<Uint8Array | undefined> => {
    let pending = cache.get(name);
    if (!pending) {
      pending = (async () => {
        const make = generated[name];
        if (make) return new TextEncoder().encode(make());
        const places = [join(services.config.assetsDir, name)];
        if (name.endsWith('.css')) places.push(packagePath('src', 'web', name));
        for (const place of places) {
          try {
            return new Uint8Array(await readFile(place));
          } catch {
            // try the next place
          }
        }
        return undefined;
      })();
      cache.set(name, pending);
    }
    return pending;
  };

  app.get('/assets/:file', async (c) => {
    const name = c.req.param('file');
    if (!ASSET_NAME.test(name)) throw new HttpProblem(404, webMessages.notFound);
    const bytes = await read(name);
    if (!bytes) {
      cache.delete(name);
      throw new HttpProblem(404, webMessages.notFound);
    }
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': TYPES[name.split('.').pop()!]!,
      'Cache-Control': 'public, max-age=300',
    });
  });
  return app;
}
