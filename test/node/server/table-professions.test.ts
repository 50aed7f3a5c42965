/**
 * Audit 6, finding 7: a profession of a new survey table that the contract's list does not know. The
 * table is the authority: ideas naming it exactly (the label matcher's normalisation aside) need no
 * curator's approval and are published under the k-anonymity rule; the import suggests nothing for it;
 * its bridge, whose branches the product does not know, never says "uit een andere branche" and lists
 * the profession's own ideas first, saying why.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { OWN_CSV, TOKEN, testAppPerFile, upload } from './app-fixture.js';

const t = testAppPerFile();

/** The table: one's own figures plus two professions the contract does not know. */
const TABLE = (() => {
  const lines = OWN_CSV.trim().split('\n');
  const copy = (from: string, to: string, change: (line: string) => string = (line) => line) =>
    lines
      .filter((line) => line.startsWith(`${from},`))
      .map((line) => change(line.replace(`${from},`, `${to},`)));
  // Werkdruk far above every other profession: clearly weak.
  const ambulance = copy('Huisartsen', 'Ambulanceverpleegkundigen', (line) =>
    line.includes(',werkdruk,') ? 'Ambulanceverpleegkundigen,werkdruk,95.0,93.0,97.0,2024KW04' : line,
  );
  return `${[...lines, ...ambulance, ...copy('Fysiotherapeuten', 'Diëtisten')].join('\n')}\n`;
})();

const IDEAS = [
  'id,tekst,thema,soort,branche,provincie,beroep',
  // Six by the new profession, one tuple (k = 5 is met).
  ...[1, 2, 3, 4, 5, 6].map(
    (n) =>
      `amb-${n},"De werkdruk op de post is te hoog door onderbezetting (${n}). Zet een vaste invalploeg in.",Werkdruk en roosters,voorstel,Overige zorg en welzijn,Utrecht,Ambulanceverpleegkundigen`,
  ),
  // Written in lower case: the same profession once the table is stored.
  'amb-7,"De werkdruk is te hoog door onderbezetting in de nacht (7). Plan een extra dienst.",Werkdruk en roosters,voorstel,Overige zorg en welzijn,Utrecht,ambulanceverpleegkundigen',
  // Five more of that province and branch without a profession: the example ideas there without one
  // stay at least k, so no complementary suppression takes the new profession's cell (k-anonymity.ts).
  ...[1, 2, 3, 4, 5].map(
    (n) =>
      `ovr-${n},"Een vaste vrijwilligerspoule voor de dagbesteding (${n}).",Werkdruk en roosters,voorstel,Overige zorg en welzijn,Utrecht,`,
  ),
  // Other professions on werkdruk, in another branch.
  ...[1, 2, 3, 4, 5].map(
    (n) =>
      `kdv-${n},"De werkdruk in de groep is te hoog door onderbezetting (${n}). Houd een vaste invaller achter de hand.",Werkdruk en roosters,voorstel,Kinderopvang,Gelderland,Teamleiders en medewerkers kinderopvang`,
  ),
  // Four by Diëtisten: fewer than k, never published as such.
  ...[1, 2, 3, 4].map(
    (n) =>
      `die-${n},"Meer tijd voor elk consult met de cliënt (${n}).",Werkdruk en roosters,voorstel,Ziekenhuizen en overige medisch specialistische zorg,Zeeland,Diëtisten`,
  ),
].join('\n');

interface ImportAnswer {
  readonly warnings: readonly { readonly message: string }[];
}

async function importIdeas(): Promise<ImportAnswer> {
  const response = await t.app.request('/api/ideas/import?naam=ideeen-a6.csv', {
    method: 'POST',
    body: `${IDEAS}\n`,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/csv' },
  });
  const body = (await response.json()) as ImportAnswer;
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body;
}

async function professionFacet(): Promise<Record<string, number>> {
  const response = await t.app.request('/api/ideas?limit=1');
  const body = (await response.json()) as { facets: { beroep: Record<string, number> } };
  return body.facets.beroep;
}

describe('professions of a stored survey table', () => {
  let before: ImportAnswer;
  let after: ImportAnswer;
  let facetBeforeTable: Record<string, number>;
  let facetAfterTable: Record<string, number>;
  beforeAll(async () => {
    // The ideas first, as in the audit: then the table, then the same file again.
    before = await importIdeas();
    facetBeforeTable = await professionFacet();
    expect((await upload(t.app, TABLE, 'golf-nieuw.csv')).status).toBe(201);
    facetAfterTable = await professionFacet();
    after = await importIdeas();
  });

  it('holds a name no table holds back, as before', () => {
    expect(before.warnings.map((w) => w.message).join('\n')).toContain("'Ambulanceverpleegkundigen'");
    expect(facetBeforeTable).not.toHaveProperty('Ambulanceverpleegkundigen');
  });

  it('publishes the profession once a stored table names it, with no approval', () => {
    expect(facetAfterTable.Ambulanceverpleegkundigen).toBe(6);
  });

  it('writes an idea naming it in other case as the table does, and warns about none of them', async () => {
    const messages = after.warnings.map((w) => w.message).join('\n');
    expect(messages).not.toMatch(/ambulanceverpleegkundigen/i);
    expect(messages).not.toContain('Diëtisten');
    expect(messages).not.toContain('Basisverpleegkundige niveau 4');
    expect((await professionFacet()).Ambulanceverpleegkundigen).toBe(7);
  });

  it('keeps the k = 5 rule: four ideas of a known profession do not publish it', async () => {
    expect(await professionFacet()).not.toHaveProperty('Diëtisten');
    for (const id of ['die-1', 'die-2', 'die-3', 'die-4']) {
      const response = await t.app.request(`/api/ideas/${id}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(JSON.stringify(body)).not.toContain('Diëtisten');
    }
  });

  it('lists its own ideas first on its profile, says why, and never says "andere branche"', async () => {
    const html = await (await t.app.request('/beroep/ambulanceverpleegkundigen')).text();
    const bridge = html.slice(html.indexOf('Waar knelt het het meest?'));
    expect(bridge).toContain(
      'In welke branches Ambulanceverpleegkundigen werken, is in werkbalans niet vastgelegd',
    );
    expect(bridge).not.toContain('uit een andere branche');
    const werkdruk = bridge.slice(bridge.indexOf('Ideeën van medewerkers over werkdruk'));
    const list = werkdruk.slice(0, werkdruk.indexOf('</ul>'));
    const items = list.split('<li>').slice(1);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item).toContain('/ideeen/amb-');
      expect(item).toContain('Overige zorg en welzijn (dit beroep is ingevuld)');
    }
  });

  it('gives the API no claim about branches it does not know', async () => {
    const response = await t.app.request('/api/professions/ambulanceverpleegkundigen');
    const body = (await response.json()) as {
      bridge: {
        branchesKnown: boolean;
        clear: { indicator: string; ideas: { ownBranch: boolean | null; ownProfession: boolean }[] }[];
      };
    };
    expect(body.bridge.branchesKnown).toBe(false);
    const werkdruk = body.bridge.clear.find((g) => g.indicator === 'werkdruk');
    expect(werkdruk?.ideas.length).toBeGreaterThan(0);
    for (const idea of werkdruk?.ideas ?? []) {
      expect(idea.ownBranch).toBeNull();
      expect(idea.ownProfession).toBe(true);
    }
  });
});
