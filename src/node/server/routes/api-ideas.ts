/**
 * The ideas databank over HTTP. `GET /api/ideas` answers the contract's search document (the same
 * function as `werkbalans ideas search --json`); `GET /api/ideas/<id>` one public idea. Curation needs
 * the token: add (`POST /api/ideas`), edit (`PATCH /api/ideas/<id>`), hide and show again
 * (`POST /api/ideas/<id>/verbergen`, `…/tonen`), re-theme (`PUT /api/ideas/<id>/themas`), and the history
 * (`GET /api/ideas/<id>/geschiedenis`). Every change needs a reason (`reden`), kept with the change.
 * `POST /api/ideas/maskeren` runs today's masker over every stored idea (`droog: true`: only report).
 */
import { Hono } from 'hono';
import type { PublicChanges } from '../../../core/ideas/public-changes.js';
import { ideasMessages } from '../../../core/text/ideas-messages.js';
import { solutionsText } from '../../../core/text/solutions-text.js';
import { webMessages } from '../../../core/text/web-messages.js';
import { CurationError, type IdeaInput, type StoredIdea } from '../../store/index.js';
import { publicSearch } from '../ideas-browse.js';
import { storeExampleIdeas } from '../example-ideas.js';
import { ideasNotice } from '../../../core/text/labels.js';
import { importUploadedIdeas } from '../ideas-upload.js';
import { HttpProblem } from '../http-problem.js';
import { publicChangesAnswer } from '../public-changes-answer.js';
import {
  addIdeaBody,
  editIdeaBody,
  ideaSearchQuery,
  labelDecisionBody,
  reasonBody,
  remaskBody,
  rethemeBody,
} from '../request/request-schemas.js';
import { boundedJson, jsonOf, queryOf, uploadOf } from '../request/validate.js';
import { readUpload } from '../upload-body.js';
import type { AppServices } from '../services.js';
import { adminOnly, uploadLimit } from './api-datasets.js';

/** What a public view shows of an idea: its published values (k-anonymity, vetted labels). */
export function publicIdea(idea: StoredIdea) {
  return {
    id: idea.id,
    text: idea.text,
    themes: idea.publicThemes,
    kind: idea.kind,
    branch: idea.publicBranch,
    province: idea.publicProvince,
    profession: idea.publicProfession,
  };
}

/** Runs a curation change; its failures become Dutch HTTP problems (404, 409, 400). */
export async function curate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CurationError) {
      const status = error.failure === 'not-found' ? 404 : error.failure === 'exists' ? 409 : 400;
      throw new HttpProblem(status, error.message);
    }
    throw error;
  }
}

function curationAnswer(result: {
  idea: StoredIdea;
  changed: boolean;
  warnings: readonly { message: string }[];
  publicChanges?: PublicChanges;
}) {
  return {
    idea: { ...publicIdea(result.idea), hidden: result.idea.hidden, version: result.idea.version },
    changed: result.changed,
    warnings: result.warnings.map((w) => w.message),
    ...(result.publicChanges ? { publicChanges: publicChangesAnswer(result.publicChanges) } : {}),
  };
}

export function ideasApi(services: AppServices): Hono {
  const app = new Hono();
  const { ideas } = services;

  // The contract's search document, and beside it `notice` as every JSON answer of example data has.
  app.get('/api/ideas', queryOf(ideaSearchQuery), async (c) => {
    const [result, example] = await Promise.all([
      publicSearch(services, c.req.valid('query')),
      storeExampleIdeas(services),
    ]);
    return c.json({ ...result, notice: ideasNotice(example) });
  });

  app.post('/api/ideas', adminOnly(services), boundedJson, jsonOf(addIdeaBody), async (c) => {
    const body = c.req.valid('json');
    const input: IdeaInput = {
      id: body.id,
      text: body.tekst ?? '',
      themes: body.themas,
      kind: body.soort,
      branch: body.branche,
      province: body.provincie,
      profession: body.beroep,
    };
    const result = await curate(() => ideas.add(input, { reason: body.reden }));
    return c.json(curationAnswer(result), 201);
  });

  // A whole file of ideas, as `werkbalans ideas import` takes it: atomic (every row error refuses the
  // file, nothing written), idempotent, personal data masked. Multipart (field `bestand`) or the file
  // itself as the body (`?naam=ideeen.csv` or Content-Type gives the format); `voorbeeld=ja` marks
  // constructed example data.
  app.post('/api/ideas/import', adminOnly(services), uploadLimit(services), ...uploadOf(), async (c) => {
    const result = await importUploadedIdeas(services, await readUpload(c));
    return c.json(
      {
        message: [
          ideasMessages.importSummary(result.added, result.updated, result.unchanged, result.refused),
          solutionsText.importDropped(result.droppedCuration),
          ideasMessages.publicChanges(result.publicChanges),
        ]
          .filter(Boolean)
          .join(' '),
        file: result.file,
        format: result.format,
        rows: result.rows,
        added: result.added,
        updated: result.updated,
        unchanged: result.unchanged,
        refused: result.refused,
        warnings: result.warnings.map((w) => ({
          code: w.code,
          row: w.row,
          column: w.column,
          message: w.message,
        })),
        masked: result.masked.map((m) => ({ row: m.row, id: m.id, kinds: m.kinds, count: m.count })),
        nearDuplicates: result.nearDuplicates,
        // Per theme whose ideas the import changed: the unpinned curation of its solutions that went.
        droppedCuration: result.droppedCuration,
        // Ideas not in the file whose published values changed (the k = 5 rule), and why.
        publicChanges: publicChangesAnswer(result.publicChanges),
      },
      201,
    );
  });

  // Today's masker over every stored idea (the masker improved): one transaction, each changed idea's
  // earlier version in its history with the reason, every history version masked too; `droog` only lists what would change. Token only:
  // the answer names hidden ideas.
  app.post('/api/ideas/maskeren', adminOnly(services), boundedJson, jsonOf(remaskBody), async (c) => {
    const body = c.req.valid('json');
    const reason = body.reden.trim();
    const result = await ideas.remask({ dryRun: body.droog, ...(reason ? { reason } : {}) });
    const { publicChanges, ...rest } = result;
    const message = [
      result.changes.length === 0
        ? ideasMessages.remaskNone(result.checked)
        : ideasMessages.remaskSummary(result.changes.length, result.checked, result.dryRun),
      ideasMessages.remaskHistory(result.history.versions, result.history.ideas, result.dryRun),
      publicChanges ? ideasMessages.publicChanges(publicChanges) : '',
    ]
      .filter(Boolean)
      .join(' ');
    // Ideas outside the run whose published values changed (the k = 5 rule), as every other change says.
    return c.json({
      message,
      ...rest,
      ...(publicChanges ? { publicChanges: publicChangesAnswer(publicChanges) } : {}),
    });
  });

  // Unknown labels (held back from every public view) and a curator's decision on one: map it to a
  // known label or accept it. Token only: an unknown label may hold a name.
  app.get('/api/ideas/labels', adminOnly(services), async (c) =>
    c.json({ unknown: await ideas.unknownLabels(), decisions: await ideas.labelDecisions() }),
  );

  app.post('/api/ideas/labels', adminOnly(services), boundedJson, jsonOf(labelDecisionBody), async (c) => {
    const decision = c.req.valid('json');
    const outcome = await curate(() => ideas.decideLabel(decision));
    return c.json(outcome);
  });

  app.get('/api/ideas/:id', async (c) => {
    const idea = await ideas.publicIdea(c.req.param('id'));
    if (!idea) throw new HttpProblem(404, webMessages.unknownIdea(c.req.param('id')));
    const { snippet: _snippet, ...rest } = idea;
    const example = await ideas.isExample(idea.id);
    return c.json({ ...rest, notice: ideasNotice(example ? 'all' : 'none') });
  });

  app.get('/api/ideas/:id/geschiedenis', adminOnly(services), async (c) => {
    const history = await ideas.history(c.req.param('id'));
    if (history.length === 0) throw new HttpProblem(404, webMessages.unknownIdea(c.req.param('id')));
    return c.json({ id: c.req.param('id'), versions: history });
  });

  app.patch('/api/ideas/:id', adminOnly(services), boundedJson, jsonOf(editIdeaBody), async (c) => {
    const body = c.req.valid('json');
    const changes: Partial<Omit<IdeaInput, 'id'>> = {};
    const set = <K extends keyof typeof changes>(key: K, value: (typeof changes)[K] | undefined) => {
      if (value !== undefined) changes[key] = value;
    };
    set('text', body.tekst);
    set('themes', body.themas);
    set('kind', body.soort);
    set('branch', body.branche);
    set('province', body.provincie);
    set('profession', body.beroep);
    const result = await curate(() => ideas.edit(c.req.param('id'), changes, { reason: body.reden }));
    return c.json(curationAnswer(result));
  });

  app.put('/api/ideas/:id/themas', adminOnly(services), boundedJson, jsonOf(rethemeBody), async (c) => {
    const body = c.req.valid('json');
    const result = await curate(() => ideas.retheme(c.req.param('id'), body.themas, { reason: body.reden }));
    return c.json(curationAnswer(result));
  });

  for (const [path, hidden] of [
    ['verbergen', true],
    ['tonen', false],
  ] as const) {
    app.post(`/api/ideas/:id/${path}`, adminOnly(services), boundedJson, jsonOf(reasonBody), async (c) => {
      const reason = c.req.valid('json').reden;
      const id = c.req.param('id');
      const result = await curate(() => (hidden ? ideas.hide(id, { reason }) : ideas.unhide(id, { reason })));
      return c.json(curationAnswer(result));
    });
  }

  return app;
}
