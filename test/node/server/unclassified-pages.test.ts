/**
 * Audit 4, finding 1, on the site: a profession without a quadrant (a component unpublished) is named
 * on the home page, has a profile with its published figures and the missing component by its label,
 * stands unranked in the ranking of a component it has, and has its values in the downloads. Its
 * profile has the bridge to the ideas too (server, static export and API alike): by the components it
 * has, or, when none of them is clearly weak, the ideas from and about the profession.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createAppWithServices } from '../../../src/node/server/app.js';
import { EXAMPLE_CSV, testAppPerFile, TOKEN, upload } from './app-fixture.js';

const t = testAppPerFile();

/** The example table with Huisartsen's werkdruk not published. */
const GAP_CSV = EXAMPLE_CSV.replace(/^Huisartsen,werkdruk,[^\n]*$/m, 'Huisartsen,werkdruk,–,,,2024KW04');

async function page(path: string): Promise<Document> {
  const response = await t.app.request(path);
  expect(response.status, path).toBe(200);
  return parseHTML(await response.text()).document;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The ids of the ideas a profile's bridge links (each idea page names the profile in `?van=`). */
const bridgeIdeas = (document: Document) =>
  [...document.querySelectorAll('.weakest .idea-list a')].map(
    (a) => /ideeen\/([^/?]+)/.exec(a.getAttribute('href') ?? '')?.[1],
  );

interface ProfileBody {
  classified: boolean;
  bridge: {
    basis: string;
    clear: { indicator: string; ideas: { id: string }[] }[];
    possible: { indicator: string }[];
    professionIdeas: {
      total: number;
      fromProfession: number;
      ideas: { id: string; source: string }[];
    } | null;
  };
}

describe('a profession without a quadrant on the site', () => {
  it('is uploaded and left unclassified', async () => {
    expect(GAP_CSV).not.toBe(EXAMPLE_CSV);
    expect((await upload(t.app, GAP_CSV, 'gat.csv')).status).toBe(201);
    const analysis = (await (await t.app.request('/api/analysis')).json()) as {
      unclassified: { name: string; missing: string[]; values: Record<string, { value: number } | null> }[];
    };
    expect(analysis.unclassified.map((u) => [u.name, u.missing])).toEqual([['Huisartsen', ['werkdruk']]]);
    expect(analysis.unclassified[0]!.values['autonomie']?.value).toBeGreaterThan(0);
  });

  it('is counted and named on the home page, with a link to its profile', async () => {
    const document = await page('/');
    const note = document.querySelector('.unclassified-note');
    expect(text(note)).toBe(
      '1 beroep heeft geen kwadrant, omdat er een cijfer ontbreekt: Huisartsen. Zijn gepubliceerde cijfers staan op zijn eigen pagina en in de ranglijsten.',
    );
    expect(note?.querySelector('a')?.getAttribute('href')).toMatch(/^\/beroep\/huisartsen/);
  });

  it('has a profile with the missing component by its label, its figure and its satisfaction', async () => {
    const document = await page('/beroep/huisartsen');
    const lead = text(document.querySelector('.lead'));
    expect(lead).toContain('het cijfer voor ‘werkdruk te hoog’ ontbreekt');
    expect(lead).toContain('geen kwadrant');
    expect(lead).not.toContain('werkdruk,');
    // The profile figure (its drawing or its link) is on the page.
    expect(document.documentElement.outerHTML).toContain('profiel-huisartsen');
    expect(text(document.querySelector('#tevredenheid')?.parentElement)).toMatch(/Tevreden met het werk: \d/);
  });

  it('is found by the profession search, and counted with the others', async () => {
    // Audit 6, finding 10: "0 van 22 beroepen gevonden. Geen beroep gevonden" above the profession.
    const found = await page('/beroepen?q=huisarts');
    expect(text(found.querySelector('[data-filter-count]'))).toBe('1 van 23 beroepen gevonden');
    expect(found.querySelector('[data-filter-empty]')?.hasAttribute('hidden')).toBe(true);
    expect(text(found.querySelector('#niet-ingedeeld')?.parentElement)).toContain('Huisartsen');
    // Every profession stays in the page (hidden when it does not match), for the live filter.
    const other = await page('/beroepen?q=logopedist');
    expect(text(other.querySelector('[data-filter-count]'))).toBe('0 van 23 beroepen gevonden');
    expect(other.querySelector('li[data-name="Huisartsen"]')?.hasAttribute('hidden')).toBe(true);
    expect(other.querySelector('#niet-ingedeeld')?.closest('section')?.hasAttribute('hidden')).toBe(true);
    expect(text((await page('/beroepen')).querySelector('[data-filter-count]'))).toBe('23 beroepen');
  });

  it('stands without a rank in the ranking of a component it has', async () => {
    const html = await (await t.app.request('/ranglijst/autonomie')).text();
    expect(html).toContain('Huisartsen');
    expect(html).toContain('niet ingedeeld');
    expect(html).toMatch(/23 beroepen, hoogste bovenaan/);
  });

  it('has its values in the Excel CSV, and the downloads page explains the columns', async () => {
    const csv = await (await t.app.request('/downloads/analyse-excel.csv')).text();
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const columns = header!.split(';');
    const row = rows.find((r) => r.startsWith('Huisartsen;'))!.split(';');
    expect(row[columns.indexOf('ingedeeld')]).toBe('nee');
    expect(row[columns.indexOf('werkdruk')]).toBe('');
    expect(row[columns.indexOf('autonomie')]).toMatch(/^\d+(,\d+)?$/);
    expect(row[columns.indexOf('kwadrant')]).toBe('');
    const downloads = await page('/downloads');
    const key = text(downloads.querySelector('#kolommen'));
    expect(key).toContain('rang_hulpbronnen');
    expect(key).toContain('1 = de meeste hulpbronnen (het gunstigst)');
    expect(key).toContain('zekerheid_procent');
  });

  it('has where it pinches among the components it has, with their ideas and why they were chosen', async () => {
    const document = await page('/beroep/huisartsen');
    const section = document.querySelector('section.weakest');
    expect(section, 'the bridge on the profile').not.toBeNull();
    expect(text(section?.querySelector('.bridge-basis'))).toBe(
      'Dit beroep heeft geen kwadrant, want voor ‘werkdruk te hoog’ is geen cijfer. De ideeën hieronder zijn daarom gekozen bij de componenten waarvoor wel een cijfer is: elk cijfer is vergeleken met de mediaan van de ingedeelde beroepen, net als bij de andere beroepen. Of het knelt bij ‘werkdruk te hoog’, weten we niet; daarover staan hier geen ideeën.',
    );
    expect(text(section?.querySelector('#zwak-tijd_registratie'))).toContain('Tijd aan registratie');
    expect(section?.querySelector('#zwak-werkdruk')).toBeNull();
    const ideas = bridgeIdeas(document);
    expect(ideas.length).toBeGreaterThanOrEqual(3);
    expect(section?.querySelector('.idea-list a')?.getAttribute('href')).toMatch(/\?van=huisartsen$/);

    // The API carries the same bridge.
    const response = await t.app.request('/api/professions/huisartsen');
    const body = (await response.json()) as ProfileBody;
    expect(body.classified).toBe(false);
    expect(body.bridge.basis).toBe('components');
    expect(body.bridge.clear[0]?.indicator).toBe('tijd_registratie');
    expect(body.bridge.clear.flatMap((g) => g.ideas.map((i) => i.id))).toEqual(ideas);
    expect(body.bridge.professionIdeas).toBeNull();

    // The static export writes the page from the same app, in its static mode: the same ideas.
    const { app } = createAppWithServices({ db: t.db, config: { draws: 400, staticExport: true } });
    const exported = parseHTML(await (await app.request('/beroep/huisartsen')).text()).document;
    expect(text(exported.querySelector('.bridge-basis'))).toBe(text(section?.querySelector('.bridge-basis')));
    expect(bridgeIdeas(exported)).toEqual(ideas);
  });

  it('lists the ideas from and about the profession when none of the components it has is clearly weak', async () => {
    // Huisartsen's other clearly weak component unpublished as well: what is left is at most possibly weak.
    const csv = GAP_CSV.replace(
      /^Huisartsen,tijd_registratie,[^\n]*$/m,
      'Huisartsen,tijd_registratie,.,,,2024KW04',
    );
    expect(csv).not.toBe(GAP_CSV);
    expect((await upload(t.app, csv, 'gat-2.csv')).status).toBe(201);
    const document = await page('/beroep/huisartsen');
    const section = document.querySelector('section.weakest');
    expect(text(section?.querySelector('.bridge-basis'))).toBe(
      'Dit beroep heeft geen kwadrant, want voor ‘werkdruk te hoog’ en ‘tijd aan registratie’ zijn geen cijfers. Bij de componenten waarvoor wel een cijfer is, ligt geen enkele duidelijk aan de ongunstige kant van de mediaan. Misschien knelt het juist bij ‘werkdruk te hoog’ en ‘tijd aan registratie’, maar dat weten we niet. Daarom staan hier ideeën van en over Huisartsen: ideeën waarbij dit beroep is ingevuld, en ideeën waarin de schrijver dit beroep als eigen werk noemt.',
    );
    expect(text(section?.querySelector('#knelpunten-beroep'))).toBe('Ideeën van en over Huisartsen');
    const ideas = bridgeIdeas(document);
    expect(ideas.length).toBeGreaterThan(0);
    // Still said: the possibly weak component, without ideas.
    expect(text(section?.querySelector('#knelpunten-mogelijk')?.parentElement)).toContain(
      'Agressie door collega',
    );

    const body = (await (await t.app.request('/api/professions/huisartsen')).json()) as ProfileBody;
    expect(body.bridge.basis).toBe('profession');
    expect(body.bridge.clear).toEqual([]);
    expect(body.bridge.professionIdeas?.ideas.map((i) => i.id)).toEqual(ideas);
    // The example databank publishes no profession for Huisartsen (fewer than 5 alike): by the text.
    for (const idea of body.bridge.professionIdeas?.ideas ?? []) expect(idea.source).toBe('text');
  });

  it('lists the ideas filled in with the profession first once five alike make it public, and links to all of them', async () => {
    // Five ideas of one province, branch and profession: k-anonymity publishes their profession.
    const rows = Array.from(
      { length: 5 },
      (_, i) =>
        `huisarts-${i + 1},Idee ${i + 1} uit de praktijk over minder formulieren.,Administratieve lasten,Huisartsen en gezondheidscentra,Zeeland,Huisartsen`,
    );
    const stored = await t.app.request('/api/ideas/import?naam=huisartsen.csv', {
      method: 'POST',
      body: `id,tekst,thema,branche,provincie,beroep\n${rows.join('\n')}\n`,
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/csv' },
    });
    expect(stored.status).toBe(201);
    const body = (await (await t.app.request('/api/professions/huisartsen')).json()) as ProfileBody;
    const listed = body.bridge.professionIdeas?.ideas ?? [];
    expect(listed.map((i) => i.source)).toEqual([
      'profession',
      'profession',
      'profession',
      'profession',
      'profession',
    ]);
    // The ideas page's beroep filter counts as many: the five and an example idea of the same cell,
    // whose profession is now public too.
    const from = body.bridge.professionIdeas?.fromProfession ?? 0;
    const filtered = (await (await t.app.request('/api/ideas?beroep=Huisartsen')).json()) as {
      total: number;
    };
    expect(filtered.total).toBe(from);
    expect(from).toBeGreaterThanOrEqual(5);
    const document = await page('/beroep/huisartsen');
    expect(bridgeIdeas(document)).toEqual(listed.map((i) => i.id));
    const more = [...document.querySelectorAll('section[aria-labelledby="knelpunten-beroep"] p a')].find(
      (a) => text(a).startsWith(`Alle ${from} ideeën waarbij dit beroep is ingevuld`),
    );
    expect(more?.getAttribute('href')).toBe('/ideeen?beroep=Huisartsen');
  });

  it('says so when none of its components is clearly weak and the ideas databank does not know its name', async () => {
    const csv = GAP_CSV.replace(
      /^Huisartsen,tijd_registratie,[^\n]*$/m,
      'Huisartsen,tijd_registratie,.,,,2024KW04',
    ).replace(/^Huisartsen,/gm, 'Zorgcoördinatoren,');
    expect((await upload(t.app, csv, 'gat-3.csv')).status).toBe(201);
    const document = await page('/beroep/zorgcoordinatoren');
    expect(text(document.querySelector('section.weakest .bridge-basis'))).toContain(
      'Ideeën van dit beroep kunnen we ook niet tonen: de ideeënbank kent geen beroep met de naam Zorgcoördinatoren.',
    );
    expect(document.querySelector('#knelpunten-beroep')).toBeNull();
    const body = (await (await t.app.request('/api/professions/zorgcoordinatoren')).json()) as ProfileBody;
    expect(body.bridge).toMatchObject({ basis: 'unknown', clear: [], professionIdeas: null });
  });
});
