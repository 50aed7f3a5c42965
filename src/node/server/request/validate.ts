/**
 * Validation at the edge: every API body and query, and every admin form, is read through
 * `@hono/zod-validator` with one schema per route. A request that does not fit is a 400 whose Dutch
 * message names the field (details list every wrong field); a route may answer it itself (the admin
 * page shows it in its form). JSON bodies are read bounded first ({@link boundedJson}).
 */
import { zValidator } from '@hono/zod-validator';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { requestMessages } from '../../../core/text/request-messages.js';
import { webMessages } from '../../../core/text/web-messages.js';
import { HttpProblem } from '../http-problem.js';
import { readJsonText } from '../json-body.js';
import { checkUploadType, isFormBody, mediaTypeOf, readForm } from '../upload-body.js';
import { requestIssueMessage } from './fields.js';
import { uploadForm, uploadQuery } from './request-schemas.js';

/** What a custom issue may carry beside its message (the search parameters do). */
interface IssueParams {
  readonly found: string;
  readonly expected: string;
}

type Answer = (c: Context, problem: HttpProblem) => Response | Promise<Response>;

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/**
 * The problem of a request that did not fit its schema: the first message (with how many more), every
 * issue as a detail naming its field (`column`).
 */
export function requestProblem(
  error: { readonly issues: readonly z.core.$ZodIssue[] },
  status: 400 | 422 = 400,
): HttpProblem {
  const details = error.issues.map((issue) => {
    const params = issue.code === 'custom' ? (issue.params as IssueParams | undefined) : undefined;
    return {
      ...(issue.path.length > 0 ? { column: issue.path.map(String).join('.') } : {}),
      ...(params ? { found: params.found, expected: params.expected } : {}),
      message: issue.message,
    };
  });
  const first = details[0]?.message ?? webMessages.badRequest;
  const message = details.length > 1 ? requestMessages.andMore(first, details.length - 1) : first;
  // One plain issue is said by the message alone; several, or one with what was found, get details.
  const detailed = details.length > 1 || details.some((detail) => 'found' in detail);
  return new HttpProblem(status, message, detailed ? details : []);
}

function validate<T extends z.ZodType, Target extends 'json' | 'query' | 'form'>(
  target: Target,
  schema: T,
  answer?: Answer,
  status: 400 | 422 = 400,
) {
  return zValidator(
    target,
    schema,
    (result, c) => {
      if (result.success) return;
      const problem = requestProblem(result.error, status);
      if (answer) return answer(c, problem);
      throw problem;
    },
    {
      // Fields without a message of their own are named in Dutch (fields.ts). The cast: the
      // validator's declared result type differs from zod's only under exactOptionalPropertyTypes.
      validationFunction: ((s: T, value: unknown) =>
        s.safeParseAsync(value, { error: requestIssueMessage })) as never,
    },
  );
}

/**
 * Reads a JSON body bounded ({@link readJsonText}: 413 past the limit, also chunked) and refuses one
 * that is no JSON object (400) or not sent as JSON (415), so that the json validator after it reads
 * the same text.
 */
export const boundedJson: MiddlewareHandler = async (c, next) => {
  const type = mediaTypeOf(c);
  const text = await readJsonText(c);
  if (!JSON_TYPE.test(type)) throw new HttpProblem(415, requestMessages.notJson);
  // Hono's json() reads the cached text (a promise, whatever the declared type says).
  (c.req.bodyCache as unknown as { text?: Promise<string> }).text = Promise.resolve(text);
  await next();
};

/** The JSON body through `schema` (after {@link boundedJson}). */
export const jsonOf = <T extends z.ZodType>(schema: T) => validate('json', schema);

/** The query string through `schema`; a repeated name gives a list. */
export const queryOf = <T extends z.ZodType>(schema: T) => validate('query', schema);

/**
 * A form body through `schema`. The form is read first by `readForm` (a broken form is a Dutch 400);
 * `check` runs on the form before its schema (the admin token, so that a wrong token is answered
 * first); `answer` turns a problem into the page that shows it.
 */
export function formOf<T extends z.ZodType>(
  schema: T,
  answer?: Answer,
  check?: (c: Context, form: Readonly<Record<string, string | File>>) => void,
) {
  const read: MiddlewareHandler = async (c, next) => {
    try {
      const form = await readForm(c);
      check?.(c, form);
    } catch (error) {
      if (answer && error instanceof HttpProblem) return answer(c, error);
      throw error;
    }
    await next();
  };
  return [read, validate('form', schema, answer)] as const;
}

/**
 * An upload — `POST /api/datasets`, `/api/ideas/import`, `/beheer/upload`, `/beheer/ideeen` — through
 * its schemas: a form body (multipart or url-encoded) through `uploadForm`, the file itself as the body
 * through `uploadQuery` (its name, source line and example mark in the query); `readUpload`
 * (upload-body.ts) then reads the one that applies. A body of another type is a 415 and a broken form a
 * 400, before any schema. A form without a file is a 422, not a 400: the request is well formed, but it
 * holds nothing to store, as an empty file (the README's API table says so). `check` runs first (the
 * admin page refuses writes when no token is configured); `answer` turns a problem into the page that
 * shows it.
 */
export function uploadOf(answer?: Answer, check?: (c: Context) => void) {
  const read: MiddlewareHandler = async (c, next) => {
    try {
      check?.(c);
      checkUploadType(c);
      if (isFormBody(c)) await readForm(c);
    } catch (error) {
      if (answer && error instanceof HttpProblem) return answer(c, error);
      throw error;
    }
    await next();
  };
  const form = validate('form', uploadForm, answer, 422);
  // Only a form body has a form to validate (the validator would read a file body as an empty form).
  const formOnly: typeof form = (c, next) => (isFormBody(c) ? form(c, next) : next());
  return [read, formOnly, validate('query', uploadQuery, answer)] as const;
}
