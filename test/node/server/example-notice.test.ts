/**
 * Every JSON answer that serves example data says so in `notice`, as /api/analysis and
 * /api/professions/<slug> did before (audit 9, finding 9): the ideas search, one idea and the list of
 * professions too. A real table or real ideas answer `notice: null`.
 */
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_DATA_LABEL,
  EXAMPLE_IDEAS_LABEL,
  SOME_EXAMPLE_IDEAS_LABEL,
} from '../../../src/core/text/labels.js';
import { TOKEN, testAppPerFile } from './app-fixture.js';

const t = testAppPerFile({ adminToken: TOKEN });

async function json(path: string, init?: RequestInit): Promise<Record<string, unknown>> {
  const response = await t.app.request(path, init);
  expect(response.status, path).toBeLessThan(300);
  return (await response.json()) as Record<string, unknown>;
}

describe('the notice of JSON answers of example data', () => {
  it('labels the list of professions of the example table', async () => {
    expect((await json('/api/professions')).notice).toBe(EXAMPLE_DATA_LABEL);
  });

  it('labels the bundled ideas in the search and each idea, the contract fields first', async () => {
    const search = await json('/api/ideas?q=overleg&limit=1');
    expect(Object.keys(search).slice(0, 3)).toEqual(['total', 'items', 'facets']);
    expect(search.notice).toBe(EXAMPLE_IDEAS_LABEL);
    const [first] = search.items as { id: string }[];
    expect((await json(`/api/ideas/${first!.id}`)).notice).toBe(EXAMPLE_IDEAS_LABEL);
  });

  it('says "partly" beside a real idea, and nothing on the real idea itself', async () => {
    const added = await json('/api/ideas', {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tekst: 'Een vaste invalpool voor de weekenddiensten.', reden: 'test' }),
    });
    const id = (added.idea as { id: string }).id;
    expect((await json('/api/ideas')).notice).toBe(SOME_EXAMPLE_IDEAS_LABEL);
    expect((await json(`/api/ideas/${id}`)).notice).toBeNull();
  });
});
