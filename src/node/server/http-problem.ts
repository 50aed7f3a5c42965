/**
 * An answer other than success, as data: an HTTP status and the Dutch message a reader sees, with
 * optional details (the per-row errors of an upload). The one error handler turns it into JSON for the
 * API and into an error page for the site.
 */
export interface ProblemDetail {
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
  readonly found?: string;
  readonly expected?: string;
  readonly message: string;
  /** On a summary line: how many rows with the same fault it stands for (not listed one by one). */
  readonly repeated?: number;
}

/** A way on from a dead end: a page the request may have meant (a site path) and its name. */
export interface ProblemSuggestion {
  readonly path: string;
  readonly text: string;
}

export class HttpProblem extends Error {
  readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503;
  readonly details: readonly ProblemDetail[];
  readonly suggestions: readonly ProblemSuggestion[];
  constructor(
    status: HttpProblem['status'],
    message: string,
    details: readonly ProblemDetail[] = [],
    suggestions: readonly ProblemSuggestion[] = [],
  ) {
    super(message);
    this.name = 'HttpProblem';
    this.status = status;
    this.details = details;
    this.suggestions = suggestions;
  }
}
