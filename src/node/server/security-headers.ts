/**
 * Security headers on every response. The Content-Security-Policy allows scripts, styles, images and
 * requests from this origin only — no inline script or style anywhere (inline SVG figures carry their
 * colours as attributes; their style sheet is served as a file). Embed pages may be framed by any site;
 * every other page by none.
 */
import type { MiddlewareHandler } from 'hono';

function policy(styleHashes: readonly string[]): string[] {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self'${styleHashes.map((h) => ` '${h}'`).join('')}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "manifest-src 'self'",
  ];
}

export const PAGE_POLICY = [...policy([]), "frame-ancestors 'none'"].join('; ');
export const EMBED_POLICY = [...policy([]), 'frame-ancestors *'].join('; ');

/**
 * The policy of a page whose charts island draws figures in the browser: the figures' own style sheet
 * (always the same text) is allowed by its hash, nothing else inline.
 */
export function pagePolicy(path: string, styleHashes: readonly string[]): string {
  return [...policy(styleHashes), isEmbedPath(path) ? 'frame-ancestors *' : "frame-ancestors 'none'"].join(
    '; ',
  );
}

/** Paths whose pages are meant to be shown in another site's frame. */
export function isEmbedPath(path: string): boolean {
  return path === '/embed' || path.startsWith('/embed/');
}

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const embed = isEmbedPath(c.req.path);
    const headers = c.res.headers;
    // A standalone SVG download may carry its own style sheet; it runs no script in any case.
    if (!headers.has('Content-Security-Policy')) {
      headers.set('Content-Security-Policy', embed ? EMBED_POLICY : PAGE_POLICY);
    }
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    );
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    if (!embed) headers.set('X-Frame-Options', 'DENY');
  };
}
