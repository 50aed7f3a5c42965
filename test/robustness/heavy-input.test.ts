/**
 * Heavy input: a header of millions of columns is refused in one linear pass with a Dutch error naming
 * file, row and column; the README's file limits (20 MB, 200 000 rows; uploads 10 MB, 100 000 rows)
 * hold for the ideas importer on the command line and over the API; uploads over 1 MB are read in a
 * worker thread while the server goes on answering readers (shown by the order of events).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputErrors } from '../../src/core/contract/input-error.js';
import type { CliEffects } from '../../src/node/cli/effects.js';
import { runCli } from '../../src/node/cli/main.js';
import { columnName, widestOver } from '../../src/node/import/column-cap.js';
import { readIdeasBytes } from '../../src/node/import/ideas-read.js';
import { MAX_COLUMNS, MAX_DATA_ROWS, MAX_FILE_BYTES } from '../../src/node/import/limits.js';
import { importSurveyBytes } from '../../src/node/import/survey-bytes.js';
import { packagePath } from '../../src/node/package-root.js';
import { openDatabase } from '../../src/node/store/database.js';
import { testApp, TOKEN, type TestApp } from '../node/server/app-fixture.js';

const MILLION_COLUMNS = `${'kolom,'.repeat(1_500_000)}tekst\nx\n`;

async function inputErrorsOf(work: Promise<unknown>): Promise<string[]> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputErrors);
  return (error as InputErrors).errors.map((e) => e.message);
}

describe('column cap', () => {
  it('finds the first record over the cap in one pass, quotes honoured', () => {
    expect(widestOver('a,b,c\n1,2,3\n', ',', 3)).toBeUndefined();
    expect(widestOver('a,b,c\n1,2,3,4\n5\n', ',', 3)).toEqual({ row: 2, cells: 4 });
    expect(widestOver('"a,b,c,d",e\n', ',', 3)).toBeUndefined();
    expect(widestOver('a\n"x\ny",1,2,3\n', ',', 3)).toEqual({ row: 2, cells: 4 });
    expect(widestOver(MILLION_COLUMNS, ',')).toEqual({ row: 1, cells: 1_500_001 });
    expect([1, 26, 27, 1001, 16_384].map(columnName)).toEqual(['A', 'Z', 'AA', 'ALM', 'XFD']);
  });

  it('refuses a CSV with 1,5 million header columns, naming file, row and column', async () => {
    const bytes = new TextEncoder().encode(MILLION_COLUMNS);
    const expected = `breed.csv, rij 1, kolom ${columnName(MAX_COLUMNS + 1)}: te veel kolommen. Gevonden: 1.500.001 kolommen; verwacht: hoogstens 1.000.`;
    expect(await inputErrorsOf(readIdeasBytes('breed.csv', bytes))).toEqual([expected]);
    expect(await inputErrorsOf(importSurveyBytes('breed.csv', bytes))).toEqual([expected]);
  });

  it('refuses a JSON file of ideas with more than 1 000 different keys', async () => {
    const item = Object.fromEntries(Array.from({ length: 1_200 }, (_, i) => [`k${i}`, 'x']));
    const bytes = new TextEncoder().encode(JSON.stringify([{ tekst: 'een idee' }, item]));
    const [message] = await inputErrorsOf(readIdeasBytes('sleutels.json', bytes));
    expect(message).toMatch(/^sleutels\.json, element 2, kolom 'k\d+': te veel verschillende kolommen/);
  });
});

describe('file limits of the ideas importer', () => {
  const work = mkdtempSync(join(tmpdir(), 'werkbalans-heavy-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('refuses files over 20 MB and over 200 000 rows', async () => {
    const large = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    expect(await inputErrorsOf(readIdeasBytes('groot.csv', large))).toEqual([
      'groot.csv: het bestand is te groot. Gevonden: 21 MB; verwacht: hoogstens 20 MB.',
    ]);
    const rows = `tekst\n${'Een idee.\n'.repeat(MAX_DATA_ROWS + 1)}`;
    expect(await inputErrorsOf(readIdeasBytes('lang.csv', new TextEncoder().encode(rows)))).toEqual([
      'lang.csv: het bestand heeft te veel rijen met ideeën. Gevonden: 200.001; verwacht: hoogstens 200.000.',
    ]);
    const json = JSON.stringify(Array.from({ length: MAX_DATA_ROWS + 1 }, () => ({ tekst: 'x' })));
    expect((await inputErrorsOf(readIdeasBytes('lang.json', new TextEncoder().encode(json))))[0]).toMatch(
      /te veel rijen met ideeën/,
    );
  });

  it('says so on the command line (exit status 1) without reading a file over the limit', async () => {
    const file = join(work, 'groot.csv');
    writeFileSync(file, Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    const err: string[] = [];
    const fx: CliEffects = {
      stdout: () => {},
      stderr: (t) => err.push(t),
      stderrIsTTY: false,
      env: {},
      cwd: work,
    };
    expect(await runCli(['ideas', 'import', file, '--data', 'memory://'], fx)).toBe(1);
    expect(err.join('')).toContain('het bestand is te groot. Gevonden: 21 MB; verwacht: hoogstens 20 MB.');
  });
});

describe('uploads over 1 MB in a worker thread', () => {
  const worker = pathToFileURL(packagePath('dist', 'src', 'node', 'import', 'parse-worker.js'));
  let t: TestApp;
  let onWorker: (() => void) | undefined;
  let workers = 0;

  beforeAll(async () => {
    if (!existsSync(worker))
      execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: packagePath() });
    t = await testApp(await openDatabase({ dataDir: 'memory://' }), {
      adminToken: TOKEN,
      parseWorker: worker,
      onParseWorker: () => {
        workers++;
        onWorker?.();
      },
    });
  });
  afterAll(async () => {
    await t?.db.close();
  });

  const post = (name: string, body: string) =>
    t.app.request(`/api/ideas/import?naam=${name}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/csv' },
      body,
    });

  it('answers readers while a worker reads a large upload', async () => {
    const csv = `id,tekst,thema\n${Array.from(
      { length: 20_000 },
      (_, i) => `groot-${i},Idee nummer ${i} over minder registreren en betere roosters,Werkdruk`,
    ).join('\n')}\n`;
    expect(csv.length).toBeGreaterThan(1024 * 1024);
    const events: string[] = [];
    let reader: Promise<void> | undefined;
    onWorker = () => {
      reader = Promise.resolve(t.app.request('/api/datasets')).then((r) => {
        events.push(`lezer ${r.status}`);
      });
    };
    const upload = await post('groot.csv', csv);
    events.push(`upload ${upload.status}`);
    await reader;
    onWorker = undefined;
    expect(workers).toBeGreaterThanOrEqual(1);
    // The reader was answered while the upload was still being read and written.
    expect(events).toEqual(['lezer 200', 'upload 201']);
    expect(((await upload.json()) as { added: number }).added).toBe(20_000);
  });

  it('refuses a large upload with a million columns from the worker, naming file, row and column', async () => {
    const before = workers;
    const response = await post('breed.csv', MILLION_COLUMNS);
    expect(workers).toBe(before + 1);
    expect(response.status).toBe(422);
    const { details } = (await response.json()) as {
      details: { row: number; column: string; message: string }[];
    };
    expect(details).toHaveLength(1);
    expect(details[0]).toMatchObject({ row: 1, column: 'ALM' });
    expect(details[0]?.message).toContain('te veel kolommen');
  });

  it('holds the upload limit of 100 000 rows', async () => {
    const csv = `tekst\n${Array.from({ length: 100_001 }, (_, i) => `Idee ${i}`).join('\n')}\n`;
    const response = await post('lang.csv', csv);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toMatch(/hoogstens 100\.000/);
  });
});
