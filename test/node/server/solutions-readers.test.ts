// What readers see of the solutions when real ideas join the bundled examples (audit 5, findings 8, 11
// and 20): undecided near-duplicates shown once and counted honestly, each example idea marked, the
// profession rule said once per page, a curator's line marked visibly, and quote links told apart.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import type { Database } from '../../../src/node/store/database.js';
import { responseJson } from '../../support/printed-json.js';
import { testAppPerFile, TOKEN } from './app-fixture.js';

const LAB =
  'Elke uitslag van het laboratorium typ ik met de hand over in ons dossier. Een koppeling tussen de systemen zou uren schelen.';
const PAUSE = 'Zorg voor een pauze die echt een pauze is, ook voor de wijkverpleging.';
const REAL = [
  'id,tekst,thema,soort,branche,provincie,beroep',
  `idee-9012,${LAB},Administratieve lasten,wens,Gehandicaptenzorg,Utrecht,`,
  `idee-9024,${LAB},Administratieve lasten,kans,Huisartsen en gezondheidscentra,Groningen,`,
  `idee-9059,"${PAUSE}",Werkdruk en roosters,kans,"Verpleging, verzorging en thuiszorg (VVT)",Noord-Holland,`,
  `idee-9095,"${PAUSE}",Werkdruk en roosters,voorstel,"Verpleging, verzorging en thuiszorg (VVT)",Utrecht,`,
].join('\n');

const Document = z.object({
  clusters: z.array(
    z.looseObject({
      label: z.string(),
      count: z.number(),
      ids: z.array(z.string()),
      distinct: z.number(),
      nearlyEqual: z.array(z.array(z.string())),
      quote: z.looseObject({ id: z.string(), example: z.boolean() }),
    }),
  ),
});

/** The real ideas above, imported beside the bundled examples. */
async function importReal(db: Database): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'wb-readers-'));
  try {
    writeFileSync(join(dir, 'echt.csv'), REAL);
    await importIdeasFile(db, join(dir, 'echt.csv'), { example: false });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('solutions as readers see them, real ideas beside the examples', () => {
  const t = testAppPerFile();
  beforeAll(() => importReal(t.db));

  const documentOf = async (theme: string) =>
    responseJson(await t.app.request(`/api/ideas/oplossingen?thema=${encodeURIComponent(theme)}`), Document);

  it('keeps count = ids and adds the count with undecided near-duplicates once', async () => {
    const { clusters } = await documentOf('Administratieve lasten');
    const holding = clusters.find((c) => c.ids.includes('idee-9012'));
    expect(holding).toBeDefined();
    expect(holding!.ids).toContain('idee-9024');
    expect(holding!.count).toBe(holding!.ids.length);
    expect(holding!.nearlyEqual.some((g) => g.includes('idee-9012') && g.includes('idee-9024'))).toBe(true);
    expect(holding!.distinct).toBeLessThan(holding!.count);
    for (const c of clusters)
      expect(c.distinct).toBe(c.count - c.nearlyEqual.reduce((n, g) => n + g.length - 1, 0));
  });

  it('shows a sentence sent in twice once on the theme page, with how often, and counts it', async () => {
    const { clusters } = await documentOf('Administratieve lasten');
    const index = clusters.findIndex((c) => c.ids.includes('idee-9012'));
    const html = await (await t.app.request('/ideeen/themas/administratieve-lasten')).text();
    const { document } = parseHTML(html);
    const item = document.getElementById(`oplossing-${index + 1}`)!;
    const text = item.textContent ?? '';
    expect(text.split('laboratorium typ ik').length - 1).toBe(1);
    expect(text).toContain('(2 keer ingestuurd)');
    expect(text).toMatch(/Genoemd in \d+ ideeën, waarvan \d+ vrijwel gelijk aan een ander/);
    // Deciding the pair (both kept) makes them two ideas again.
    const kept = await t.app.request('/api/ideas/bijna-dubbel', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ a: 'idee-9012', b: 'idee-9024', besluit: 'behouden', reden: 'twee collega’s' }),
    });
    expect(kept.status).toBe(200);
    const after = (await documentOf('Administratieve lasten')).clusters.find((c) =>
      c.ids.includes('idee-9012'),
    )!;
    expect(after.nearlyEqual.some((g) => g.includes('idee-9012') && g.includes('idee-9024'))).toBe(false);
  });

  it('marks each example idea and quote in a mixed theme, and says the theme is partly examples', async () => {
    const { clusters } = await documentOf('Administratieve lasten');
    const html = await (await t.app.request('/ideeen/themas/administratieve-lasten')).text();
    expect(html).toContain('een deel is voorbeelddata');
    const { document } = parseHTML(html);
    clusters.forEach((c, i) => {
      const caption = document.querySelector(`#oplossing-${i + 1} figcaption`)?.textContent ?? '';
      expect(caption.includes('voorbeeld, zelf geschreven')).toBe(c.quote.example);
    });
  });

  it('names a quote’s branch after a dash, as the profile pages do, never in a second pair of parentheses', async () => {
    // Audit 8, finding 10: "(Verpleging, verzorging en thuiszorg (VVT))".
    for (const theme of ['werkdruk-en-roosters', 'veiligheid-en-agressie', 'administratieve-lasten']) {
      const { document } = parseHTML(await (await t.app.request(`/ideeen/themas/${theme}`)).text());
      const captions = [...document.querySelectorAll('.solution__quote figcaption')].map((f) =>
        (f.textContent ?? '').trim(),
      );
      expect(captions.length, theme).toBeGreaterThan(0);
      for (const caption of captions) {
        expect(caption, theme).toMatch(/^— /);
        expect(caption, theme).not.toContain('))');
      }
    }
  });

  it('marks the solution’s quote on a profile as it marks the single ideas, and lists a repeat once', async () => {
    const html = await (await t.app.request('/beroep/verzorgenden-intramuraal')).text();
    const { document } = parseHTML(html);
    const bridge = document.querySelector('section.weakest')!;
    expect((bridge.textContent ?? '').split(PAUSE).length - 1).toBeLessThanOrEqual(1);
    const solutions = [...bridge.querySelectorAll('.bridge-solution')];
    expect(solutions.length).toBeGreaterThan(0);
    let marked = 0;
    for (const p of solutions) {
      // The first link is the solution on its theme page, the second its quote.
      const href = p.querySelectorAll('a')[1]?.getAttribute('href') ?? '';
      const id = decodeURIComponent(/\/ideeen\/([^?#]+)/.exec(href)?.[1] ?? '');
      const example = await t.services.ideas.isExample(id);
      expect((p.textContent ?? '').includes('voorbeeld, zelf geschreven')).toBe(example);
      if (example) marked++;
    }
    expect(marked).toBeGreaterThan(0);
  });

  it('says the profession rule once, marks a curator’s line and names each quote link by its solution', async () => {
    const { clusters } = await documentOf('Administratieve lasten');
    const renamed = await t.app.request('/api/ideas/oplossingen/hernoemen', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        thema: 'Administratieve lasten',
        oplossing: 'auto-' + clusters[1]!.quote.id,
        omschrijving: 'Een eigen regel van de beheerder',
        reden: 'leesbaar',
      }),
    });
    expect(renamed.status).toBe(200);
    const html = await (await t.app.request('/ideeen/themas/administratieve-lasten')).text();
    const { document } = parseHTML(html);
    expect(html.split('Bij een oplossing staat een beroep alleen').length - 1).toBe(1);
    const heading = [...document.querySelectorAll('.solution__label')].find((h) =>
      (h.textContent ?? '').includes('Een eigen regel van de beheerder'),
    )!;
    const mark = heading.querySelector('.solution__curated');
    expect(mark?.textContent).toContain('omschrijving door een beheerder');
    expect(mark?.getAttribute('class')).not.toContain('visually-hidden');
    expect(html).toContain('door een beheerder bijgesteld');
    const names = [...document.querySelectorAll('figcaption a')].map((a) => (a.textContent ?? '').trim());
    expect(new Set(names).size).toBe(names.length);
  });
});

const Solution = z.looseObject({
  theme: z.string(),
  index: z.number(),
  label: z.string(),
  count: z.number(),
  ids: z.array(z.string()),
  quote: z.looseObject({ id: z.string(), example: z.boolean() }),
  branches: z.record(z.string(), z.number()),
  distinct: z.number(),
  nearlyEqual: z.array(z.array(z.string())),
});
const BridgeIdea = z.looseObject({
  id: z.string(),
  same: z.array(z.string()),
  sameText: z.boolean(),
  example: z.boolean(),
});
const Group = z.looseObject({ ideas: z.array(BridgeIdea), solution: Solution.nullable() });
const Profile = z.object({
  bridge: z.looseObject({
    clear: z.array(Group),
    possible: z.array(Group),
    professionIdeas: z.looseObject({ ideas: z.array(z.looseObject({ example: z.boolean() })) }).nullable(),
  }),
});
const Professions = z.object({
  professions: z.array(z.looseObject({ slug: z.string() })),
  unclassified: z.array(z.looseObject({ slug: z.string() })),
});

describe('a profile’s bridge in the API, as its page shows it', () => {
  const t = testAppPerFile();
  beforeAll(() => importReal(t.db));

  it('gives each solution in the shape of the solutions API, with the reader’s quote marked', async () => {
    const list = await responseJson(await t.app.request('/api/professions'), Professions);
    const slugs = [...list.professions, ...list.unclassified].map((p) => p.slug);
    let solutions = 0;
    let repeated = 0;
    let nearly = 0;
    for (const slug of slugs) {
      const { bridge } = await responseJson(await t.app.request(`/api/professions/${slug}`), Profile);
      for (const g of [...bridge.clear, ...bridge.possible]) {
        for (const idea of g.ideas) {
          expect(idea.same[0]).toBe(idea.id);
          expect(idea.example).toBe(await t.services.ideas.isExample(idea.id));
          if (idea.same.length > 1) repeated++;
        }
        const s = g.solution;
        if (!s) continue;
        solutions++;
        if (s.nearlyEqual.length > 0) nearly++;
        const { clusters } = await responseJson(
          await t.app.request(`/api/ideas/oplossingen?thema=${encodeURIComponent(s.theme)}`),
          Document,
        );
        const { quote: _quote, ...cluster } = clusters[s.index]!;
        // The solution as the theme's document has it; only the quote is chosen for the reader.
        expect(s).toMatchObject(cluster);
        expect(s.ids).toContain(s.quote.id);
        expect(s.quote.example).toBe(await t.services.ideas.isExample(s.quote.id));
      }
      for (const idea of bridge.professionIdeas?.ideas ?? []) expect(typeof idea.example).toBe('boolean');
    }
    expect(solutions).toBeGreaterThan(0);
    expect(repeated).toBeGreaterThan(0);
    expect(nearly).toBeGreaterThan(0);
  });

  it('says of an idea sent in twice what the page says', async () => {
    const list = await responseJson(await t.app.request('/api/professions'), Professions);
    for (const { slug } of [...list.professions, ...list.unclassified]) {
      const { bridge } = await responseJson(await t.app.request(`/api/professions/${slug}`), Profile);
      const idea = bridge.clear.flatMap((g) => g.ideas).find((i) => i.same.length > 1);
      if (!idea) continue;
      const html = await (await t.app.request(`/beroep/${slug}`)).text();
      const { document } = parseHTML(html);
      const link = [...document.querySelectorAll('section.weakest .idea-list a')].find((a) =>
        (a.getAttribute('href') ?? '').startsWith(`/ideeen/${idea.id}?`),
      )!;
      expect(link.parentElement?.textContent).toContain(
        `(${idea.same.length} keer ingestuurd${idea.sameText ? '' : ', met kleine verschillen'})`,
      );
      return;
    }
    expect.unreachable('no profile lists an idea sent in twice');
  });
});
