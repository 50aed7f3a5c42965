/**
 * Hostile requests against the web app (PGlite in memory, `app.request()`): XSS through every text
 * field, upload and query parameter; SQL injection in every parameter; path traversal in the download,
 * embed, figure and asset routes; oversized bodies; wrong content types; missing, wrong, prefix and long
 * tokens; security headers on pages, API, assets and errors. After every attack the store is compared
 * with its state before: nothing may change.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/node/store/database.js';
import { openDatabase } from '../../src/node/store/database.js';
import { MAX_JSON_BYTES } from '../../src/node/server/json-body.js';
import { EXAMPLE_CSV, testApp, TOKEN, upload, type TestApp } from '../node/server/app-fixture.js';

const XSS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'><svg onload=alert(3)>",
  'javascript:alert(4)',
  '</title><script>alert(5)</script>',
  '{{constructor.constructor("alert(6)")()}}',
];
/** Markup that must never come back unescaped in HTML or SVG. */
const LIVE_MARKUP = [/<script>alert/i, /<img src=x/i, /<svg onload/i, /href="javascript:/i];

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE ideas; --",
  '1; DELETE FROM datasets; --',
  "' UNION SELECT id, text FROM idea_history --",
  "x') OR 1=1; UPDATE ideas SET hidden = true; --",
  '$1',
  '\\',
  "%' --",
  '1 AND pg_sleep(3) IS NULL',
];

interface State {
  readonly [table: string]: string;
}

/** A digest of every table a request could change. */
async function stateOf(db: Database): Promise<State> {
  const state: Record<string, string> = {};
  for (const table of [
    'ideas',
    'idea_history',
    'import_batches',
    'idea_words',
    'datasets',
    'dataset_choice',
  ]) {
    const { rows } = await db.query<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, ',' ORDER BY t::text)) AS digest FROM ${table} t`,
    );
    state[table] = `${rows[0]!.n}:${rows[0]!.digest ?? ''}`;
  }
  return state;
}

function expectInert(body: string, where: string): void {
  for (const pattern of LIVE_MARKUP)
    expect(body, `${where} holds live markup ${pattern}`).not.toMatch(pattern);
  // No inline script: every script element loads a file or is a JSON data island.
  for (const tag of body.match(/<script\b[^>]*>/gi) ?? []) {
    expect(tag, where).toMatch(/\bsrc=|type="application\/json"/);
  }
}

function expectSecurityHeaders(response: Response, where: string, embed = false): void {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp, where).toContain("default-src 'none'");
  expect(csp, where).not.toContain('unsafe-inline');
  expect(csp, where).not.toContain('unsafe-eval');
  expect(csp, where).toContain(embed ? 'frame-ancestors *' : "frame-ancestors 'none'");
  expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(response.headers.get('referrer-policy'), where).toBe('no-referrer');
}

describe('hostile requests', () => {
  let t: TestApp;
  let noToken: TestApp;
  let app: TestApp['app'];
  let evilIdeaId: string;

  beforeAll(async () => {
    t = await testApp(await openDatabase({ dataDir: 'memory://' }));
    app = t.app;
    // Legitimate writes carrying hostile text: an idea and a table with hostile profession names.
    const created = await app.request('/api/ideas', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: 'xss-1',
        tekst: `Onze planning ${XSS.join(' ')} moet beter.`,
        themas: ['werkdruk'],
        soort: 'wens',
        branche: 'GGZ',
        provincie: 'Utrecht',
        beroep: XSS[1],
        reden: XSS[0],
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    evilIdeaId = 'xss-1';
    const csv = EXAMPLE_CSV.replaceAll('Huisartsen,', `"${XSS[1]!.replace(/"/g, '""')}",`).replaceAll(
      'Sociaal werkers,',
      `"${XSS[0]}",`,
    );
    expect((await upload(app, csv, `${XSS[2]}.csv`)).status).toBe(201);
    noToken = await testApp(await openDatabase({ dataDir: 'memory://' }), { adminToken: undefined });
  });
  afterAll(async () => {
    await t?.db.close();
    await noToken?.db.close();
  });

  async function pagePaths(): Promise<string[]> {
    const professions = (await (await app.request('/api/professions')).json()) as {
      professions: { slug: string }[];
    };
    const slugs = professions.professions.map((p) => p.slug);
    const downloads = await (await app.request('/downloads')).text();
    const links = [...downloads.matchAll(/href="(\/(?:downloads|embed)\/[^"?#]+)"/g)].map((m) => m[1]!);
    return [
      '/',
      '/beroepen',
      '/ranglijst',
      '/ranglijst/autonomie',
      '/kwadranten',
      '/methode',
      '/downloads',
      '/versies',
      '/vergelijk',
      '/beheer',
      '/ideeen',
      '/ideeen/themas',
      `/ideeen/${evilIdeaId}`,
      `/ideeen?q=${encodeURIComponent('planning')}`,
      ...slugs.map((slug) => `/beroep/${slug}`),
      ...new Set(links),
    ];
  }

  it('returns every hostile text escaped in pages, figures and embeds', async () => {
    const paths = await pagePaths();
    expect(paths.some((p) => p.startsWith('/embed/'))).toBe(true);
    expect(paths.some((p) => p.endsWith('.svg'))).toBe(true);
    let sawEscaped = false;
    for (const path of paths) {
      const response = await app.request(path);
      expect(response.status, path).toBeLessThan(400);
      const type = response.headers.get('content-type') ?? '';
      if (!/html|svg/.test(type)) continue;
      const body = await response.text();
      expectInert(body, path);
      if (body.includes('&lt;script&gt;alert(1)') || body.includes('&lt;img src=x')) sawEscaped = true;
    }
    expect(sawEscaped).toBe(true);
    // The idea page shows the text, escaped.
    const idea = await (await app.request(`/ideeen/${evilIdeaId}`)).text();
    expect(idea).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps JSON answers JSON, so hostile text there is inert', async () => {
    const response = await app.request(`/api/ideas/${evilIdeaId}`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await response.json()) as { text: string }).text).toContain('<script>alert(1)</script>');
  });

  it('answers hostile query parameters and path segments escaped, with normal status codes', async () => {
    const before = await stateOf(t.db);
    for (const payload of XSS) {
      const p = encodeURIComponent(payload);
      for (const path of [
        `/?beroep=${p}`,
        `/beroepen?q=${p}`,
        `/beroep?kies=${p}`,
        `/beroep/${p}`,
        `/ranglijst?component=${p}&beroep=${p}`,
        `/ranglijst/${p}`,
        `/kwadranten?variant=${p}&beroep=${p}`,
        `/ideeen?q=${p}&thema=${p}&branche=${p}&provincie=${p}&soort=${p}&beroep=${p}`,
        `/ideeen/${p}`,
        `/embed/${p}`,
        `/vergelijk?a=${p}&b=${p}`,
        `/versies?versie=${p}`,
        `/beheer?opgeslagen=${p}&getoond=${p}`,
        `/bestaat-niet/${p}`,
      ]) {
        const response = await app.request(path);
        expect(response.status, path).toBeLessThan(500);
        expectSecurityHeaders(response, path, path.startsWith('/embed/'));
        expectInert(await response.text(), path);
      }
    }
    expect(await stateOf(t.db)).toEqual(before);
  });

  it('answers a NUL character anywhere in the address with a Dutch 400 that does not echo it', async () => {
    for (const path of [
      '/beroep/huisartsen?met=%00',
      '/beroep/huisartsen?met=a%00b',
      '/ideeen/themas/%00',
      '/ideeen?q=werk%00druk',
      '/beroepen?q=%00',
      '/api/ideas?q=%00',
      '/api/ideas/oplossingen?thema=%00',
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(400);
      expectSecurityHeaders(response, path);
      const body = await response.text();
      expect(body, path).not.toContain('\u0000');
      expect(body, path).toMatch(/nulteken/);
    }
  });

  it('answers every other control character and DEL in the address with the same 400 (audit 8, finding 8)', async () => {
    const codes = [...Array.from({ length: 32 }, (_, i) => i), 0x7f];
    for (const code of codes) {
      const hex = code.toString(16).padStart(2, '0');
      for (const path of [`/beroep/huisartsen?met=%${hex}%1b`, `/ideeen?q=werk%${hex.toUpperCase()}druk`]) {
        const response = await app.request(path);
        expect(response.status, path).toBe(400);
        const body = await response.text();
        // eslint-disable-next-line no-control-regex
        expect(body, path).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
        expect(body, path).toContain('Het adres bevat een stuurteken');
      }
    }
    // C1 controls (U+0080–U+009F, `%C2%80`–`%C2%9F`) too; a letter from the same UTF-8 block is a search.
    for (const code of [0x80, 0x85, 0x9b, 0x9f]) {
      const path = `/ideeen?q=werk%C2%${code.toString(16).toUpperCase()}druk`;
      const response = await app.request(path);
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).toContain('Het adres bevat een stuurteken');
    }
    expect((await app.request('/ideeen?q=caf%C3%A9%C2%A0werk')).status).toBe(200);
    // A percent sign that encodes no control character is still a plain search.
    expect((await app.request('/ideeen?q=100%25')).status).toBe(200);
  });

  it('treats SQL-injection strings in every parameter as plain values and changes nothing', async () => {
    const before = await stateOf(t.db);
    const allIdeas = ((await (await app.request('/api/ideas')).json()) as { total: number }).total;
    for (const payload of SQL) {
      const p = encodeURIComponent(payload);
      const paths = [
        `/api/ideas?q=${p}`,
        `/api/ideas?thema=${p}`,
        `/api/ideas?branche=${p}`,
        `/api/ideas?provincie=${p}`,
        `/api/ideas?soort=${p}`,
        `/api/ideas?beroep=${p}`,
        `/api/ideas?limit=${p}`,
        `/api/ideas?offset=${p}`,
        `/api/ideas/${p}`,
        `/api/professions/${p}`,
        `/api/analysis?versie=${p}`,
        `/api/analysis?variant=${p}`,
        `/api/professions?dataset=${p}`,
        `/ideeen?q=${p}&thema=${p}`,
        `/ideeen/${p}`,
        `/beroep/${p}`,
        `/beroepen?q=${p}`,
        `/ranglijst/${p}`,
        `/vergelijk?a=${p}&b=${p}`,
        `/embed/${p}`,
      ];
      for (const path of paths) {
        const response = await app.request(path);
        expect([200, 400, 404], `${path} → ${response.status}`).toContain(response.status);
        const body = await response.text();
        expect(body, path).not.toMatch(/syntax error|relation "|\n\s+at .+:\d+:\d+/i);
        if (path.startsWith('/api/ideas?q=') && /\p{L}/u.test(payload) && response.status === 200) {
          expect((JSON.parse(body) as { total: number }).total, path).toBeLessThan(allIdeas);
        }
      }
    }
    // Injection through authorised writes is stored as text, nothing else.
    const edited = await app.request(`/api/ideas/${encodeURIComponent(SQL[1]!)}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tekst: SQL[2], reden: SQL[3] }),
    });
    expect(edited.status).toBe(404);
    expect(await stateOf(t.db)).toEqual(before);
  });

  it('answers path traversal in download, figure, embed and asset routes with 404 and leaks nothing', async () => {
    const secrets = [/"devDependencies"/, /root:x:0:0/, /compilerOptions/, /BEGIN [A-Z ]*PRIVATE KEY/];
    const targets = ['package.json', 'etc/passwd', 'tsconfig.json'];
    const shapes = (t: string) => [
      `../../${t}`,
      `..%2f..%2f${t.replace('/', '%2f')}`,
      `%2e%2e/%2e%2e/${t}`,
      `%2e%2e%2f%2e%2e%2f${t.replace('/', '%2f')}`,
      `%252e%252e%252f${t}`,
      `..%5c..%5c${t}`,
      `....//....//${t}`,
      `..%c0%af..%c0%af${t}`,
      `${t}%00.svg`,
    ];
    for (const prefix of [
      '/downloads/',
      '/downloads/figuren/',
      '/embed/',
      '/assets/',
      '/ideeen/',
      '/beroep/',
    ]) {
      for (const target of targets) {
        for (const shape of shapes(target)) {
          for (const suffix of ['', '.svg', '.png']) {
            const path = `${prefix}${shape}${suffix}`;
            const response = await app.request(`http://localhost${path}`);
            const body = await response.text();
            for (const secret of secrets) expect(body, path).not.toMatch(secret);
            expect([400, 404], `${path} → ${response.status}`).toContain(response.status);
          }
        }
      }
    }
  });

  it('refuses oversized bodies with 413 and a Dutch JSON message', async () => {
    const before = await stateOf(t.db);
    const big = new Uint8Array(t.services.config.maxUploadBytes + 2 * 1024 * 1024).fill(0x41);
    const tooBig = await upload(app, big, 'groot.csv');
    expect(tooBig.status).toBe(413);
    expect(tooBig.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await tooBig.json()) as { error: string }).error).toMatch(/te groot|groter dan|maximaal/i);
    expectSecurityHeaders(tooBig, 'upload 413');
    const bigJson = JSON.stringify({ tekst: 'x'.repeat(2 * 1024 * 1024) });
    const tooBigJson = await app.request('/api/ideas', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${TOKEN}`,
        'Content-Type': 'application/json',
        'Content-Length': String(bigJson.length),
      },
      body: bigJson,
    });
    expect(tooBigJson.status).toBe(413);
    expect(((await tooBigJson.json()) as { error: string }).error).toMatch(/te groot|groter dan|maximaal/i);
    // The same body without a Content-Length (as a chunked upload sends it) is cut off at the limit too.
    const chunked = await app.request('/api/ideas', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(bigJson));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(await stateOf(t.db)).toEqual(before);
  });

  it('bounds the JSON body of every JSON write route, also chunked without a Content-Length', async () => {
    const before = await stateOf(t.db);
    const routes: [string, string][] = [
      ['PUT', '/api/datasets/shown'],
      ['POST', '/api/ideas'],
      ['PATCH', '/api/ideas/bestaat-niet'],
      ['POST', '/api/ideas/bestaat-niet/wissen'],
    ];
    for (const [method, path] of routes) {
      // An endless body: the route must stop reading shortly after the limit.
      let pulled = 0;
      const chunk = new TextEncoder().encode(`{"version":1,"x":"${'x'.repeat(64 * 1024)}`);
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled > 64 * 1024 * 1024) return controller.close();
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      const response = await app.request(path, {
        method,
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: endless,
        duplex: 'half',
      } as RequestInit);
      expect(response.status, `${method} ${path}`).toBe(413);
      expect(((await response.json()) as { error: string }).error).toMatch(/te groot|groter dan|maximaal/i);
      expect(pulled, `${method} ${path} read on`).toBeLessThan(MAX_JSON_BYTES + 4 * chunk.byteLength);
    }
    expect(await stateOf(t.db)).toEqual(before);
  });

  it('reads no chunked body (no Content-Length) before the token is checked; with the token it ends in a 4xx', async () => {
    const before = await stateOf(t.db);
    const chunked = () => {
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
      let sent = 0;
      return new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"tekst":"'));
        },
        pull(controller) {
          if (sent >= 4 * 1024 * 1024) {
            controller.enqueue(new TextEncoder().encode('"}'));
            controller.close();
            return;
          }
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
    };
    for (const authorization of [undefined, `Bearer ${TOKEN}`]) {
      const response = await app.request('/api/ideas', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(authorization ? { Authorization: authorization } : {}),
        },
        body: chunked(),
        duplex: 'half',
      } as RequestInit);
      // Without a token: 401 before reading. With it: refused as too large or too long (never a 5xx).
      expect(authorization ? [400, 413] : [401]).toContain(response.status);
    }
    expect(await stateOf(t.db)).toEqual(before);
  });

  it('refuses wrong content types with 415 or 400 and changes nothing', async () => {
    const before = await stateOf(t.db);
    const auth = { Authorization: `Bearer ${TOKEN}` };
    for (const type of ['image/png', 'application/x-msdownload', 'text/html', 'application/xml']) {
      const response = await app.request('/api/datasets?naam=x.csv', {
        method: 'POST',
        headers: { ...auth, 'Content-Type': type },
        body: EXAMPLE_CSV,
      });
      expect(response.status, type).toBe(415);
      expect(((await response.json()) as { error: string }).error).toBeTruthy();
    }
    for (const [type, body] of [
      ['text/plain', 'tekst=hallo'],
      ['application/x-www-form-urlencoded', 'tekst=hallo'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="tekst"\r\n\r\nhallo\r\n--x--',
      ],
      ['application/json', '[1,2,3]'],
      ['application/json', '{"tekst":'],
    ] as const) {
      const response = await app.request('/api/ideas', {
        method: 'POST',
        headers: { ...auth, 'Content-Type': type },
        body,
      });
      expect([400, 415], `${type} → ${response.status}`).toContain(response.status);
    }
    const shown = await app.request('/api/datasets/shown', {
      method: 'PUT',
      headers: { ...auth, 'Content-Type': 'text/plain' },
      body: 'version=1',
    });
    expect([400, 415]).toContain(shown.status);
    expect(await stateOf(t.db)).toEqual(before);
  });

  it('refuses missing, wrong, prefix, extended and long tokens on every write route, changing nothing', async () => {
    const before = await stateOf(t.db);
    const headersFor: (string | undefined)[] = [
      undefined,
      'Bearer',
      'Bearer ',
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Bearer ${TOKEN.slice(0, 1)}`,
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.toUpperCase()}`,
      `Bearer ${'a'.repeat(100_000)}`,
      `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`,
      TOKEN,
      `Bearer ${TOKEN} ${TOKEN}`,
    ];
    const writes: [string, string, string, string][] = [
      ['POST', '/api/datasets?naam=x.csv', 'text/csv', EXAMPLE_CSV],
      ['PUT', '/api/datasets/shown', 'application/json', '{"version":1}'],
      ['POST', '/api/ideas', 'application/json', '{"tekst":"Nieuw idee van een aanvaller."}'],
      [
        'POST',
        '/api/ideas/import?naam=x.csv',
        'text/csv',
        'id,tekst\naanval-1,Nieuw idee van een aanvaller.\n',
      ],
      ['PATCH', `/api/ideas/${evilIdeaId}`, 'application/json', '{"tekst":"Overschreven."}'],
      ['PUT', `/api/ideas/${evilIdeaId}/themas`, 'application/json', '{"themas":["werkdruk"]}'],
      ['POST', `/api/ideas/${evilIdeaId}/verbergen`, 'application/json', '{"reden":"x"}'],
      ['POST', `/api/ideas/${evilIdeaId}/tonen`, 'application/json', '{}'],
      ['GET', `/api/ideas/${evilIdeaId}/geschiedenis`, '', ''],
    ];
    for (const [method, path, type, body] of writes) {
      for (const authorization of headersFor) {
        const headers: Record<string, string> = {};
        if (type) headers['Content-Type'] = type;
        if (authorization !== undefined) headers.Authorization = authorization;
        const response = await app.request(path, { method, headers, ...(body ? { body } : {}) });
        expect(response.status, `${method} ${path} with ${authorization?.slice(0, 30)}`).toBe(401);
        expectSecurityHeaders(response, `${method} ${path} 401`);
        const answer = (await response.json()) as { error: string };
        expect(answer.error).not.toContain(TOKEN);
      }
      // No token configured: writes are off for everyone (403), even with the test token.
      const off = await noToken.app.request(path, {
        method,
        headers: { ...(type ? { 'Content-Type': type } : {}), Authorization: `Bearer ${TOKEN}` },
        ...(body ? { body } : {}),
      });
      expect(off.status, `${method} ${path} without configured token`).toBe(403);
    }
    // The admin page's form token.
    for (const token of ['', 'fout', TOKEN.slice(0, -1), `${TOKEN} `.repeat(1000)]) {
      const form = new FormData();
      form.set('token', token);
      form.set('bestand', new File([EXAMPLE_CSV], 'x.csv', { type: 'text/csv' }));
      const response = await app.request('/beheer/upload', { method: 'POST', body: form });
      expect([401, 403], `form token '${token.slice(0, 20)}'`).toContain(response.status);
      const ideas = new FormData();
      ideas.set('token', token);
      ideas.set('bestand', new File(['id,tekst\naanval-2,Nieuw idee.\n'], 'x.csv', { type: 'text/csv' }));
      const ideasResponse = await app.request('/beheer/ideeen', { method: 'POST', body: ideas });
      expect([401, 403], `ideas form token '${token.slice(0, 20)}'`).toContain(ideasResponse.status);
      const choose = new FormData();
      choose.set('token', token);
      choose.set('versie', '1');
      expect([400, 401, 403]).toContain(
        (await app.request('/beheer/tonen', { method: 'POST', body: choose })).status,
      );
    }
    expect(await stateOf(t.db)).toEqual(before);
  });

  it('compares tokens in constant time on digests (crypto.timingSafeEqual), nowhere with ===', () => {
    // The comparison lives in token-compare.ts (the write guard and version-access.ts both use it).
    const source = readFileSync(new URL('../../src/node/server/token-compare.ts', import.meta.url), 'utf8');
    expect(source).toMatch(/import \{[^}]*timingSafeEqual[^}]*\} from 'node:crypto'/);
    expect(source).toMatch(/timingSafeEqual\(digest\(configured\), digest\(given\)\)/);
    expect(source).not.toMatch(/configured\s*[!=]==?\s*given|given\s*[!=]==?\s*configured/);
    for (const file of [
      'admin-token.ts',
      'version-access.ts',
      'routes/api-datasets.ts',
      'routes/api-ideas.ts',
      'routes/pages-admin.tsx',
    ]) {
      const route = readFileSync(new URL(`../../src/node/server/${file}`, import.meta.url), 'utf8');
      expect(route, file).not.toMatch(/adminToken\s*[!=]==?\s*(?!undefined)\w/);
    }
  });

  it('sends the security headers on pages, embeds, API, assets, downloads and errors', async () => {
    const paths = [
      '/',
      '/beroepen',
      '/ideeen',
      '/api/ideas',
      '/api/datasets',
      '/api/bestaat-niet',
      '/bestaat-niet',
      '/assets/favicon.svg',
      '/downloads/analyse.csv',
      '/downloads/analyse.json',
      '/api/analysis?versie=99',
    ];
    for (const path of paths) expectSecurityHeaders(await app.request(path), path);
    const embed = (await pagePaths()).find((p) => p.startsWith('/embed/'))!;
    const framed = await app.request(embed);
    expectSecurityHeaders(framed, embed, true);
    expect((await app.request('/')).headers.get('x-frame-options')).toBe('DENY');
    const unauthorised = await app.request('/api/ideas', { method: 'POST', body: '{}' });
    expectSecurityHeaders(unauthorised, 'POST /api/ideas 401');
  });
});
