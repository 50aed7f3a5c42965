/**
 * `GET /api/analysis?dataset=<version>&variant=<id>`: the data contract's JSON document with its extras
 * (dataset, method, standardised indices, spreads, sensitivity, warnings) and the dataset version.
 * `GET /api/professions/<slug>`: one profession — its result, its weakest components, the bridge to
 * the ideas (clearly and possibly weak components, the ideas that address them) — or, when it
 * is not classified, which components it misses, its components against the medians and its bridge
 * (by the components it has, or the ideas from and about it: bridge-ideas.ts). Numbers at the
 * analysis' output precision (output-precision.ts), as in the contract's document.
 */
import { Hono } from 'hono';
import { outputDocument } from '../../../core/analysis/output-precision.js';
import { componentGaps, weakestComponents } from '../../../core/analysis/weakest-components.js';
import { bridgeDocument, profileBridge } from '../bridge-ideas.js';
import { webMessages } from '../../../core/text/web-messages.js';
import { requestedAnalysis } from '../dataset-choice.js';
import { HttpProblem } from '../http-problem.js';
import { analysisQuery } from '../request/request-schemas.js';
import { queryOf } from '../request/validate.js';
import type { AppServices } from '../services.js';

/** The cached contract JSON with the dataset version appended as a last field. */
export function withVersion(json: string, version: number): string {
  return `${json.replace(/\n}\n?$/, '')},\n  "datasetVersion": ${version}\n}\n`;
}

export function analysisApi(services: AppServices): Hono {
  const app = new Hono();
  const query = queryOf(analysisQuery);

  app.get('/api/analysis', query, async (c) => {
    const analysis = await requestedAnalysis(c, services, c.req.valid('query'));
    return c.body(withVersion(analysis.json, analysis.dataset.version), 200, {
      'Content-Type': 'application/json; charset=utf-8',
    });
  });

  app.get('/api/professions', query, async (c) => {
    const { result, dataset } = await requestedAnalysis(c, services, c.req.valid('query'));
    return c.json({
      datasetVersion: dataset.version,
      professions: result.professions.map((p) => ({
        name: p.name,
        slug: p.slug,
        classified: true,
        quadrant: p.quadrant,
      })),
      unclassified: result.unclassified.map((p) => ({
        name: p.name,
        slug: p.slug,
        classified: false,
        missing: p.missing,
      })),
      notice: result.dataset.label,
    });
  });

  app.get('/api/professions/:slug', query, async (c) => {
    const { result, dataset } = await requestedAnalysis(c, services, c.req.valid('query'));
    const slug = c.req.param('slug');
    const profession = result.professions.find((p) => p.slug === slug);
    if (profession) {
      const document = {
        datasetVersion: dataset.version,
        variant: result.method.variant.id,
        classified: true,
        medians: result.medians,
        profession,
        components: componentGaps(result, profession),
        weakest: weakestComponents(result, profession),
        bridge: bridgeDocument(await profileBridge(services, result, profession)),
        notice: result.dataset.label,
      };
      return c.json(outputDocument(document));
    }
    const unclassified = result.unclassified.find((p) => p.slug === slug);
    if (unclassified) {
      const document = {
        datasetVersion: dataset.version,
        variant: result.method.variant.id,
        classified: false,
        profession: unclassified,
        components: componentGaps(result, unclassified),
        bridge: bridgeDocument(await profileBridge(services, result, unclassified)),
        notice: result.dataset.label,
      };
      return c.json(outputDocument(document));
    }
    throw new HttpProblem(404, webMessages.unknownProfession(slug));
  });

  return app;
}
