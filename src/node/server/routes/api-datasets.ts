/**
 * Dataset versions over HTTP. `GET /api/datasets` lists them; `POST /api/datasets` (token) stores an
 * upload as a new version, one per period it holds (`datasets`; `dataset` is the last, now shown); `PUT /api/datasets/shown` (token, `{ "version": n }`) chooses the version
 * the site shows.
 */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { itemAt } from '../../../core/contract/item-at.js';
import { periodLabel } from '../../../core/text/chart-text.js';
import { webMessages } from '../../../core/text/web-messages.js';
import type { DatasetSummary } from '../../store/index.js';
import { bearerToken, requireAdmin } from '../admin-token.js';
import { storeUpload } from '../dataset-upload.js';
import { HttpProblem } from '../http-problem.js';
import { shownVersionBody } from '../request/request-schemas.js';
import { boundedJson, jsonOf, uploadOf } from '../request/validate.js';
import { MULTIPART_SLACK } from '../server-config.js';
import type { AppServices } from '../services.js';
import { readUpload } from '../upload-body.js';

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

/** What an upload answers: its version, or per period its version when it held several. */
export function storedMessage(waves: readonly DatasetSummary[]): string {
  const last = itemAt(waves, waves.length - 1);
  if (waves.length === 1) return webMessages.uploadStored(last.version);
  return webMessages.uploadStoredWaves(
    waves.map((d) => d.version),
    waves.map((d) => periodLabel(d.periods[0] ?? null) ?? webMessages.noPeriod),
  );
}

export function datasetsApi(services: AppServices): Hono {
  const app = new Hono();

  app.get('/api/datasets', async (c) => {
    const [datasets, shown] = await Promise.all([services.datasets.list(), services.datasets.shownVersion()]);
    return c.json({
      shown: shown ?? null,
      datasets: datasets.map((d) => ({ ...d, shown: d.version === shown })),
    });
  });

  app.post('/api/datasets', adminOnly(services), uploadLimit(services), ...uploadOf(), async (c) => {
    const upload = await readUpload(c);
    const waves = await storeUpload(services, upload);
    const shown = itemAt(waves, waves.length - 1);
    return c.json(
      {
        message: storedMessage(waves),
        dataset: { ...shown, shown: true },
        datasets: waves.map((d) => ({ ...d, shown: d.version === shown.version })),
      },
      201,
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
