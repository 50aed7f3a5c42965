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
  history: { versions: number; ideas: number; masked: Record<string, number> };
  publicChanges?: { ideas: number; message: string };
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
    const answer = (await done.json()) as RemaskAnswer;
    expect(answer.changes.map((c) => c.id)).toEqual([id]);
    // As every other change: what it did to other ideas' published values (nothing here).
    expect(answer.publicChanges).toMatchObject({ ideas: 0, fewer: 0, more: 0, message: '' });
    expect(answer.history).toEqual({ versions: 0, ideas: 0, masked: {} });
    expect(((await (await t.app.request(`/api/ideas/${id}`)).json()) as { text: string }).text).toBe(
      'Vraag het aan dhr. [naam].',
    );
    const history = (await (
      await t.app.request(`/api/ideas/${id}/geschiedenis`, { headers: { Authorization: `Bearer ${TOKEN}` } })
    ).json()) as { versions: { action: string; reason: string }[] };
    expect(history.versions.at(-1)).toMatchObject({ action: 'remask', reason: 'naamherkenning verbeterd' });
    // The version the run replaced is in the history, masked: no version read with the token keeps the name.
    expect(history.versions.length).toBeGreaterThan(1);
    expect(JSON.stringify(history)).not.toContain('Zwaluwstaart');
    expect(JSON.stringify(history)).toContain('Vraag het aan dhr. [naam].');

    const again = (await (await post({})).json()) as RemaskAnswer;
    expect(again.changes).toEqual([]);
    expect(again.message).toMatch(/nagekeken: de huidige maskering verandert niets\.$/);
  });

  it('masks an earlier version in the history of an idea whose current text is clean', async () => {
    const id = (
      await t.db.query<{ id: string }>('SELECT id FROM ideas WHERE NOT hidden ORDER BY id LIMIT 1 OFFSET 1')
    ).rows[0]!.id;
    const { rows } = await t.db.query<{ snapshot: Record<string, unknown> }>(
      "SELECT to_jsonb(i) - 'search_vector' - 'concepts' AS snapshot FROM ideas i WHERE id = $1",
      [id],
    );
    // An earlier version stored under an older masker (written straight into the history).
    const snapshot = { ...rows[0]!.snapshot, text: 'Idee van mevrouw Pimpelmees.', version: 0 };
    await t.db.query(
      `INSERT INTO idea_history (idea_id, version, snapshot, action, reason) VALUES ($1, 0, $2::jsonb, 'edit', 'x')`,
      [id, JSON.stringify(snapshot)],
    );
    const dry = (await (await post({ droog: true })).json()) as RemaskAnswer;
    expect(dry.changes).toEqual([]);
    expect(dry.history).toEqual({ versions: 1, ideas: 1, masked: { name: 1 } });
    expect(dry.message).toMatch(/In de geschiedenis zou 1 eerdere versie van 1 idee gemaskeerd worden\.$/);
    const done = (await (await post({})).json()) as RemaskAnswer;
    expect(done.history).toEqual({ versions: 1, ideas: 1, masked: { name: 1 } });
    expect(done.message).toMatch(/In de geschiedenis is 1 eerdere versie van 1 idee gemaskeerd\.$/);
    const history = await (
      await t.app.request(`/api/ideas/${id}/geschiedenis`, { headers: { Authorization: `Bearer ${TOKEN}` } })
    ).text();
    expect(history).not.toContain('Pimpelmees');
    expect(history).toContain('Idee van mevrouw [naam].');
  });
});
