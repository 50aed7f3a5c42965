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
}

export class HttpProblem extends Error {
  readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503;
  readonly details: readonly ProblemDetail[];
  constructor(status: HttpProblem['status'], message: string, details: readonly ProblemDetail[] = []) {
    super(message);
    this.name = 'HttpProblem';
    this.status = status;
    this.details = details;
  }
}
