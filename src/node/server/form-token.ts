/**
 * The admin token of a browser form, read before the rest of its body.
 *
 * A plain HTML form (no JavaScript) cannot send an `Authorization` header, so the token travels in the
 * body. Browsers send form fields in document order, and every admin form has its token field first;
 * so the server reads only the first field — at most {@link FIRST_FIELD_BYTES} bytes — checks the
 * token, and only then reads on. A body that does not start with a `token` field is refused as
 * unauthorised without reading further. Works for `multipart/form-data` (uploads) and
 * `application/x-www-form-urlencoded` (the other forms).
 */

/** Most bytes read to find the first field: its part header, a token of up to 256 characters, slack. */
export const FIRST_FIELD_BYTES = 2048;

export type FirstField =
  /** The first field is `token`, with this value. */
  | { readonly token: string }
  /** The body does not start with a token field (or it is too long to be one). */
  | { readonly token: undefined };

type Attempt = FirstField | 'more';

export function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : undefined;
}

const ABSENT: FirstField = { token: undefined };

function multipartToken(bytes: Buffer, boundary: string, ended: boolean): Attempt {
  const text = bytes.toString('latin1'); // one character per byte: indices are byte offsets
  const opening = `--${boundary}\r\n`;
  if (text.length < opening.length) return opening.startsWith(text) && !ended ? 'more' : ABSENT;
  if (!text.startsWith(opening)) return ABSENT;
  const headersEnd = text.indexOf('\r\n\r\n', opening.length);
  if (headersEnd < 0) return ended ? ABSENT : 'more';
  const headers = text.slice(opening.length, headersEnd);
  const disposition = /^content-disposition:\s*form-data\s*;(.*)$/im.exec(headers)?.[1] ?? '';
  if (!/(?:^|;)\s*name="token"\s*(?:;|$)/i.test(disposition) || /filename/i.test(disposition)) return ABSENT;
  const valueStart = headersEnd + 4;
  const valueEnd = text.indexOf(`\r\n--${boundary}`, valueStart);
  if (valueEnd < 0) return ended ? ABSENT : 'more';
  return { token: bytes.subarray(valueStart, valueEnd).toString('utf8') };
}

function urlencodedToken(bytes: Buffer, ended: boolean): Attempt {
  const text = bytes.toString('latin1');
  const end = text.indexOf('&');
  if (end < 0 && !ended) return 'more';
  const pair = end < 0 ? text : text.slice(0, end);
  if (!pair.startsWith('token=')) return ABSENT;
  try {
    const raw = Buffer.from(pair.slice('token='.length), 'latin1').toString('utf8');
    return { token: decodeURIComponent(raw.replace(/\+/g, ' ')) };
  } catch {
    return ABSENT;
  }
}

export interface PeekedBody {
  readonly field: FirstField;
  /** Every chunk read so far, to be put back in front of the rest. */
  readonly chunks: readonly Uint8Array[];
  readonly bytes: number;
  readonly ended: boolean;
}

/** Reads chunks until the first field is known, at most {@link FIRST_FIELD_BYTES} bytes (plus the rest of the last chunk). */
export async function peekFirstField(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  contentType: string,
): Promise<PeekedBody> {
  const [written = ''] = contentType.split(';');
  const type = written.trim().toLowerCase();
  const boundary = type === 'multipart/form-data' ? boundaryOf(contentType) : undefined;
  const urlencoded = type === 'application/x-www-form-urlencoded';
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  if (!boundary && !urlencoded) return { field: ABSENT, chunks, bytes, ended: false };
  for (;;) {
    const part = await reader.read();
    if (!part.done) {
      chunks.push(part.value);
      bytes += part.value.byteLength;
    }
    const ended = part.done;
    const seen = Buffer.concat(chunks).subarray(0, FIRST_FIELD_BYTES);
    const attempt = boundary ? multipartToken(seen, boundary, ended) : urlencodedToken(seen, ended);
    if (attempt !== 'more') return { field: attempt, chunks, bytes, ended };
    if (ended || bytes >= FIRST_FIELD_BYTES) return { field: ABSENT, chunks, bytes, ended };
  }
}
