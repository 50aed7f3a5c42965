/**
 * `POST /api/export` (token): the static export of the site as one zip file, made by the running
 * server and streamed as it is made (export-archive.ts); `?basis-url=https://…` gives the site's
 * public address for the embed codes. 409 while another export is being made or when there is no
 * dataset yet.
 */
import { Hono } from 'hono';
import { exportArchiveResponse } from '../export-archive.js';
import { exportQuery } from '../request/request-schemas.js';
import { queryOf } from '../request/validate.js';
import type { AppServices } from '../services.js';
import { adminOnly } from './api-datasets.js';

export function exportApi(services: AppServices): Hono {
  const app = new Hono();
  app.post('/api/export', adminOnly(services), queryOf(exportQuery), async (c) =>
    exportArchiveResponse(services, c.req.valid('query')['basis-url']),
  );
  return app;
}
