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
      expect(text).toContain(`(${solution.quote.branch ?? 'branche onbekend'})`);
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
        example: false,
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
    expect(html).toContain('(branche onbekend)');
    expect(html).not.toContain('Beroepen');
    expect(html).not.toContain('voorbeelddata');
    expect(html).toContain('nog 2 oplossingen');
  });

  it('leaves the report as it was without solutions', async () => {
    const html = reportHtml(await exampleAnalysis());
    expect(html).not.toContain('id="oplossingen"');
  });
});
