/** Sends a page: the doctype, then the rendered JSX (components may be asynchronous). */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { pagePolicy } from '../security-headers.js';

export async function renderPage(
  c: Context,
  page: unknown,
  status: ContentfulStatusCode = 200,
  options: { readonly styleHashes?: readonly string[] } = {},
): Promise<Response> {
  const html = await (page as { toString(): string | Promise<string> }).toString();
  const headers: Record<string, string> = {};
  if (options.styleHashes && options.styleHashes.length > 0) {
    headers['Content-Security-Policy'] = pagePolicy(c.req.path, options.styleHashes);
  }
  return c.html(`<!DOCTYPE html>${html}`, status, headers);
}
