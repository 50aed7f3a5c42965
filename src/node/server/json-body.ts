/**
 * The JSON body of a write request, read as a stream and bounded: every JSON route of the API (curation,
 * erasure, labels, solutions, the shown dataset version) reads its body through here (`boundedJson` in
 * request/validate.ts) before its schema reads it.
 */
import type { Context } from 'hono';
import { webMessages } from '../../core/text/web-messages.js';
import { HttpProblem } from './http-problem.js';

/** Most bytes of a JSON request body. */
export const MAX_JSON_BYTES = 256 * 1024;

/**
 * The text of a body that holds a JSON object: 413 past {@link MAX_JSON_BYTES}, 400 when it is not a
 * JSON object.
 */
export async function readJsonText(c: Context): Promise<string> {
  const length = Number(c.req.header('content-length') ?? '0');
  if (length > MAX_JSON_BYTES) throw new HttpProblem(413, webMessages.uploadTooLarge(MAX_JSON_BYTES));
  // Read as a stream and stop at the limit: a chunked body has no Content-Length to check first.
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = c.req.raw.body?.getReader();
  while (reader) {
    const part = await reader.read();
    if (part.done) break;
    size += part.value.byteLength;
    if (size > MAX_JSON_BYTES) {
      await reader.cancel();
      throw new HttpProblem(413, webMessages.uploadTooLarge(MAX_JSON_BYTES));
    }
    chunks.push(part.value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpProblem(400, webMessages.badJson);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpProblem(400, webMessages.badJson);
  return text;
}
