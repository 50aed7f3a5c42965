/**
 * "Veelgenoemde oplossingen" over HTTP. `GET /api/ideas/oplossingen?thema=…` answers the public document
 * (the same as `werkbalans ideas oplossingen --json`). With the token: the curator's view
 * (`…/beheer?thema=…`: keys, pinned, proposals, near-duplicates), the changes (`…/hernoemen`,
 * `…/samenvoegen`, `…/splitsen`, `…/verplaatsen`, `…/vastzetten`, `…/losmaken`, `…/afwijzen`: an idea
 * proposed for a pinned solution is not in it; `…/voorstellen`: several proposals for one solution taken
 * in or declined at once; each answers the curator's view with `notes`), their history
 * (`…/geschiedenis?thema=…`) and the decision on a near-duplicate pair (`POST /api/ideas/bijna-dubbel`)
 * or group (`POST /api/ideas/bijna-dubbel/groep`: keeping one hides only its near-duplicates, as the
 * curators' page does; `…/beheer` names per group what keeping each idea hides). A merge that hides
 * ideas answers `publicChanges` and says it in `message`, as every hide does.
 * Every change needs a reason (`reden`). Registered before the ideas API so `oplossingen` is no idea id.
 */
import { Hono } from 'hono';
import type { z } from 'zod';
import { keepChoices, nearDuplicateGroups } from '../../../core/ideas/clusters/near-duplicate-groups.js';
import { ideasMessages } from '../../../core/text/ideas-messages.js';
import { nearDuplicateGroupText } from '../../../core/text/near-duplicate-group-text.js';
import { solutionsAdminText } from '../../../core/text/solutions-admin-text.js';
import { solutionsText } from '../../../core/text/solutions-text.js';
import {
  MIN_PUBLISHED,
  solutionsDocument,
  SolutionError,
  type ChangeReport,
  type ChangedSolutions,
  type FlaggedPair,
  type ThemeSolutions,
} from '../../store/index.js';
import { HttpProblem } from '../http-problem.js';
import type { AppServices } from '../services.js';
import { adminOnly } from './api-datasets.js';
import { publicChangesAnswer } from '../public-changes-answer.js';
import {
  nearDuplicateBody,
  nearDuplicateGroupBody,
  solutionChangeBodies,
  themeQuery,
} from '../request/request-schemas.js';
import { boundedJson, jsonOf, queryOf } from '../request/validate.js';

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

/**
 * The Dutch notes on a change, for its answer (API and form): a stale key resolved, that it lasts only
 * until the next import of ideas in the theme unless pinned, and a solution left too small for readers.
 */
export function changeNotes(report: ChangeReport): string[] {
  return [
    ...Object.entries(report.resolvedKeys).map(([key, now]) =>
      solutionsText.resolvedKey(key, now.label, now.key),
    ),
    ...(report.untilImport === false ? [] : [solutionsText.untilImport[report.untilImport]]),
    ...report.unpublished.map((label) => solutionsText.unpublished(label, MIN_PUBLISHED)),
    ...(report.alsoMoved.length === 0 ? [] : [solutionsText.alsoMoved(report.alsoMoved.map((m) => m.id))]),
  ];
}

/** The public solutions of a theme, kept in the ideas cache (cleared by every write through this server). */
export function cachedSolutions(services: AppServices, theme: string): Promise<ThemeSolutions> {
  return services.ideasCache.get(`solutions|${theme}`, () => answer(() => services.solutions.ofTheme(theme)));
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

/**
 * The open near-duplicate pairs as the groups the curators' page shows, each with what keeping one of
 * its ideas does (`keepOne`: the ideas it hides, and those that stay undecided, being no near-duplicate
 * of it): what `POST /api/ideas/bijna-dubbel/groep` then does.
 */
export function duplicateGroupsView(pairs: readonly FlaggedPair[]) {
  return nearDuplicateGroups(pairs.filter((p) => p.status === 'open')).map((group) => ({
    ids: group.ids,
    similarity: Math.round(group.similarity * 1000) / 1000,
    keepOne: Object.fromEntries(
      [...keepChoices(group.ids, pairs)].map(([id, k]) => [id, { hide: k.hide, open: k.open }]),
    ),
  }));
}

export function solutionsApi(services: AppServices): Hono {
  const app = new Hono();
  const { solutions } = services;
  const admin = adminOnly(services);

  const theme = queryOf(themeQuery);

  app.get('/api/ideas/oplossingen', theme, async (c) =>
    c.json(solutionsDocument(await cachedSolutions(services, c.req.valid('query').thema))),
  );

  app.get('/api/ideas/oplossingen/beheer', admin, theme, async (c) => {
    const { thema } = c.req.valid('query');
    const [view, duplicates] = await answer(() =>
      Promise.all([solutions.forCurators(thema), solutions.nearDuplicates(thema)]),
    );
    return c.json({
      ...curatorView(view),
      nearDuplicates: duplicates,
      nearDuplicateGroups: duplicateGroupsView(duplicates),
    });
  });

  app.get('/api/ideas/oplossingen/geschiedenis', admin, theme, async (c) => {
    const { thema } = c.req.valid('query');
    return c.json({ thema, changes: await solutions.history(thema) });
  });

  type Bodies = typeof solutionChangeBodies;
  const post = <P extends keyof Bodies>(
    path: P,
    work: (body: z.output<Bodies[P]>) => Promise<ChangedSolutions>,
  ) =>
    app.post(
      `/api/ideas/oplossingen/${path}`,
      admin,
      boundedJson,
      jsonOf(solutionChangeBodies[path]),
      async (c) => {
        const changed = await answer(() => work(c.req.valid('json') as z.output<Bodies[P]>));
        return c.json({
          ...curatorView(changed),
          notes: changeNotes(changed.change),
          untilNextImport: changed.change.untilImport !== false,
          resolvedKeys: Object.fromEntries(
            Object.entries(changed.change.resolvedKeys).map(([key, now]) => [key, now.key]),
          ),
        });
      },
    );

  const label = (omschrijving: string | undefined) =>
    omschrijving === undefined ? {} : { label: omschrijving };
  post('hernoemen', (b) => solutions.rename(b.thema, b.oplossing, b.omschrijving, { reason: b.reden }));
  post('samenvoegen', (b) =>
    solutions.merge(b.thema, b.oplossingen, { reason: b.reden, ...label(b.omschrijving) }),
  );
  post('splitsen', (b) =>
    solutions.split(b.thema, b.oplossing, b.ideeen, { reason: b.reden, ...label(b.omschrijving) }),
  );
  post('verplaatsen', (b) => solutions.move(b.thema, b.idee, b.naar, { reason: b.reden }));
  post('vastzetten', (b) => solutions.pin(b.thema, b.oplossing, true, { reason: b.reden }));
  post('losmaken', (b) => solutions.pin(b.thema, b.oplossing, false, { reason: b.reden }));
  post('afwijzen', (b) => solutions.decline(b.thema, b.idee, b.oplossing, { reason: b.reden }));
  post('voorstellen', (b) =>
    solutions.decideProposals(b.thema, b.oplossing, b.ideeen, b.besluit === 'toevoegen', { reason: b.reden }),
  );

  app.post('/api/ideas/bijna-dubbel', admin, boundedJson, jsonOf(nearDuplicateBody), async (c) => {
    const body = c.req.valid('json');
    const result = await answer(() =>
      solutions.decideNearDuplicate(
        { a: body.a, b: body.b },
        {
          status: body.besluit === 'behouden' ? 'kept' : 'merged',
          reason: body.reden,
          ...(body.bewaar === undefined ? {} : { keep: body.bewaar }),
        },
      ),
    );
    if (result.hidden === undefined || result.keep === undefined) return c.json(result);
    // A merge hides an idea: what that did to other ideas' published values (the k = 5 rule), as every hide.
    const { publicChanges, ...decided } = result;
    return c.json({
      ...decided,
      message: [
        solutionsText.mergedHidden(result.hidden, result.keep),
        publicChanges ? ideasMessages.publicChanges(publicChanges) : '',
      ]
        .filter(Boolean)
        .join(' '),
      ...(publicChanges ? { publicChanges: publicChangesAnswer(publicChanges) } : {}),
    });
  });

  app.post('/api/ideas/bijna-dubbel/groep', admin, boundedJson, jsonOf(nearDuplicateGroupBody), async (c) => {
    const body = c.req.valid('json');
    if (body.besluit === 'samenvoegen' && !body.bewaar?.trim())
      throw new HttpProblem(400, nearDuplicateGroupText.keepMissing);
    const outcome = await answer(() =>
      solutions.decideNearDuplicateGroup(body.thema, body.ideeen, {
        keep: body.besluit === 'behouden' ? null : (body.bewaar?.trim() ?? null),
        reason: body.reden,
      }),
    );
    const { publicChanges, ...decided } = outcome;
    return c.json({
      ...decided,
      message: [
        solutionsAdminText.groupDone(outcome.hidden, outcome.kept, outcome.open),
        publicChanges ? ideasMessages.publicChanges(publicChanges) : '',
      ]
        .filter(Boolean)
        .join(' '),
      ...(publicChanges ? { publicChanges: publicChangesAnswer(publicChanges) } : {}),
    });
  });

  return app;
}
