import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRANCHES } from '../../../src/core/contract/branches.js';
import {
  BRIDGE,
  BRIDGE_COMPONENTS,
  parseBridgeConfig,
  themesAddressing,
} from '../../../src/core/contract/bridge-config.js';
import { INDICATORS } from '../../../src/core/contract/indicators.js';
import { InputErrors } from '../../../src/core/contract/input-error.js';
import { PROFESSIONS } from '../../../src/core/contract/professions.js';

const shipped = JSON.parse(readFileSync('config/bridge.json', 'utf8')) as {
  version: number;
  concepts: Record<
    string,
    { note: string; themes: string[]; terms: string[]; groups?: string[]; groupsExcept?: string[] }
  >;
  professions: Record<string, string[]>;
};
const themeLabels = (
  JSON.parse(readFileSync('config/themes.json', 'utf8')) as { themes: { label: string }[] }
).themes.map((theme) => theme.label);

/** A deep copy of the shipped file, changed by `edit`. */
function broken(edit: (config: typeof shipped) => void): unknown {
  const copy = structuredClone(shipped);
  edit(copy);
  return copy;
}

function errorsOf(json: unknown): InputErrors {
  try {
    parseBridgeConfig(json);
  } catch (error) {
    if (error instanceof InputErrors) return error;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('the shipped bridge configuration', () => {
  it('parses, and the bundled constant is the same configuration', () => {
    const parsed = parseBridgeConfig(shipped);
    expect(parsed).toEqual(BRIDGE);
  });

  it('maps every one of the 23 professions to at least one of the 10 branches', () => {
    expect(Object.keys(BRIDGE.professions).sort()).toEqual([...PROFESSIONS].sort());
    for (const branches of Object.values(BRIDGE.professions)) {
      expect(branches.length).toBeGreaterThan(0);
      for (const branch of branches) expect(BRANCHES).toContain(branch);
    }
  });

  it('names the obvious main branches first', () => {
    expect(BRIDGE.professions['Huisartsen'][0]).toBe('Huisartsen en gezondheidscentra');
    expect(BRIDGE.professions['Jeugdzorgwerkers'][0]).toBe('Jeugdzorg');
    expect(BRIDGE.professions['Teamleiders en medewerkers kinderopvang']).toEqual(['Kinderopvang']);
    expect(BRIDGE.professions['Medisch specialisten'].slice(0, 2)).toEqual([
      'Ziekenhuizen en overige medisch specialistische zorg',
      "UMC's",
    ]);
  });

  it('has a concept for every resource and demand component of the contract and of config/indices.json', () => {
    const indices = JSON.parse(readFileSync('config/indices.json', 'utf8')) as {
      variants: { resources: unknown[]; demands: unknown[] }[];
    };
    const ids = (list: unknown[]): string[] =>
      list.flatMap((c) => (typeof c === 'string' ? [c] : (c as { of: string[] }).of));
    const inIndices = new Set(indices.variants.flatMap((v) => [...ids(v.resources), ...ids(v.demands)]));
    const contract = INDICATORS.filter((i) => i.group !== 'outcome').map((i) => i.id);
    expect([...BRIDGE_COMPONENTS].sort()).toEqual([...contract].sort());
    for (const id of inIndices) expect(BRIDGE_COMPONENTS).toContain(id);
    for (const id of BRIDGE_COMPONENTS) {
      const concept = BRIDGE.concepts[id];
      expect(concept, id).toBeDefined();
      expect(concept!.note.length, id).toBeGreaterThan(40);
      expect(concept!.terms.length, id).toBeGreaterThanOrEqual(8);
      expect(concept!.themes.length, id).toBeGreaterThan(0);
      for (const theme of concept!.themes) expect(themeLabels).toContain(theme);
    }
    expect(BRIDGE.concepts['tevreden_werk']).toBeUndefined();
  });

  it('gives the themes the issue names to their components', () => {
    expect(themesAddressing(BRIDGE, 'tijd_registratie')).toContain('Administratieve lasten');
    expect(themesAddressing(BRIDGE, 'tijd_verslaglegging')).toContain('Administratieve lasten');
    expect(themesAddressing(BRIDGE, 'autonomie')).toContain('Vertrouwen en professionele ruimte');
    expect(themesAddressing(BRIDGE, 'invloed_inhoud')).toContain('Vertrouwen en professionele ruimte');
    expect(themesAddressing(BRIDGE, 'steun_leidinggevende')).toContain('Leiderschap en steun');
    expect(themesAddressing(BRIDGE, 'ontwikkelmogelijkheden')).toContain('Ontwikkeling en loopbaan');
    expect(themesAddressing(BRIDGE, 'werkdruk')).toContain('Werkdruk en roosters');
    expect(themesAddressing(BRIDGE, 'agressie_intern')).toContain('Veiligheid en agressie');
    expect(BRIDGE.concepts.agressie_intern!.terms).toEqual(
      expect.arrayContaining(['pesten', 'omgangsregels']),
    );
    expect(themesAddressing(BRIDGE, 'tevreden_werk')).toEqual([]);
  });
});

describe('thesaurus groups of a concept', () => {
  it('count the group’s words and phrases, less the exceptions and the concept’s own terms', () => {
    const werkdruk = BRIDGE.concepts.werkdruk!;
    expect(werkdruk.synonyms).toEqual(expect.arrayContaining(['onderbezet', 'vacatures', 'geen tijd']));
    // Heavy work in a pay complaint and leaving in any sense are not the workload.
    expect(werkdruk.synonyms).not.toContain('zwaar');
    expect(werkdruk.synonyms).not.toContain('vertrekken');
    // The concept's own term is not repeated as a synonym.
    expect(werkdruk.synonyms).not.toContain('werkdruk');
    // Double shifts are no double registration.
    expect(BRIDGE.concepts.tijd_registratie!.synonyms).not.toContain('dubbele');
  });
});

describe('a broken bridge configuration', () => {
  it('is refused with every problem named, in Dutch, with the nearest known name', () => {
    const json = broken((c) => {
      c.concepts['werkdruk']!.terms.push('werkdruk');
      c.concepts['werkdruk']!.themes = ['Administatieve last'];
      c.concepts['registratietijd'] = {
        note: 'tikfout in de component',
        themes: [],
        terms: ['aa', 'bb', 'cc'],
      };
      delete c.concepts['autonomie'];
      c.professions['Huisartsen'] = ['Huisartsen en gezondheidscentra', 'Ziekenhuizen'];
      c.professions['Huisarts'] = ['Huisartsen en gezondheidscentra'];
      delete c.professions['OK-assistenten'];
    });
    const messages = errorsOf(json).errors.map((e) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "config/bridge.json: het concept 'werkdruk' noemt het woord 'werkdruk' twee keer.",
        expect.stringMatching(
          /'registratietijd' is geen hulpbron of taakeis.*Bedoelde u 'tijd_registratie'\?/,
        ),
        expect.stringMatching(
          /concept 'werkdruk' noemt het thema 'Administatieve last', dat niet in config\/themes\.json staat\. Bedoelde u 'Administratieve lasten'\?/,
        ),
        "config/bridge.json: de component 'autonomie' heeft geen concept; geef de thema’s en woorden die erover gaan.",
        expect.stringMatching(
          /'Ziekenhuizen' bij het beroep 'Huisartsen' is geen van de 10 branches\. Bedoelde u 'Ziekenhuizen en overige medisch specialistische zorg'\?/,
        ),
        "config/bridge.json: 'Huisarts' is geen van de 23 beroepen. Bedoelde u 'Huisartsen'?",
        "config/bridge.json: het beroep 'OK-assistenten' ontbreekt; geef de branches waarin het werkt.",
      ]),
    );
    expect(messages).toHaveLength(7);
  });

  it('refuses a thesaurus group that does not exist, naming the nearest', () => {
    const messages = errorsOf(
      broken((c) => {
        c.concepts['werkdruk']!.groups = ['bezeting'];
      }),
    ).errors.map((e) => e.message);
    expect(messages).toEqual([
      "config/bridge.json: het concept 'werkdruk' noemt de groep 'bezeting', die niet in config/thesaurus.json staat. Bedoelde u 'bezetting'?",
    ]);
  });

  it('reports a wrong shape with its path and what was found, not a stack of zod text', () => {
    const json = broken((c) => {
      (c.professions as Record<string, unknown>)['Huisartsen'] = 'Huisartsen en gezondheidscentra';
      (c as Record<string, unknown>)['thema'] = {};
      c.concepts['werkdruk']!.terms = [];
    });
    const errors = errorsOf(json).errors;
    const byPath = new Map(errors.map((e) => [e.column, e]));
    expect(byPath.get('professions.Huisartsen')?.message).toBe(
      "config/bridge.json, bij 'professions.Huisartsen': verwacht een lijst, gevonden een tekst.",
    );
    expect(byPath.get('concepts.werkdruk.terms')?.message).toContain('mag niet leeg zijn');
    expect(errors.some((e) => e.message.includes("onbekend veld 'thema'"))).toBe(true);
    for (const error of errors) expect(error.message).not.toMatch(/Invalid|expected|received/);
  });

  it('names the file it was given and refuses something that is not an object at all', () => {
    const error = errorsOf([1, 2]);
    expect(error.errors[0]!.message).toBe(
      "config/bridge.json, bij '(hoofdniveau)': verwacht een object, gevonden een lijst.",
    );
    try {
      parseBridgeConfig({ version: 1, concepts: {}, professions: {} }, { file: 'mijn-brug.json' });
      expect.unreachable();
    } catch (e) {
      expect((e as InputErrors).errors).toHaveLength(23 + BRIDGE_COMPONENTS.length);
      expect((e as InputErrors).message).toContain("mijn-brug.json: het beroep 'Huisartsen' ontbreekt");
    }
  });
});
