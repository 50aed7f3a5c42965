/**
 * Erasure on request over HTTP (token): `POST /api/ideas/<id>/wissen` with `{ "reden": "…" }` erases
 * an idea with its whole history (IdeasStore.erase); `GET /api/wissingen` lists what was erased —
 * id, time, number of versions and the masked reason, never a text.
 */
import { Hono } from 'hono';
import { securityMessages } from '../../../core/text/security-messages.js';
import { CurationError } from '../../store/index.js';
import { HttpProblem } from '../http-problem.js';
import type { AppServices } from '../services.js';
import { adminOnly } from './api-datasets.js';
import { publicChangesAnswer } from '../public-changes-answer.js';
import { ideasMessages } from '../../../core/text/ideas-messages.js';
import { reasonBody } from '../request/request-schemas.js';
import { boundedJson, jsonOf } from '../request/validate.js';

export function erasuresApi(services: AppServices): Hono {
  const app = new Hono();

  app.post('/api/ideas/:id/wissen', adminOnly(services), boundedJson, jsonOf(reasonBody), async (c) => {
    const id = c.req.param('id');
    try {
      const erasure = await services.ideas.erase(id, { reason: c.req.valid('json').reden });
      const { publicChanges, ...erased } = erasure;
      const others = publicChanges ? ideasMessages.publicChanges(publicChanges) : '';
      return c.json({
        message: [securityMessages.erased(erasure.id, erasure.versions), others].filter(Boolean).join(' '),
        erasure: erased,
        ...(publicChanges ? { publicChanges: publicChangesAnswer(publicChanges) } : {}),
      });
    } catch (error) {
      if (error instanceof CurationError)
        throw new HttpProblem(error.failure === 'not-found' ? 404 : 400, error.message);
      throw error;
    }
  });

  app.get('/api/wissingen', adminOnly(services), async (c) =>
    c.json({ erasures: await services.ideas.erasures() }),
  );

  return app;
}
