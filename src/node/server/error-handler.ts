/**
 * The server's one catch: every error becomes an answer with a status and a Dutch message — JSON
 * `{ error, details? }` under /api, an error page elsewhere. Unexpected errors are logged for the
 * operator with their detail; the visitor sees only a general sentence.
 */
import type { Context } from 'hono';
import { OptionError } from '../../core/analysis/option-error.js';
import { InputErrors } from '../../core/contract/input-error.js';
import { capRepeatedErrors } from '../../core/contract/repeated-errors.js';
import { InvalidSearchParams } from '../../core/ideas/search-params.js';
import { outageMessages } from '../../core/text/outage-messages.js';
import { webMessages } from '../../core/text/web-messages.js';
import { databaseProblem } from './database-problem.js';
import { HttpProblem, type ProblemDetail } from './http-problem.js';
import { bareView } from './page-view.js';
import type { ServerEffects } from './server-config.js';
import { ErrorPage } from './views/error-page.js';
import { renderPage } from './views/render-page.js';

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** The problem an error stands for: known errors keep their message, others become a 500. */
export function problemOf(error: unknown, effects: ServerEffects): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof InputErrors) {
    // The same fault in many rows: its first rows, then one line for the rest (repeated-errors.ts).
    const details: ProblemDetail[] = capRepeatedErrors(error.errors).map((e) => ({
      file: e.file,
      ...(e.row !== undefined ? { row: e.row } : {}),
      ...(e.column !== undefined ? { column: e.column } : {}),
      found: e.found,
      expected: e.expected,
      message: e.message,
      ...(e.repeated !== undefined ? { repeated: e.repeated } : {}),
    }));
    return new HttpProblem(
      422,
      webMessages.uploadRejected(error.errors[0]?.file ?? '', error.errors.length),
      details,
    );
  }
  if (error instanceof InvalidSearchParams) {
    return new HttpProblem(
      400,
      webMessages.badRequest,
      error.issues.map((issue) => ({ found: issue.found, expected: issue.expected, message: issue.message })),
    );
  }
  if (error instanceof OptionError) return new HttpProblem(400, error.message);
  const fromDatabase = databaseProblem(error);
  if (fromDatabase) {
    if (fromDatabase.status === 503) effects.log(outageMessages.log(String(error)));
    return fromDatabase;
  }
  const detail =
    error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  effects.log(webMessages.unexpectedLog(detail));
  return new HttpProblem(500, webMessages.unexpected);
}

export async function problemResponse(
  c: Context,
  problem: HttpProblem,
  staticExport: boolean,
): Promise<Response> {
  if (isApiPath(c.req.path)) {
    const body =
      problem.details.length > 0
        ? { error: problem.message, details: problem.details }
        : { error: problem.message };
    return c.json(body, problem.status);
  }
  const view = bareView(c.req.path, staticExport);

  return renderPage(
    c,
    ErrorPage({
      view,
      status: problem.status,
      message: problem.message,
      details: problem.details,
      suggestions: problem.suggestions.map((s) => ({ href: view.links.to(s.path), text: s.text })),
    }),
    problem.status,
  );
}
