import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../../src/node/render/report-html.js';
import { reportThemeOf, solutionsReportHtml } from '../../../src/node/render/report-solutions.js';
import { openDatabase } from '../../../src/node/store/database.js';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import { themeSolutions, themesWithIdeas } from '../../../src/node/store/solutions.js';
import { exampleAnalysis } from '../../support/example-analysis.js';

const EXAMPLE = new URL('../../../data/ideeen-voorbeeld.csv', import.meta.url).pathname;

describe('the report’s "Veelgenoemde oplossingen"', () => {
  it('shows per theme its solutions with line, count, branches and a quote with its branch, as voorbeelddata', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      await importIdeasFile(db, EXAMPLE, { example: true });
      const themes = [];
      for (const { theme } of await themesWithIdeas(db))
        themes.push(reportThemeOf(await themeSolutions(db, theme)));
      const html = reportHtml(await exampleAnalysis(), { solutions: themes });
      const { document } = parseHTML(html);
      const section = document.getElementById('oplossingen')!;
      expect(section.querySelector('h2')?.textContent).toBe('Veelgenoemde oplossingen');
      expect(document.querySelector('nav a[href="#oplossingen"]')).not.toBeNull();
      expect(section.querySelector('.example')?.textContent).toContain('voorbeelddata');
      const parts = section.querySelectorAll('section');
      expect(parts.length).toBe(themes.length);
      const first = themes.find((th) => th.solutions.length > 0)!;
      const solution = first.solutions[0]!;
      const text = section.textContent ?? '';
      expect(text).toContain(solution.label);
      expect(text).toContain(`Genoemd in ${solution.count} ideeën`);
      expect(text).toContain(solution.quote.text);
      expect(text).toContain(`— ${solution.quote.branch ?? 'branche onbekend'}`);
      expect(text).not.toContain('))');
      for (const branch of Object.keys(solution.branches)) expect(text).toContain(branch);
    } finally {
      await db.close();
    }
  });

  it('escapes every text and names only professions given (the k rule is the store’s)', () => {
    const html = solutionsReportHtml([
      {
        theme: 'Thema <b>',
        ideas: 7,
        example: 'none',
        page: '/ideeen/themas/thema-b',
        pageIsAddress: false,
        solutions: [
          {
            label: 'Minder <script>',
            count: 5,
            branches: { 'Jeugdzorg & co': 5 },
            professions: {},
            quote: { text: '"Citaat" <i>', branch: null },
          },
        ],
        more: 2,
      },
    ]);
    expect(html).not.toMatch(/<script|<b>|<i>/);
    expect(html).toContain('Minder &lt;script&gt;');
    expect(html).toContain('Jeugdzorg &amp; co (5)');
    expect(html).toContain('— branche onbekend');
    expect(html).not.toContain('Beroepen');
    expect(html).not.toContain('voorbeelddata');
    expect(html).toContain('nog 2 oplossingen');
  });

  it('says voorbeelddata per quote with a mix, links the theme page at a known address', () => {
    // Audit 5 findings 11 and 20: one real theme beside example ones was all called voorbeelddata, and
    // "alle oplossingen staan op de website" had no address.
    const solution = (example: boolean) => ({
      label: example ? 'Voorbeeldregel' : 'Echte regel',
      count: 4,
      branches: { VVT: 4 },
      professions: {},
      quote: { text: example ? 'Zelf geschreven.' : 'Echt ingestuurd.', branch: 'VVT', example, sent: 2 },
      repeated: 1,
      curated: !example,
    });
    const theme = (name: string, example: 'all' | 'none', pageIsAddress: boolean) => ({
      theme: name,
      ideas: 9,
      example,
      solutions: [solution(example === 'all')],
      more: 3,
      page: `${pageIsAddress ? 'https://werkbalans.example.nl' : ''}/ideeen/themas/${name.toLowerCase()}`,
      pageIsAddress,
    });
    const html = solutionsReportHtml([theme('Echt', 'none', true), theme('Voorbeeld', 'all', false)]);
    expect(html).toContain('een deel is voorbeelddata');
    expect(html).toContain(
      '“Zelf geschreven.” <span class="meta">— VVT</span> <span class="meta">(2 keer ingestuurd)</span> <span class="meta">(voorbeeld, zelf geschreven)</span>',
    );
    expect(html).toContain(
      '“Echt ingestuurd.” <span class="meta">— VVT</span> <span class="meta">(2 keer ingestuurd)</span></p>',
    );
    expect(html).toContain('Genoemd in 4 ideeën, waarvan 1 vrijwel gelijk aan een ander');
    expect(html).toContain(
      '<strong>Echte regel</strong> <span class="meta">(omschrijving door een beheerder)</span>',
    );
    expect(html).toContain(
      '<a href="https://werkbalans.example.nl/ideeen/themas/echt">https://werkbalans.example.nl/ideeen/themas/echt</a>',
    );
    expect(html).toContain('themapagina van de ideeënbank op de website (/ideeen/themas/voorbeeld)');
    expect(html).not.toContain('alle oplossingen staan op de website');
    const all = solutionsReportHtml([theme('Voorbeeld', 'all', false)]);
    expect(all).toContain('Let op: voorbeelddata');
    expect(all).not.toContain('(voorbeeld, zelf geschreven)');
  });

  it('leaves the report as it was without solutions', async () => {
    const html = reportHtml(await exampleAnalysis());
    expect(html).not.toContain('id="oplossingen"');
  });
});
