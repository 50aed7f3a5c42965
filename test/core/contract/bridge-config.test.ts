import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRANCHES } from '../../../src/core/contract/branches.js';
import { BRIDGE, parseBridgeConfig, themesAddressing } from '../../../src/core/contract/bridge-config.js';
import { INDICATOR_IDS, INDICATORS } from '../../../src/core/contract/indicators.js';
import { InputErrors } from '../../../src/core/contract/input-error.js';
import { PROFESSIONS } from '../../../src/core/contract/professions.js';

const shipped = JSON.parse(readFileSync('config/bridge.json', 'utf8')) as {
  themes: Record<string, { indicators: string[]; note: string }>;
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

  it('maps every theme of config/themes.json, and only those, to contract indicator ids with a reason', () => {
    expect(Object.keys(shipped.themes).sort()).toEqual([...themeLabels].sort());
    for (const [label, entry] of Object.entries(BRIDGE.themes)) {
      expect(themeLabels).toContain(label);
      expect(entry.note.length).toBeGreaterThan(20);
      for (const id of entry.indicators) expect(INDICATOR_IDS).toContain(id);
    }
  });

  it('holds the mappings the issue names', () => {
    const of = (label: string) => [...BRIDGE.themes[label]!.indicators].sort();
    expect(of('Administratieve lasten')).toEqual(['tijd_registratie', 'tijd_verslaglegging']);
    expect(of('Vertrouwen en professionele ruimte')).toEqual(['autonomie', 'invloed_inhoud']);
    expect(of('Leiderschap en steun')).toEqual(['steun_leidinggevende']);
    expect(of('Ontwikkeling en loopbaan')).toEqual(['loopbaanperspectief', 'ontwikkelmogelijkheden']);
    expect(of('Werkdruk en roosters')).toEqual(['werkdruk']);
    expect(of('Veiligheid en agressie')).toEqual(['agressie_extern', 'agressie_intern']);
  });

  it('has at least one theme for every resource and demand component', () => {
    for (const info of INDICATORS.filter((i) => i.group !== 'outcome')) {
      expect(themesAddressing(BRIDGE, info.id), info.id).not.toEqual([]);
    }
    expect(themesAddressing(BRIDGE, 'tevreden_werk')).toEqual([]);
  });
});

describe('a broken bridge configuration', () => {
  it('is refused with every problem named, in Dutch, with the nearest known name', () => {
    const json = broken((c) => {
      c.themes['Administratieve lasten']!.indicators = [
        'tijd_registratie',
        'tijd_registratie',
        'registratietijd',
      ];
      c.themes['Administatieve last'] = { indicators: ['werkdruk'], note: 'tikfout in het thema' };
      c.professions['Huisartsen'] = ['Huisartsen en gezondheidscentra', 'Ziekenhuizen'];
      c.professions['Huisarts'] = ['Huisartsen en gezondheidscentra'];
      delete c.professions['OK-assistenten'];
    });
    const messages = errorsOf(json).errors.map((e) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "config/bridge.json: het thema 'Administratieve lasten' noemt de indicator 'tijd_registratie' twee keer.",
        expect.stringMatching(/onbekende indicator 'registratietijd'.*Bedoelde u 'tijd_registratie'\?/),
        expect.stringMatching(
          /thema 'Administatieve last' staat niet in config\/themes\.json\. Bedoelde u 'Administratieve lasten'\?/,
        ),
        expect.stringMatching(
          /'Ziekenhuizen' bij het beroep 'Huisartsen' is geen van de 10 branches\. Bedoelde u 'Ziekenhuizen en overige medisch specialistische zorg'\?/,
        ),
        "config/bridge.json: 'Huisarts' is geen van de 23 beroepen. Bedoelde u 'Huisartsen'?",
        "config/bridge.json: het beroep 'OK-assistenten' ontbreekt; geef de branches waarin het werkt.",
      ]),
    );
    expect(messages).toHaveLength(6);
  });

  it('reports a wrong shape with its path and what was found, not a stack of zod text', () => {
    const json = broken((c) => {
      (c.professions as Record<string, unknown>)['Huisartsen'] = 'Huisartsen en gezondheidscentra';
      (c as Record<string, unknown>)['thema'] = {};
      c.themes['Samenwerking']!.indicators = [];
    });
    const errors = errorsOf(json).errors;
    const byPath = Object.fromEntries(errors.map((e) => [e.column, e]));
    expect(byPath['professions.Huisartsen']!.message).toBe(
      "config/bridge.json, bij 'professions.Huisartsen': verwacht een lijst, gevonden een tekst.",
    );
    expect(byPath['themes.Samenwerking.indicators']!.message).toContain('mag niet leeg zijn');
    expect(errors.some((e) => e.message.includes("onbekend veld 'thema'"))).toBe(true);
    for (const error of errors) expect(error.message).not.toMatch(/Invalid|expected|received/);
  });

  it('names the file it was given and refuses something that is not an object at all', () => {
    const error = errorsOf([1, 2]);
    expect(error.errors[0]!.message).toBe(
      "config/bridge.json, bij '(hoofdniveau)': verwacht een object, gevonden een lijst.",
    );
    try {
      parseBridgeConfig({ themes: {}, professions: {} }, { file: 'mijn-brug.json' });
      expect.unreachable();
    } catch (e) {
      expect((e as InputErrors).errors).toHaveLength(23);
      expect((e as InputErrors).message).toContain("mijn-brug.json: het beroep 'Huisartsen' ontbreekt");
    }
  });
});
