/**
 * A reader's path through the ideas: from an idea to the solution it belongs to on its theme's page,
 * and from a search filtered on a theme to that theme's solutions.
 */
import { describe, expect, it } from 'vitest';
import { themeSolutions } from '../../../src/node/store/solutions.js';
import { testAppPerFile } from './app-fixture.js';

const THEME = 'Administratieve lasten';
const THEME_PAGE = '/ideeen/themas/administratieve-lasten';

const t = testAppPerFile();

const html = async (path: string) => {
  const response = await t.app.request(path);
  expect(response.status, path).toBe(200);
  return response.text();
};

describe('from an idea to its theme’s solutions', () => {
  it('an idea in a solution names it and links to it on the theme page, where the anchor exists', async () => {
    const { clusters } = await themeSolutions(t.db, THEME);
    expect(clusters.length).toBeGreaterThan(1);
    const second = clusters[1]!;
    const member = second.ids.find((id) => id !== second.quote.id) ?? second.quote.id;
    const page = await html(`/ideeen/${member}`);
    const link = `href="${THEME_PAGE}#oplossing-2"`;
    expect(page).toContain(link);
    expect(page).toContain(`(genoemd in ${second.ids.length} ideeën)`);
    expect(page).toContain(`${second.label.replace(/'/g, '&#39;')}</a>`);
    expect(await html(THEME_PAGE)).toContain('id="oplossing-2"');
  });

  it('an idea in no solution of its theme still links to the theme’s solutions', async () => {
    const solutions = await themeSolutions(t.db, THEME);
    const loose = solutions.unclustered[0];
    expect(loose, 'an unclustered idea in the example data').toBeDefined();
    const page = await html(`/ideeen/${loose}`);
    expect(page).toContain(`href="${THEME_PAGE}"`);
    expect(page).toContain('hoort dit idee bij geen veelgenoemde oplossing');
  });

  it('the themes overview gives its solutions no anchors (they would repeat across themes)', async () => {
    expect(await html('/ideeen/themas')).not.toContain('id="oplossing-1"');
  });

  it('a search filtered on a theme links to that theme’s solutions; an unknown theme gets no link', async () => {
    const page = await html(`/ideeen?thema=${encodeURIComponent(THEME)}`);
    expect(page).toContain(`href="${THEME_PAGE}"`);
    expect(page).toContain('Veelgenoemde oplossingen in ‘Administratieve lasten’');
    const unknown = await html('/ideeen?thema=Bestaat%20niet');
    expect(unknown).not.toContain('href="/ideeen/themas/bestaat-niet"');
  });
});

describe('a search for only common words', () => {
  it('“wat nu” says its words were not searched, beside the count of every idea', async () => {
    const page = await html('/ideeen?q=wat+nu');
    expect(page).toContain('data-search-no-words');
    expect(page).toContain('‘wat nu’');
  });
});

describe('from a profile’s bridge to an idea and back', () => {
  it('an idea opened from a profile links back to that profile first', async () => {
    const profile = await html('/beroep/sociaal-werkers');
    const link = /href="(\/ideeen\/(idee-\d+)\?van=sociaal-werkers)"/.exec(profile);
    expect(link, 'a bridge idea linked with its profile').not.toBeNull();
    const idea = await html(link![1]!);
    // Back to the bridge the reader came from, not to the top of the profile.
    expect(idea).toContain('<a href="/beroep/sociaal-werkers#knelpunten">← Terug naar Sociaal werkers</a>');
    expect(profile).toContain('id="knelpunten"');
    expect(idea).toContain('Terug naar de ideeënbank');
  });

  it('a solution beside the ideas links to its place on the theme page, and its quote to the idea', async () => {
    const profile = await html('/beroep/verzorgenden-intramuraal');
    const solution = /<p class="bridge-solution">([\s\S]*?)<\/p>/.exec(profile)?.[1];
    expect(solution, 'a solution on the profile').toBeDefined();
    const theme = /href="(\/ideeen\/themas\/[^"#]+)#(oplossing-\d+)"/.exec(solution!);
    expect(theme, 'the solution linked with its anchor').not.toBeNull();
    expect(await html(theme![1]!)).toContain(`id="${theme![2]!}"`);
    const quote = /<a href="(\/ideeen\/idee-\d+\?van=verzorgenden-intramuraal)"><q>/.exec(solution!);
    expect(quote, 'the quote linked to its idea').not.toBeNull();
    expect(await html(quote![1]!)).toContain('← Terug naar Verzorgenden intramuraal');
  });

  it('ignores an origin that is no known profile', async () => {
    for (const van of ['onbekend-beroep', '%2F%2Fexample.org', '..%2Fbeheer']) {
      const idea = await html(`/ideeen/idee-0001?van=${van}`);
      expect(idea, van).not.toContain('Terug naar ' + 'Sociaal');
      expect(idea, van).not.toMatch(/href="[^"]*example\.org/);
      expect(idea, van).not.toContain('Terug naar </a>');
      expect(idea, van).toContain('← Terug naar de ideeënbank');
    }
  });
});
