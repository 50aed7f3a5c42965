import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../../../../src/node/server/http-problem.js';
import {
  addIdeaBody,
  analysisQuery,
  eraseForm,
  ideaSearchQuery,
  shownVersionBody,
  solutionChangeBodies,
} from '../../../../src/node/server/request/request-schemas.js';
import {
  boundedJson,
  formOf,
  jsonOf,
  queryOf,
  uploadOf,
} from '../../../../src/node/server/request/validate.js';
import { readUpload } from '../../../../src/node/server/upload-body.js';

/** A tiny app that answers what the schema made of the request, or the problem as JSON. */
function echo() {
  const app = new Hono();
  app.onError((error, c) =>
    error instanceof HttpProblem
      ? c.json({ status: error.status, error: error.message, details: error.details }, error.status)
      : c.json({ unexpected: String(error) }, 500),
  );
  app.post('/idea', boundedJson, jsonOf(addIdeaBody), (c) => c.json(c.req.valid('json')));
  app.put('/shown', boundedJson, jsonOf(shownVersionBody), (c) => c.json(c.req.valid('json')));
  app.post('/move', boundedJson, jsonOf(solutionChangeBodies.verplaatsen), (c) =>
    c.json(c.req.valid('json')),
  );
  app.get('/search', queryOf(ideaSearchQuery), (c) => c.json(c.req.valid('query')));
  app.get('/analysis', queryOf(analysisQuery), (c) => c.json(c.req.valid('query') ?? {}));
  app.post('/erase', ...formOf(eraseForm), (c) => c.json(c.req.valid('form')));
  app.post('/upload', ...uploadOf(), async (c) => {
    const { bytes, ...upload } = await readUpload(c);
    return c.json({ ...upload, text: new TextDecoder().decode(bytes) });
  });
  return app;
}

const send = (app: Hono, path: string, body: unknown, method = 'POST') =>
  app.request(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('request validation at the edge', () => {
  it('folds aliases and defaults the reason of an idea body', async () => {
    const response = await send(echo(), '/idea', { text: 'Een idee.', theme: 'werkdruk', kind: null });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ tekst: 'Een idee.', themas: 'werkdruk', soort: null, reden: '' });
  });

  it('answers a field of the wrong type with a Dutch 400 that names the field', async () => {
    const response = await send(echo(), '/idea', { tekst: 12, reden: 'r' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe(
      "Het veld 'tekst' is niet geldig: verwacht een tekst.",
    );
  });

  it('names the first wrong field, counts the others and lists every one as a detail', async () => {
    const response = await send(echo(), '/idea', { tekst: 1, themas: [2], beroep: 3 });
    const body = (await response.json()) as { error: string; details: { column: string; message: string }[] };
    expect(body.error).toBe(
      "Het veld 'tekst' is niet geldig: verwacht een tekst. Nog 2 andere velden zijn niet geldig.",
    );
    expect(body.details.map((d) => d.column)).toEqual(['tekst', 'themas', 'beroep']);
    expect(body.details[1]).toMatchObject({
      message: "Het veld 'themas' is niet geldig: verwacht een tekst of een lijst van teksten.",
    });
  });

  it('keeps the messages a route words itself (a version, a missing field)', async () => {
    const app = echo();
    const bad = await send(app, '/shown', { version: 0 }, 'PUT');
    expect(((await bad.json()) as { error: string }).error).toBe(
      'Versie ‘0’ is geen geldig versienummer (een geheel getal vanaf 1).',
    );
    expect(await (await send(app, '/shown', { version: 2 }, 'PUT')).json()).toEqual({ version: 2 });
    const missing = await send(app, '/move', { thema: 'Werkdruk', naar: null });
    expect(((await missing.json()) as { error: string }).error).toBe(
      "Het veld 'idee' ontbreekt of is geen tekst.",
    );
  });

  it('refuses a body that is no JSON object (400) or not sent as JSON (415)', async () => {
    const app = echo();
    const list = await send(app, '/idea', [1, 2]);
    expect(list.status).toBe(400);
    const plain = await app.request('/idea', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{"tekst":"x"}',
    });
    expect(plain.status).toBe(415);
  });

  it('reads search parameters as the CLI does and names a bad one with what it expected', async () => {
    const app = echo();
    const ok = (await (await app.request('/search?q=werkdruk&soort=Wens&limit=5')).json()) as {
      q: string;
      filters: { soort: string[] };
      limit: number;
    };
    expect(ok).toMatchObject({ q: 'werkdruk', filters: { soort: ['wens'] }, limit: 5 });
    const bad = await app.request('/search?limit=veel');
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: string; details: { column: string; found: string }[] };
    expect(body.error).toContain('limit');
    expect(body.details).toMatchObject([{ column: 'limit', found: 'veel' }]);
  });

  it('reads the dataset version of an analysis query, dataset before versie', async () => {
    const app = echo();
    expect(await (await app.request('/analysis?versie=2&variant=%20drie-themas%20')).json()).toEqual({
      version: 2,
      variant: 'drie-themas',
    });
    expect(await (await app.request('/analysis?dataset=3&versie=2')).json()).toEqual({ version: 3 });
    const bad = await app.request('/analysis?dataset=nul');
    expect(((await bad.json()) as { error: string }).error).toBe(
      'Versie ‘nul’ is geen geldig versienummer (een geheel getal vanaf 1).',
    );
  });

  it('validates a form after reading it, with the route’s own message', async () => {
    const app = echo();
    const form = (fields: Record<string, string>) =>
      app.request('/erase', { method: 'POST', body: new URLSearchParams(fields) });
    expect(await (await form({ zeker: 'ja', idee: ' a-1 ', reason: 'verzoek' })).json()).toEqual({
      zeker: 'ja',
      idee: 'a-1',
      reden: 'verzoek',
    });
    const unconfirmed = await form({ idee: 'a-1' });
    expect(unconfirmed.status).toBe(400);
    expect(((await unconfirmed.json()) as { error: string }).error).toMatch(/definitief wilt wissen/);
  });

  it('reads an upload through its schemas: a form with its file, or the file itself with its name in the query', async () => {
    const app = echo();
    const data = new FormData();
    data.set('file', new File(['a,b\n'], 'golf.csv', { type: 'text/csv' }));
    data.set('voorbeeld', 'ja');
    data.set('token', 'geheim');
    const form = await app.request('/upload', { method: 'POST', body: data });
    expect(await form.json()).toEqual({
      name: 'golf.csv',
      example: true,
      show: true,
      token: 'geheim',
      text: 'a,b\n',
    });
    const file = await app.request('/upload?naam=ideeen.tsv&titel=Bron&tonen=nee', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'x\ty\n',
    });
    expect(await file.json()).toEqual({
      name: 'ideeen.tsv',
      title: 'Bron',
      example: false,
      show: false,
      text: 'x\ty\n',
    });
  });

  it('answers an upload form without a file with a 422 (as an empty file), a broken form with a 400', async () => {
    const app = echo();
    const data = new FormData();
    data.set('titel', 'Geen bestand');
    data.set('bestand', new File([], '', { type: 'application/octet-stream' }));
    const missing = await app.request('/upload', { method: 'POST', body: data });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toEqual({
      status: 422,
      error: 'Kies een bestand om te uploaden (CSV, TSV of xlsx).',
      details: [],
    });
    const broken = await app.request('/upload', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
      body: '--x\r\nkapot',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: string }).error).toMatch(/formulier kon niet worden gelezen/);
  });

  it('refuses an upload body that is neither a form nor a table with a 415, before reading it', async () => {
    const refused = await echo().request('/upload', {
      method: 'POST',
      headers: { 'Content-Type': 'image/png' },
      body: 'png',
    });
    expect(refused.status).toBe(415);
    expect(((await refused.json()) as { error: string }).error).toContain("'image/png'");
  });
});
