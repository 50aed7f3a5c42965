/**
 * A classified profession none of whose components is clearly weak (on the example table:
 * Thuisbegeleiders, and Maatschappelijk werkers …) still leads its readers to their colleagues' ideas
 * once the databank has ideas from or about it: its profile says no component pinches clearly and lists
 * them, on the page and in `GET /api/professions/<slug>`. Without such ideas (the example databank
 * publishes no profession for Thuisbegeleiders) it keeps the plain note; a profession with a clearly weak
 * component keeps `basis: 'components'` and no such list.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { testAppPerFile, TOKEN } from './app-fixture.js';

const t = testAppPerFile();

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

interface ProfileBody {
  classified: boolean;
  bridge: {
    basis: string;
    clear: unknown[];
    professionIdeas: { ideas: { id: string; source: string }[]; fromProfession: number } | null;
  };
}

async function profile(slug: string): Promise<{ section: Element | null; body: ProfileBody }> {
  const page = await t.app.request(`/beroep/${slug}`);
  expect(page.status).toBe(200);
  const api = await t.app.request(`/api/professions/${slug}`);
  expect(api.status).toBe(200);
  const document = parseHTML(await page.text()).document;
  return { section: document.querySelector('section.weakest'), body: (await api.json()) as ProfileBody };
}

const NONE_CLEAR =
  'Op geen enkele component ligt dit beroep duidelijk aan de ongunstige kant van de mediaan.';

describe('the bridge of a classified profession without a clearly weak component', () => {
  it('keeps the plain note while no idea is from or about the profession', async () => {
    const { section, body } = await profile('thuisbegeleiders');
    expect(body.classified).toBe(true);
    expect(body.bridge).toMatchObject({ basis: 'components', clear: [], professionIdeas: null });
    expect(text(section)).toContain(NONE_CLEAR);
    expect(section?.querySelector('#knelpunten-beroep')).toBeNull();
  });

  it('lists the ideas filled in with the profession once five alike make it public', async () => {
    // Five ideas of one province, branch and profession in a province and branch without other ideas:
    // k-anonymity publishes their profession.
    const rows = Array.from(
      { length: 5 },
      (_, i) =>
        `thuisbeg-${i + 1},Idee ${i + 1} van een thuisbegeleider over vaste tijden per cliënt.,Werkdruk en roosters,UMC's,Drenthe,Thuisbegeleiders`,
    );
    const stored = await t.app.request('/api/ideas/import?naam=thuisbegeleiders.csv', {
      method: 'POST',
      body: `id,tekst,thema,branche,provincie,beroep\n${rows.join('\n')}\n`,
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/csv' },
    });
    expect(stored.status, await stored.clone().text()).toBe(201);
    const { section, body } = await profile('thuisbegeleiders');
    expect(body.bridge.clear).toEqual([]);
    expect(body.bridge.basis).toBe('profession');
    const listed = body.bridge.professionIdeas?.ideas ?? [];
    expect(listed.map((idea) => idea.id).sort()).toEqual(rows.map((_, i) => `thuisbeg-${i + 1}`));
    expect(text(section)).toContain(
      `${NONE_CLEAR} Daarom staan hier ideeën van collega's: ideeën waarbij dit beroep is ingevuld.`,
    );
    expect(text(section?.querySelector('#knelpunten-beroep'))).toBe('Ideeën van Thuisbegeleiders');
    const linked = [...(section?.querySelectorAll('.idea-list a') ?? [])].map(
      (a) => /ideeen\/([^/?]+)/.exec(a.getAttribute('href') ?? '')?.[1],
    );
    expect(linked).toEqual(listed.map((idea) => idea.id));
    // No sentence about a missing quadrant on a classified profile.
    expect(section?.querySelector('.bridge-basis')).toBeNull();
  });

  it('keeps a profession with a clearly weak component on its components', async () => {
    const { section, body } = await profile('huisartsen');
    expect(body.bridge.clear.length).toBeGreaterThan(0);
    expect(body.bridge).toMatchObject({ basis: 'components', professionIdeas: null });
    expect(section?.querySelector('#knelpunten-beroep')).toBeNull();
  });
});
