/**
 * Dataset versions over HTTP. `GET /api/datasets` lists them (`firstShownAt` null: never the shown one
 * itself; `held`: stored for a check and not yet shown, as /beheer says; those only with the token);
 * `POST /api/datasets` (token) stores an upload as a new version (201; the newest version's table again
 * stores nothing: 200, `created` false), one per period it holds (`datasets`; `dataset` is the last,
 * now shown), answering with its data-quality notes in `warnings` and the version shown now in
 * `shown` (as the list), and `publicChanges` when it stored a version: its professions are known labels
 * from then on, so ideas' published values may change (the k = 5 rule), said in `message` too. With `tonen=nee` (query or form field; default `ja`) it is stored for a check first
 * and not shown; `PUT /api/datasets/shown` (token, `{ "version": n }`) then chooses it, as any version.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { periodLabel } from '../../../core/text/chart-text.js';
import { ideasMessages } from '../../../core/text/ideas-messages.js';
import { webMessages } from '../../../core/text/web-messages.js';
import { bearerToken, requireAdmin } from '../admin-token.js';
import { storeUpload, type UploadOutcome } from '../dataset-upload.js';
import { HttpProblem } from '../http-problem.js';
import { listedVersions } from '../page-view.js';
import { shownVersionBody } from '../request/request-schemas.js';
import { boundedJson, jsonOf, uploadOf } from '../request/validate.js';
import { MULTIPART_SLACK } from '../server-config.js';
import type { AppServices } from '../services.js';
import { markPrivate, mayCheck } from '../version-access.js';
import { readUpload } from '../upload-body.js';
import { publicChangesAnswer } from '../public-changes-answer.js';

export function adminOnly(services: AppServices): MiddlewareHandler {
  return async (c, next) => {
    requireAdmin(services.config.adminToken, bearerToken(c.req.header('authorization')));
    await next();
  };
}

/**
 * Stops reading a request body past the upload limit. `answer` turns the 413 into a response (the
 * admin page shows it in its form); by default it goes to the error handler.
 */
export function uploadLimit(
  services: AppServices,
  answer?: (c: Context, problem: HttpProblem) => Response | Promise<Response>,
): MiddlewareHandler {
  return bodyLimit({
    maxSize: services.config.maxUploadBytes + MULTIPART_SLACK,
    onError: (c) => {
      const problem = new HttpProblem(413, webMessages.uploadTooLarge(services.config.maxUploadBytes));
      if (answer) return answer(c, problem);
      throw problem;
    },
  });
}

/**
 * What an upload answers: its outcome, or per period its version when it held several; then what it did
 * to the ideas' published values (its professions are known labels from now on), as every change says.
 */
export function storedMessage(outcome: UploadOutcome): string {
  const others = outcome.publicChanges ? ideasMessages.publicChanges(outcome.publicChanges) : '';
  return others ? `${versionsMessage(outcome)} ${others}` : versionsMessage(outcome);
}

function versionsMessage(outcome: UploadOutcome): string {
  const { dataset, datasets, created, sameFiguresAs, differs, held, shown } = outcome;
  if (datasets.length <= 1)
    return webMessages.uploadOutcome({
      created,
      version: dataset.version,
      example: dataset.example,
      sameFiguresAs,
      differs,
      held,
      shown,
    });
  const versions = datasets.map((d) => d.version);
  const periods = datasets.map((d) => periodLabel(d.periods[0] ?? null) ?? webMessages.noPeriod);
  return created
    ? webMessages.uploadStoredWaves(versions, periods, shown, held)
    : webMessages.uploadWavesUnchanged(versions, periods, shown);
}

export function datasetsApi(services: AppServices): Hono {
  const app = new Hono();

  app.get('/api/datasets', async (c) => {
    const [datasets, shown] = await Promise.all([services.datasets.list(), services.datasets.shownVersion()]);
    // `held`: stored for a check and not yet shown, as /beheer says "nog niet getoond" (page-view.ts).
    // Only the token sees those (version-access.ts); to anyone else they do not exist.
    const listed = new Set(listedVersions(datasets, shown).map((d) => d.version));
    const checking = mayCheck(c, services.config.adminToken);
    if (checking) markPrivate(c);
    return c.json({
      shown: shown ?? null,
      datasets: datasets
        .filter((d) => checking || listed.has(d.version))
        .map((d) => ({ ...d, shown: d.version === shown, held: !listed.has(d.version) })),
    });
  });

  app.post('/api/datasets', adminOnly(services), uploadLimit(services), ...uploadOf(), async (c) => {
    const upload = await readUpload(c);
    const outcome = await storeUpload(services, upload);
    const { dataset, datasets, created, sameFiguresAs, warnings, shown } = outcome;
    return c.json(
      {
        message: storedMessage(outcome),
        created,
        dataset: { ...dataset, shown: dataset.version === shown },
        datasets: datasets.map((d) => ({ ...d, shown: d.version === shown })),
        sameFiguresAs,
        shown,
        warnings,
        // Ideas whose published values the upload changed (its professions are known labels now).
        ...(outcome.publicChanges ? { publicChanges: publicChangesAnswer(outcome.publicChanges) } : {}),
      },
      created ? 201 : 200,
    );
  });

  app.put('/api/datasets/shown', adminOnly(services), boundedJson, jsonOf(shownVersionBody), async (c) => {
    const { version } = c.req.valid('json');
    if (!(await services.datasets.choose(version))) {
      throw new HttpProblem(404, webMessages.unknownVersion(String(version)));
    }
    return c.json({ message: webMessages.versionChosen(version), shown: version });
  });

  return app;
}
