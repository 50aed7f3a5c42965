/**
 * "Veelgenoemde oplossingen" over HTTP. `GET /api/ideas/oplossingen?thema=…` answers the public document
 * (the same as `werkbalans ideas oplossingen --json`). With the token: the curator's view
 * (`…/beheer?thema=…`: keys, pinned, proposals, near-duplicates), the changes (`…/hernoemen`,
 * `…/samenvoegen`, `…/splitsen`, `…/verplaatsen`, `…/vastzetten`, `…/losmaken`), their history
 * (`…/geschiedenis?thema=…`) and the decision on a near-duplicate pair (`POST /api/ideas/bijna-dubbel`).
 * Every change needs a reason (`reden`). Registered before the ideas API so `oplossingen` is no idea id.
 */
import { Hono, type Context } from 'hono';
import { solutionsText as t } from '../../../core/text/solutions-text.js';
import { decideNearDuplicate, themeNearDuplicates } from '../../store/solutions-duplicates.js';
import {
  mergeSolutions,
  moveIdea,
  pinSolution,
  renameSolution,
  solutionHistory,
  solutionsDocument,
  splitSolution,
  SolutionError,
  themeSolutions,
  type ThemeSolutions,
} from '../../store/solutions.js';
import { HttpProblem } from '../http-problem.js';
import type { AppServices } from '../services.js';
import { adminOnly } from './api-datasets.js';
import { jsonBody } from './api-ideas.js';

function themeParam(c: Context): string {
  const theme = (c.req.query('thema') ?? '').trim();
  if (!theme) throw new HttpProblem(400, t.themeMissing);
  return theme;
}

async function answer<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SolutionError)
      throw new HttpProblem(
        error.failure === 'unknown-theme' || error.failure === 'unknown-cluster' ? 404 : 400,
        error.message,
      );
    throw error;
  }
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown) =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;

function required<T>(field: string, value: T | undefined): T {
  if (value === undefined) throw new HttpProblem(400, t.fieldMissing(field));
  return value;
}

/** The public solutions of a theme, kept in the ideas cache (cleared by every write through this server). */
export function cachedSolutions(services: AppServices, theme: string): Promise<ThemeSolutions> {
  return services.ideasCache.get(`solutions|${theme}`, () =>
    answer(() => themeSolutions(services.db, theme)),
  );
}

/** Everything a curator needs to decide, for one theme. */
export function curatorView(s: ThemeSolutions) {
  return {
    thema: s.theme,
    ideas: s.ideas,
    clusters: s.clusters.map((c) => ({
      key: c.key,
      label: c.label,
      automaticLabel: c.automaticLabel,
      curated: c.curated,
      pinned: c.pinned,
      count: c.ids.length,
      ids: c.ids,
      quote: c.quote,
      branches: c.branches,
      professions: c.professions,
      professionsNotNamed: c.professionsNotNamed,
      cohesion: Math.round(c.cohesion * 1000) / 1000,
    })),
    unclustered: s.unclustered,
    proposals: s.proposals,
  };
}

export function solutionsApi(services: AppServices): Hono {
  const app = new Hono();
  const { db } = services;
  const admin = adminOnly(services);

  app.get('/api/ideas/oplossingen', async (c) =>
    c.json(solutionsDocument(await cachedSolutions(services, themeParam(c)))),
  );

  app.get('/api/ideas/oplossingen/beheer', admin, async (c) => {
    const theme = themeParam(c);
    const [view, duplicates] = await answer(() =>
      Promise.all([themeSolutions(db, theme), themeNearDuplicates(db, theme)]),
    );
    return c.json({ ...curatorView(view), nearDuplicates: duplicates });
  });

  app.get('/api/ideas/oplossingen/geschiedenis', admin, async (c) => {
    const theme = themeParam(c);
    return c.json({ thema: theme, changes: await solutionHistory(db, theme) });
  });

  const post = (
    path: string,
    work: (body: Record<string, unknown>, theme: string, reason: string) => Promise<ThemeSolutions>,
  ) =>
    app.post(`/api/ideas/oplossingen/${path}`, admin, async (c) => {
      const body = await jsonBody(c);
      const theme = str(body.thema)?.trim();
      if (!theme) throw new HttpProblem(400, t.themeMissing);
      const reason = str(body.reden) ?? str(body.reason) ?? '';
      return c.json(curatorView(await answer(() => work(body, theme, reason))));
    });

  post('hernoemen', (b, theme, reason) =>
    renameSolution(db, theme, required('oplossing', str(b.oplossing)), str(b.omschrijving) ?? '', { reason }),
  );
  post('samenvoegen', (b, theme, reason) => {
    const label = str(b.omschrijving);
    return mergeSolutions(db, theme, strings(b.oplossingen) ?? [], {
      reason,
      ...(label === undefined ? {} : { label }),
    });
  });
  post('splitsen', (b, theme, reason) => {
    const label = str(b.omschrijving);
    return splitSolution(db, theme, required('oplossing', str(b.oplossing)), strings(b.ideeen) ?? [], {
      reason,
      ...(label === undefined ? {} : { label }),
    });
  });
  post('verplaatsen', (b, theme, reason) =>
    moveIdea(
      db,
      theme,
      required('idee', str(b.idee)),
      b.naar === null ? null : required('naar', str(b.naar)),
      { reason },
    ),
  );
  post('vastzetten', (b, theme, reason) =>
    pinSolution(db, theme, required('oplossing', str(b.oplossing)), true, { reason }),
  );
  post('losmaken', (b, theme, reason) =>
    pinSolution(db, theme, required('oplossing', str(b.oplossing)), false, { reason }),
  );

  app.post('/api/ideas/bijna-dubbel', admin, async (c) => {
    const body = await jsonBody(c);
    const decision = str(body.besluit);
    if (decision !== 'behouden' && decision !== 'samenvoegen') throw new HttpProblem(400, t.decisionMissing);
    const keep = str(body.bewaar);
    const result = await answer(() =>
      decideNearDuplicate(
        db,
        { a: required('a', str(body.a)), b: required('b', str(body.b)) },
        {
          status: decision === 'behouden' ? 'kept' : 'merged',
          reason: str(body.reden) ?? '',
          ...(keep === undefined ? {} : { keep }),
        },
      ),
    );
    return c.json(result);
  });

  return app;
}
