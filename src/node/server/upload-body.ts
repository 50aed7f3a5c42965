/**
 * Reads an upload from a request: a multipart form (field `bestand`, optional `titel` and `voorbeeld`)
 * or the file itself as the body (name from `?naam=` or Content-Disposition, else from the type). The
 * form and the query go through their schemas (request-schemas.ts: uploadForm, uploadQuery).
 */
import type { Context } from 'hono';
import { securityMessages } from '../../core/text/security-messages.js';
import { webMessages } from '../../core/text/web-messages.js';
import { uploadName, type Upload } from './dataset-upload.js';
import { HttpProblem } from './http-problem.js';
import { uploadForm, uploadQuery } from './request/request-schemas.js';

const NAME_BY_TYPE: Readonly<Record<string, string>> = {
  'text/csv': 'upload.csv',
  'text/tab-separated-values': 'upload.tsv',
  'text/plain': 'upload.csv',
  'application/json': 'upload.json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'upload.xlsx',
};

export interface UploadForm extends Upload {
  /** The admin page's token field of a multipart form; undefined for a body that is the file. */
  readonly token: string | undefined;
}

function dispositionName(header: string | undefined): string | undefined {
  const match = header ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header) : null;
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}

/**
 * The fields of a form body; a body that is not the form its Content-Type says (no boundary, a broken
 * part, cut off) is a 400 with a Dutch message, never a 500. A body cut off at the size limit keeps
 * its 413.
 */
export async function readForm(c: Context): Promise<Record<string, string | File>> {
  try {
    return await c.req.parseBody<Record<string, string | File>>();
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    throw new HttpProblem(400, securityMessages.badForm);
  }
}

export async function readUpload(c: Context): Promise<UploadForm> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
    const form = uploadForm.safeParse(await readForm(c));
    // Only the file can be missing (422, as for an empty body): the text fields take any value.
    if (!form.success) throw new HttpProblem(422, webMessages.uploadMissingFile);
    const { bestand, titel, voorbeeld, token } = form.data;
    return {
      name: uploadName(bestand.name, 'upload.csv'),
      bytes: new Uint8Array(await bestand.arrayBuffer()),
      title: titel,
      example: voorbeeld,
      token,
    };
  }
  const fallback =
    NAME_BY_TYPE[type] ?? (type === '' || type === 'application/octet-stream' ? undefined : null);
  if (fallback === null) throw new HttpProblem(415, webMessages.uploadUnsupportedType(type));
  const { naam, titel, voorbeeld } = uploadQuery.parse(c.req.queries());
  const name = naam ?? dispositionName(c.req.header('content-disposition'));
  return {
    name: uploadName(name, fallback ?? 'upload.csv'),
    bytes: new Uint8Array(await c.req.arrayBuffer()),
    title: titel,
    example: voorbeeld,
    token: undefined,
  };
}
