/**
 * Which page addresses that draw figures themselves are answered from caches now (audit 9's hole in
 * the cost of reads: `/?beroep=<slug>`, `/beroep/<slug>?beroep=<other>`, `/kwadranten?beroep=…` drew
 * their figures inline at a page's price, so a client without a token could have hundreds of cold
 * figures drawn through page addresses). request-cost.ts charges such a page as heavy, like its
 * drawings, until it has been answered; then, as the drawing routes do (figure-drawings.ts), the page
 * address is remembered in the cost memory with a check that every figure it drew, and every analysis
 * it read, is still kept. A page that drew nothing (an empty store) is remembered as cheap for good;
 * one answered otherwise than 200 (an unknown profession, a redirect) is not remembered.
 */
import type { MiddlewareHandler } from 'hono';
import { pageAddressOf, isFigurePage } from './request-cost.js';
import type { AppServices } from './services.js';

type Check = () => boolean;

/** The checks of each page view (and of the request it was loaded for) as the page is drawn. */
const byView = new WeakMap<object, Check[]>();
const byRequest = new WeakMap<Request, Check[]>();

/** Starts the checks of a page view for `request` (page-view.ts calls it for every page loaded). */
export function trackPage(request: Request, view: object): void {
  const checks = byRequest.get(request) ?? [];
  byRequest.set(request, checks);
  byView.set(view, checks);
}

/** What `view`'s page drew or read is kept while `check` says yes. */
export function pageKeeps(view: object, check: Check): void {
  byView.get(view)?.push(check);
}

/** After a figure page is answered (200), its address costs a page while what it drew is kept. */
export function rememberDrawnPages(services: AppServices): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return;
    if (c.res.status !== 200) return;
    const checks = byRequest.get(c.req.raw);
    const url = new URL(c.req.url);
    if (checks === undefined || !isFigurePage(url)) return;
    services.costs.remember(pageAddressOf(url), () => checks.every((check) => check()));
  };
}
