/**
 * `POST /api/ideas/maskeren` (token): today's masker over every stored idea, as `werkbalans ideas
 * maskeren` runs it; `droog: true` only reports. Ideas stored under an older masker are written here
 * straight into the table.
 */
import { describe, expect, it } from 'vitest';
import { testAppPerFile, TOKEN } from './app-fixture.js';

const t = testAppPerFile();

const post = (body: unknown, token: string | null = TOKEN) =>
  t.app.request('/api/ideas/maskeren', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: {
      'Content-Type': 'application/json',
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
    },
  });

interface RemaskAnswer {
  message: string;
  dryRun: boolean;
  checked: number;
  changes: { id: string; fields: string[]; masked: Record<string, number>; text: string }[];
}

describe('POST /api/ideas/maskeren', () => {
  it('needs the token', async () => {
    expect((await post({ droog: true }, null)).status).toBe(401);
  });

  it('reports in a dry run, then masks, recorded in the history; the public idea shows the masked text', async () => {
    const id = (await t.db.query<{ id: string }>('SELECT id FROM ideas WHERE NOT hidden ORDER BY id LIMIT 1'))
      .rows[0]!.id;
    await t.db.query('UPDATE ideas SET text = $2 WHERE id = $1', [id, 'Vraag het aan dhr. Zwaluwstaart.']);

    const dry = await post({ droog: true });
    expect(dry.status).toBe(200);
    const report = (await dry.json()) as RemaskAnswer;
    expect(report.dryRun).toBe(true);
    expect(report.changes).toEqual([
      { id, hidden: false, fields: ['text'], masked: { name: 1 }, text: 'Vraag het aan dhr. [naam].' },
    ]);
    expect(report.message).toMatch(/^1 van \d+ ideeën zou veranderen \(proefdraai: niets gewijzigd\)\.$/);
    expect(((await (await t.app.request(`/api/ideas/${id}`)).json()) as { text: string }).text).toBe(
      'Vraag het aan dhr. Zwaluwstaart.',
    );

    const done = await post({ reden: 'naamherkenning verbeterd' });
    expect(done.status).toBe(200);
    expect(((await done.json()) as RemaskAnswer).changes.map((c) => c.id)).toEqual([id]);
    expect(((await (await t.app.request(`/api/ideas/${id}`)).json()) as { text: string }).text).toBe(
      'Vraag het aan dhr. [naam].',
    );
    const history = (await (
      await t.app.request(`/api/ideas/${id}/geschiedenis`, { headers: { Authorization: `Bearer ${TOKEN}` } })
    ).json()) as { versions: { action: string; reason: string }[] };
    expect(history.versions.at(-1)).toMatchObject({ action: 'remask', reason: 'naamherkenning verbeterd' });

    const again = (await (await post({})).json()) as RemaskAnswer;
    expect(again.changes).toEqual([]);
    expect(again.message).toMatch(/nagekeken: de huidige maskering verandert niets\.$/);
  });
});
