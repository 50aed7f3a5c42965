/**
 * Reads an upload from a request: a multipart form (field `bestand`, optional `titel`, `voorbeeld`, `tonen`)
 * or the file itself as the body (name from `?naam=` or Content-Disposition, else from the type). The
 * form and the query have been validated by `uploadOf` (request/validate.ts) through their schemas
 * (request-schemas.ts: uploadForm, uploadQuery) before {@link readUpload} reads them.
 */
import type { Context, Env } from 'hono';
import type { z } from 'zod';
import { securityMessages } from '../../core/text/security-messages.js';
import { webMessages } from '../../core/text/web-messages.js';
import { uploadName, type Upload } from './dataset-upload.js';
import { HttpProblem } from './http-problem.js';
import type { uploadForm, uploadQuery } from './request/request-schemas.js';

const NAME_BY_TYPE: Readonly<Record<string, string>> = {
  'text/csv': 'upload.csv',
  'text/tab-separated-values': 'upload.tsv',
  'text/plain': 'upload.csv',
  'application/json': 'upload.json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'upload.xlsx',
};

const FORM_TYPES: ReadonlySet<string> = new Set(['multipart/form-data', 'application/x-www-form-urlencoded']);

export interface UploadForm extends Upload {
  /** The admin page's token field of a multipart form; undefined for a body that is the file. */
  readonly token: string | undefined;
}

/** What the upload validators leave for {@link readUpload}: the form (of a form body) and the query. */
export interface UploadInput {
  out: { form: z.output<typeof uploadForm>; query: z.output<typeof uploadQuery> };
}

/** The media type of the request's body, lower case, without parameters. */
export function mediaTypeOf(c: Context): string {
  const [type = ''] = (c.req.header('content-type') ?? '').split(';');
  return type.trim().toLowerCase();
}

/** Whether the body is a form (multipart or url-encoded) rather than the file itself. */
export function isFormBody(c: Context): boolean {
  return FORM_TYPES.has(mediaTypeOf(c));
}

/**
 * The file name a body that is the file itself gets from its type when none is given; 415 for a type
 * that is no table or ideas file.
 */
function fallbackName(type: string): string {
  const named = NAME_BY_TYPE[type];
  if (named !== undefined) return named;
  if (type === '' || type === 'application/octet-stream') return 'upload.csv';
  throw new HttpProblem(415, webMessages.uploadUnsupportedType(type));
}

/** Refuses (415) a body that is neither a form nor a file of a known type, before anything is read. */
export function checkUploadType(c: Context): void {
  if (!isFormBody(c)) fallbackName(mediaTypeOf(c));
}

function dispositionName(header: string | undefined): string | undefined {
  const [, name] = (header ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header) : null) ?? [];
  if (name === undefined) return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * The fields of a form body; a body that is not the form its Content-Type says (no boundary, a broken
 * part, cut off) is a 400 with a Dutch message, never a 500. A body cut off at the size limit keeps
 * its 413. The form is cached on the request, so a validator after this reads the same fields.
 */
export async function readForm(c: Context): Promise<Record<string, string | File>> {
  try {
    return await c.req.parseBody<Record<string, string | File>>();
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    throw new HttpProblem(400, securityMessages.badForm);
  }
}

/** The upload of a request whose form or query went through `uploadOf` (request/validate.ts). */
export async function readUpload<E extends Env, P extends string>(
  c: Context<E, P, UploadInput>,
): Promise<UploadForm> {
  // The query is read for every body kind (README: `tonen=nee` as a query parameter or a form field).
  const { naam, titel, voorbeeld, tonen } = c.req.valid('query');
  if (isFormBody(c)) {
    const form = c.req.valid('form');
    return {
      name: uploadName(naam ?? form.bestand.name, 'upload.csv'),
      bytes: new Uint8Array(await form.bestand.arrayBuffer()),
      // A form field wins over the query, except that either place saying "nee" holds the table back
      // (lest a form's default publish what the query asked to check first).
      title: form.titel ?? titel,
      example: form.voorbeeld || voorbeeld,
      show: form.tonen && tonen,
      token: form.token,
    };
  }
  const name = naam ?? dispositionName(c.req.header('content-disposition'));
  return {
    name: uploadName(name, fallbackName(mediaTypeOf(c))),
    bytes: new Uint8Array(await c.req.arrayBuffer()),
    title: titel,
    example: voorbeeld,
    show: tonen,
    token: undefined,
  };
}
