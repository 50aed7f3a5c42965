/**
 * Reads an upload from a request: a multipart form (field `bestand`, optional `titel` and `voorbeeld`)
 * or the file itself as the body (name from `?naam=` or Content-Disposition, else from the type).
 */
import type { Context } from 'hono';
import { securityMessages } from '../../core/text/security-messages.js';
import { webMessages } from '../../core/text/web-messages.js';
import { uploadName, type Upload } from './dataset-upload.js';
import { HttpProblem } from './http-problem.js';

const NAME_BY_TYPE: Readonly<Record<string, string>> = {
  'text/csv': 'upload.csv',
  'text/tab-separated-values': 'upload.tsv',
  'text/plain': 'upload.csv',
  'application/json': 'upload.json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'upload.xlsx',
};

const YES = new Set(['ja', 'true', 'on', '1']);

export interface UploadForm extends Upload {
  /** Other text fields of a multipart form (the admin page's token field …). */
  readonly fields: Readonly<Record<string, string>>;
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
    const body = await readForm(c);
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(body)) if (typeof value === 'string') fields[key] = value;
    const file = body.bestand ?? body.file;
    if (!(file instanceof File) || (file.size === 0 && file.name === '')) {
      throw new HttpProblem(422, webMessages.uploadMissingFile);
    }
    return {
      name: uploadName(file.name, 'upload.csv'),
      bytes: new Uint8Array(await file.arrayBuffer()),
      title: fields.titel,
      example: fields.voorbeeld !== undefined && YES.has(fields.voorbeeld.toLowerCase()),
      fields,
    };
  }
  const fallback =
    NAME_BY_TYPE[type] ?? (type === '' || type === 'application/octet-stream' ? undefined : null);
  if (fallback === null) throw new HttpProblem(415, webMessages.uploadUnsupportedType(type));
  const name = c.req.query('naam') ?? dispositionName(c.req.header('content-disposition'));
  const example = c.req.query('voorbeeld');
  return {
    name: uploadName(name, fallback ?? 'upload.csv'),
    bytes: new Uint8Array(await c.req.arrayBuffer()),
    title: c.req.query('titel'),
    example: example !== undefined && YES.has(example.toLowerCase()),
    fields: {},
  };
}
