import { profileBackOf } from '../../../../src/core/ideas/profile-back.js';
import { describe, expect, it } from 'vitest';
import { PROFESSIONS } from '../../../../src/core/contract/professions.js';
import { slugify } from '../../../../src/core/contract/slug.js';
import {
  adminPageQuery,
  compareQuery,
  ideaPageQuery,
  ideasPageQuery,
  pageStateQuery,
  professionChoiceQuery,
  professionSearchQuery,
  rankingChoiceQuery,
  solutionForms,
  themeChoiceQuery,
  uploadForm,
  uploadQuery,
} from '../../../../src/node/server/request/request-schemas.js';

const profession = PROFESSIONS[0];

describe('the schemas of the pages and uploads', () => {
  it('reads the ideas page query as the API does, leaving the profession highlight out of the filters', () => {
    const params = ideasPageQuery.parse({
      q: 'rooster',
      beroep: [slugify(profession), profession],
      offset: '20',
    });
    expect(params.q).toBe('rooster');
    expect(params.offset).toBe(20);
    expect(params.filters.beroep).toHaveLength(1);
    expect(params.filters.beroep[0]).not.toBe(slugify(profession));
    expect(ideasPageQuery.parse({ beroep: slugify(profession) }).filters.beroep).toEqual([]);
    // Also a profession outside the bundled ones (audit 6, finding 1).
    expect(ideasPageQuery.parse({ beroep: 'logopedisten' }).filters.beroep).toEqual([]);
  });

  it('answers a page parameter that cannot be read with an issue naming it', () => {
    const result = ideasPageQuery.safeParse({ offset: 'tien' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['offset']);
  });

  it('keeps only the ideas page’s own parameters of the search a reader came from', () => {
    expect(ideaPageQuery.parse({ terug: 'q=overleg&thema=Werkdruk&thema=Roosters&x=1&offset=20' })).toEqual({
      back: { q: 'overleg', offset: '20', thema: ['Werkdruk', 'Roosters'] },
      from: undefined,
    });
    expect(ideaPageQuery.parse({})).toEqual({ back: {}, from: undefined });
    // The profile a reader came from: any short text, decided against the analysis by profileBackOf
    // (profile-back.ts, as a static copy decides); a hand-made one names no profile there.
    expect(ideaPageQuery.parse({ van: 'sociaal-werkers' }).from).toBe('sociaal-werkers');
    for (const van of ['//example.org', '../beheer', 'Sociaal Werkers']) {
      expect(ideaPageQuery.parse({ van }).from, van).toBe(van);
      expect(profileBackOf(van, { 'sociaal-werkers': 'Sociaal werkers' }), van).toBeNull();
    }
    expect(ideaPageQuery.parse({ van: 'a'.repeat(201) }).from).toBeUndefined();
  });

  it('reads a curator’s form: first values, repeated checkboxes as a list, absent fields empty', () => {
    expect(
      solutionForms.samenvoegen.parse({
        thema: ' Werkdruk ',
        oplossingen: ['c1', '', 'c2'],
        reason: 'zelfde',
      }),
    ).toEqual({ thema: 'Werkdruk', reden: 'zelfde', oplossingen: ['c1', 'c2'], omschrijving: '' });
    expect(solutionForms.verplaatsen.parse({ idee: ['i1', 'i2'] })).toEqual({
      thema: '',
      reden: '',
      idee: 'i1',
      naar: '',
    });
    expect(themeChoiceQuery.parse({ thema: '  ' })).toEqual({ thema: undefined });
    expect(themeChoiceQuery.parse({ thema: ' Werkdruk ' })).toEqual({ thema: 'Werkdruk' });
  });

  it('reads an upload form: the file under either name, the example mark, text fields as text only', () => {
    const file = new File(['a,b\n'], 'tabel.csv');
    const form = uploadForm.parse({ file, voorbeeld: 'JA', titel: 'CBS', token: 'geheim' });
    expect(form.bestand).toBe(file);
    expect(form).toMatchObject({ voorbeeld: true, titel: 'CBS', token: 'geheim' });
    expect(uploadForm.parse({ bestand: file, token: new File([], 'x') }).token).toBeUndefined();
    expect(uploadForm.parse({ bestand: file }).voorbeeld).toBe(false);
    expect(uploadForm.safeParse({ titel: 'zonder bestand' }).success).toBe(false);
    expect(uploadForm.safeParse({ bestand: new File([], '') }).success).toBe(false);
    expect(uploadQuery.parse({ naam: ['a.csv', 'b.csv'], voorbeeld: ['nee'] })).toEqual({
      naam: 'a.csv',
      titel: undefined,
      voorbeeld: false,
      tonen: true,
    });
  });

  it('reads tonen: shown at once unless nee, anything else refused in Dutch', () => {
    const file = new File(['a,b\n'], 'tabel.csv');
    expect(uploadForm.parse({ bestand: file }).tonen).toBe(true);
    expect(uploadForm.parse({ bestand: file, tonen: 'nee' }).tonen).toBe(false);
    expect(uploadForm.parse({ bestand: file, tonen: ['ja'] }).tonen).toBe(true);
    expect(uploadQuery.parse({ tonen: ' NEE ' }).tonen).toBe(false);
    expect(uploadQuery.parse({ tonen: '' }).tonen).toBe(true);
    const typo = uploadQuery.safeParse({ tonen: 'no thanks' });
    expect(typo.success ? undefined : typo.error.issues[0]?.message).toBe(
      '‘tonen’ moet ja of nee zijn, niet ‘no thanks’.',
    );
  });

  it('reads the version a redirect noted on the admin page, ignoring anything else', () => {
    expect(adminPageQuery.parse({ opgeslagen: '3' })).toEqual({ opgeslagen: 3, getoond: undefined });
    expect(adminPageQuery.parse({ getoond: ['12', '4'] })).toEqual({ opgeslagen: undefined, getoond: 12 });
    expect(adminPageQuery.parse({ opgeslagen: '-1', getoond: 'drie' })).toEqual({
      opgeslagen: undefined,
      getoond: undefined,
    });
  });

  it('reads the choices of the profession, ranking and compare pages, ignoring what is no id', () => {
    expect(professionSearchQuery.parse({ q: ['x'.repeat(150), 'tweede'] }).q).toHaveLength(100);
    expect(professionSearchQuery.parse({}).q).toBe('');
    expect(professionChoiceQuery.parse({ kies: ' huisartsen ' }).kies).toBe('huisartsen');
    expect(professionChoiceQuery.parse({ kies: '../etc' }).kies).toBeUndefined();
    expect(rankingChoiceQuery.parse({ component: 'werkdruk' }).component).toBe('werkdruk');
    expect(rankingChoiceQuery.parse({ component: 'x'.repeat(101) }).component).toBeUndefined();
    expect(compareQuery.parse({ a: '2', b: '' })).toEqual({ a: 2, b: undefined });
    expect(compareQuery.safeParse({ a: 'nul' }).success).toBe(false);
  });

  it('reads the page state every page carries: a bad slug dropped, a bad version refused in Dutch', () => {
    expect(pageStateQuery.parse({ beroep: ' Huisartsen ', versie: ' 2 ' })).toEqual({
      beroep: 'huisartsen',
      versie: 2,
    });
    expect(pageStateQuery.parse({ beroep: '../x', versie: '' })).toEqual({ beroep: null, versie: null });
    const bad = pageStateQuery.safeParse({ versie: '0' });
    expect(bad.success ? undefined : bad.error.issues[0]?.message).toBe(
      'Versie ‘0’ is geen geldig versienummer (een geheel getal vanaf 1).',
    );
  });
});
