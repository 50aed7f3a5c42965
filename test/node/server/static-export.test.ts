import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppWithServices } from '../../../src/node/server/app.js';
import { importExampleData } from '../../../src/node/server/example-data.js';
import { exportFileOf, exportSite } from '../../../src/node/server/static-export.js';
import { packagePath } from '../../../src/node/package-root.js';
import { FIGURE_WIDTHS } from '../../../src/core/charts/figure-spec.js';
import { EXPORTED_IDEAS_GLOBAL } from '../../../src/core/ideas/local-search.js';
import { EXAMPLE_IDEAS_LABEL } from '../../../src/core/text/labels.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { storeOf } from '../../../src/node/store/index.js';

describe('static export', () => {
  let db: Database;
  let out: string;
  let files: readonly string[];
  beforeAll(async () => {
    if (!existsSync(packagePath('dist', 'web', 'manifest.json'))) {
      execFileSync(process.execPath, [packagePath('scripts', 'build-client.js')]);
    }
    db = await openDatabase({ dataDir: 'memory://' });
    await importExampleData(db);
    // A second version, shown once and then not: the export holds version 1 only, and its versions page
    // must say so. A third, stored for a check and never shown: the versions page leaves it out.
    const datasets = storeOf(db).datasets;
    const first = await datasets.load(1);
    await datasets.add(first!.table, { name: 'golf-2.csv', show: false });
    await datasets.choose(2);
    await datasets.choose(1);
    await datasets.add(first!.table, { name: 'golf-3.csv', show: false });
    out = mkdtempSync(join(tmpdir(), 'werkbalans-export-'));
    files = (await exportSite(db, out, { config: { draws: 300 } })).files;
  });
  afterAll(async () => {
    await db.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('writes relative embed codes without a base URL, and says beside each that they need the address', () => {
    const downloads = readFileSync(join(out, 'downloads/index.html'), 'utf8');
    expect(downloads).toContain('src=&quot;embed/kwadranten/index.html&quot;');
    expect(downloads).toContain('src=&quot;insluiten.js&quot;');
    expect(downloads).toContain(
      'Let op: deze code bevat nog niet het adres van deze website. Zet het adres waarop deze pagina’s staan (zoals https://www.voorbeeld.nl/werkbalans/) vóór ‘embed/kwadranten/index.html’',
    );
    expect(downloads).toContain('aria-describedby="snippet-kwadranten-adres"');
  });

  it('writes absolute embed codes at the base URL, with no note', async () => {
    const { app } = createAppWithServices({
      db,
      config: { draws: 300, staticExport: true, baseUrl: 'https://www.azwinfo.nl/werkbalans' },
    });
    const downloads = await (await app.request('/downloads')).text();
    expect(downloads).toContain(
      'src=&quot;https://www.azwinfo.nl/werkbalans/embed/kwadranten/index.html&quot;',
    );
    expect(downloads).toContain('src=&quot;https://www.azwinfo.nl/werkbalans/insluiten.js&quot;');
    expect(downloads).not.toContain('bevat nog niet het adres');
    expect(downloads).not.toMatch(/src=&quot;(embed|insluiten)/);
  });

  it('maps site paths to files', () => {
    expect(exportFileOf('/')).toBe('index.html');
    expect(exportFileOf('/beroep/huisartsen')).toBe('beroep/huisartsen/index.html');
    expect(exportFileOf('/downloads/analyse.csv')).toBe('downloads/analyse.csv');
  });

  it('writes every read-only page, embed, download and asset', () => {
    for (const file of [
      'index.html',
      'beroepen/index.html',
      'beroep/huisartsen/index.html',
      'ranglijst/index.html',
      'ranglijst/autonomie/index.html',
      'kwadranten/index.html',
      'methode/index.html',
      'downloads/index.html',
      'embed/kwadranten/index.html',
      'downloads/analyse.csv',
      'downloads/analyse.json',
      'downloads/figuren/kwadranten.svg',
      'downloads/figuren/kwadranten.png',
      'assets/styles.css',
      'assets/figures.css',
      'assets/mijn-beroep.js',
    ]) {
      expect(files, file).toContain(file);
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    expect(files.filter((f) => f.startsWith('beroep/'))).toHaveLength(23);
  });

  it('writes brotli and gzip beside every text file, and the assets under their hashed names', () => {
    for (const file of files.filter((f) => /\.(html|css|js|svg|json|csv)$/.test(f))) {
      expect(existsSync(join(out, `${file}.br`)), file).toBe(true);
      expect(existsSync(join(out, `${file}.gz`)), file).toBe(true);
    }
    expect(files.some((f) => /^assets\/styles-[0-9a-f]{8}\.css$/.test(f))).toBe(true);
    expect(files.some((f) => /^assets\/mijn-beroep-[A-Z0-9]{8}\.js$/.test(f))).toBe(true);
  });

  it('links relatively to index.html files, with no server-only forms or query state', () => {
    const profile = readFileSync(join(out, 'beroep/huisartsen/index.html'), 'utf8');
    expect(profile).toMatch(/href="\.\.\/\.\.\/assets\/styles-[0-9a-f]{8}\.css"/);
    expect(profile).toContain('href="../../beroepen/index.html"');
    expect(profile).toContain('href="../../ranglijst/hulpbronnen/index.html"');
    expect(profile).not.toMatch(/href="\/[^/]/);
    expect(profile).not.toContain('?beroep=');
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('href="beroep/huisartsen/index.html"');
    expect(home).not.toContain('action="beroep"');
    expect(home).not.toContain('/beheer');
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(out, file), 'utf8');
      for (const [, href] of html.matchAll(/(?:href|src)="([^"#]+)/g)) {
        if (/^(https?:|mailto:)/.test(href!)) continue;
        // The figures island's pattern names one file per drawn width.
        const targets = href!.includes('{breedte}')
          ? FIGURE_WIDTHS.map((w) => href!.replace('{breedte}', String(w)))
          : [href!];
        for (const target of targets) {
          const [path, query] = target.split('?');
          expect(existsSync(join(out, file, '..', path!)), `${file} → ${target}`).toBe(true);
          // Only the ideas page reads a query in a static copy (its island searches what it says), and
          // an idea's page its `?van=` (its island shows the way back to that profile).
          if (query !== undefined && /(^|\/)ideeen\/idee-[^/]+\/index\.html$/.test(path!))
            expect(query, `${file} → ${target}`).toMatch(/^van=[a-z0-9-]+$/);
          else if (query !== undefined)
            expect(path, `${file} → ${target}`).toMatch(/(^|\/)ideeen\/index\.html$/);
        }
      }
    }
  });

  it('says on the versions page that the copy holds one version, and links only that one', () => {
    const page = readFileSync(join(out, 'versies/index.html'), 'utf8');
    expect(page).toContain('Deze statische kopie van de website bevat alleen versie 1, de standaardversie.');
    expect(page).not.toContain('vergelijk er twee');
    expect(page).toContain('<a href="../index.html">Bekijk versie 1</a>');
    expect(page).toContain('<th scope="row">Versie 2</th>');
    expect(page).not.toContain('Bekijk versie 2');
    expect(page).toContain('niet in deze kopie');
    // The version stored for a check is not listed.
    expect(page).not.toContain('Versie 3');
    expect(page).not.toContain('golf-3.csv');
  });

  it('links every ranking from every ranking page, with no form that needs a server', () => {
    const rankings = files.filter((f) => /^ranglijst\/[^/]+\/index\.html$/.test(f));
    expect(rankings.length).toBeGreaterThan(10);
    for (const file of [...rankings, 'ranglijst/index.html']) {
      const page = readFileSync(join(out, file), 'utf8');
      expect(page, file).not.toContain('<form');
      for (const ranking of rankings) {
        const prefix = file === 'ranglijst/index.html' ? '../' : '../../';
        expect(page, `${file} → ${ranking}`).toContain(`href="${prefix}${ranking}"`);
      }
    }
  });

  it('links an idea page and a theme page to the ideas they share, through the ideas page address', () => {
    const idea = readFileSync(join(out, 'ideeen/idee-0001/index.html'), 'utf8');
    expect(idea).toMatch(/href="\.\.\/\.\.\/ideeen\/index\.html\?thema=[^"]+"/);
    // A profile's "Alle N ideeën over …" under a weak component, too.
    const profile = readFileSync(join(out, 'beroep/verzorgenden-intramuraal/index.html'), 'utf8');
    expect(profile).toMatch(/<a href="\.\.\/\.\.\/ideeen\/index\.html\?thema=[^"]+">Alle \d+ ideeën/);
    const theme = readFileSync(join(out, 'ideeen/themas/administratieve-lasten/index.html'), 'utf8');
    expect(theme).toContain('href="../../../ideeen/index.html?thema=Administratieve+lasten"');
  });

  it('writes each theme page and the themes page with its "Veelgenoemde oplossingen", as voorbeelddata', () => {
    expect(files).toContain('ideeen/themas/administratieve-lasten/index.html');
    for (const file of ['ideeen/themas/administratieve-lasten/index.html', 'ideeen/themas/index.html']) {
      const page = readFileSync(join(out, file), 'utf8');
      expect(page, file).toContain('Veelgenoemde oplossingen');
      expect(page, file).toContain('voorbeelddata');
      expect(page, file).toContain('Genoemd in ');
    }
  });

  it('writes the exported ideas for the search in the browser: public fields only, one per idea page', () => {
    expect(files).toContain('ideeen/ideeen.json');
    const document = JSON.parse(readFileSync(join(out, 'ideeen/ideeen.json'), 'utf8')) as {
      notice: unknown;
      items: Record<string, unknown>[];
    };
    // The bundled ideas are constructed: the file says so, as every JSON answer of example data does.
    expect(Object.keys(document)).toEqual(['notice', 'items']);
    expect(document.notice).toBe(EXAMPLE_IDEAS_LABEL);
    const ideas = document.items;
    const pages = files.filter(
      (f) => /^ideeen\/[^/]+\/index\.html$/.test(f) && f !== 'ideeen/themas/index.html',
    );
    expect(ideas).toHaveLength(pages.length);
    expect(ideas.length).toBe(221);
    // The same ideas as a script, for a copy opened as files (file://), where fetch() is refused.
    expect(files).toContain('ideeen/ideeen.js');
    const scope: Record<string, unknown> = {};
    runInNewContext(readFileSync(join(out, 'ideeen/ideeen.js'), 'utf8'), scope);
    expect(scope[EXPORTED_IDEAS_GLOBAL]).toEqual(document);
    for (const idea of ideas) {
      expect(Object.keys(idea).sort()).toEqual([
        'branch',
        'id',
        'kind',
        'profession',
        'province',
        'text',
        'themes',
      ]);
      expect(files).toContain(`ideeen/${String(idea.id)}/index.html`);
    }
    // The same k-anonymity as the server: every province + profession + branch combination in the
    // file is shared by at least 5 ideas (complementary suppression included).
    const combinations = new Map<string, number>();
    for (const { province, profession, branch } of ideas) {
      const key = JSON.stringify([province, profession, branch]);
      combinations.set(key, (combinations.get(key) ?? 0) + 1);
    }
    for (const [key, n] of combinations) expect(n, key).toBeGreaterThanOrEqual(5);
    const page = readFileSync(join(out, 'ideeen/index.html'), 'utf8');
    expect(page).toContain('data-ideas-json="ideeen.json"');
    // The professions "mijn beroep" may name come from the table, not a fixed list (audit 6, finding 1).
    const names = /data-professions="([^"]*)"/.exec(page)?.[1]?.replace(/&quot;/g, '"');
    expect(JSON.parse(names ?? '{}')).toMatchObject({ huisartsen: 'Huisartsen' });
    expect(page).toContain('Zoeken en filteren gebeuren hier in uw browser');
    expect(page).toContain(
      'Per pagina staan hoogstens 100 ideeën; met de links onder de ideeën bladert u verder.',
    );
    // The file is one page: without its script a link to "page 2" would show page 1 again.
    expect(page).toContain('van 221</p>');
    expect(page).not.toContain('rel="next"');
    expect(page).not.toContain('Deze kopie bevat');
  });
});
