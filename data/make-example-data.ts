/**
 * Builds the bundled example survey table: 23 professions × the contract's indicators with 95% bounds,
 * for the fourth quarter of 2024. CONSTRUCTED DATA (voorbeelddata), never CBS figures.
 *
 * How it is made (seeded, so every run writes the same bytes):
 * 1. each profession gets a profile: sector-level component baselines plus tilts known from the sector
 *    figures in the domain brief (aggression highest in social work, administration highest in GP care …);
 * 2. within the published quadrant groups, professions are spread over target index ranges that keep
 *    the published median split (11 low, 12 at-or-above the median on both axes), and each profile is
 *    shifted so its index lands on its target;
 * 3. satisfaction with the organisation follows resources strongly and demands weakly; satisfaction
 *    with the work varies less;
 * 4. bounds come from a binomial standard error for a plausible number of respondents.
 *
 * Run: npm run data:example (writes data/voorbeeld-beroepen.csv, .xlsx (CBS layout) and .meta.json).
 */
import { writeFileSync } from 'node:fs';
import { seededNormal } from '../src/core/analysis/random.js';
import { PUBLISHED_QUADRANTS } from './published-quadrants.js';

const SEED = 20251120;
const PERIOD = '2024KW04';
const random = seededNormal(SEED);

const RESOURCES = ['loopbaanperspectief', 'ontwikkelmogelijkheden', 'invloed_inhoud', 'autonomie', 'steun_leidinggevende'] as const;
const DEMANDS = ['werkdruk', 'agressie_extern', 'agressie_intern', 'tijd_verslaglegging', 'tijd_registratie'] as const;
type Component = (typeof RESOURCES)[number] | (typeof DEMANDS)[number];

/** Sector-level baselines (percentages) the profiles start from. */
const BASE: Record<Component, number> = {
  loopbaanperspectief: 44,
  ontwikkelmogelijkheden: 60,
  invloed_inhoud: 55,
  autonomie: 63,
  steun_leidinggevende: 58,
  werkdruk: 49,
  agressie_extern: 55,
  agressie_intern: 29,
  tijd_verslaglegging: 17,
  tijd_registratie: 12,
};

/** Tilts per profession, from the brief's sector figures and what the professions do. */
const TILT: Record<string, Partial<Record<Component, number>>> = {
  'Sociaal werkers': { agressie_extern: 22, tijd_verslaglegging: 6 },
  'Groeps- en woonbegeleiders': { agressie_extern: 23, tijd_verslaglegging: 4 },
  'Persoonlijk begeleiders': { agressie_extern: 14, tijd_verslaglegging: 6 },
  'Jeugdzorgwerkers': { agressie_extern: 12, tijd_verslaglegging: 10, werkdruk: 6 },
  'Verpleegkundigen psychiatrie, ggz': { agressie_extern: 18, tijd_verslaglegging: 6 },
  'Huisartsen': { tijd_registratie: 9, werkdruk: 10, autonomie: 18, agressie_extern: -10 },
  'Medisch specialisten': { autonomie: 14, invloed_inhoud: 10, agressie_extern: -18, tijd_registratie: 6 },
  'Managers zorginstellingen': { agressie_extern: -35, loopbaanperspectief: 10, invloed_inhoud: 12, tijd_registratie: 3 },
  'Praktijkondersteuners': { tijd_registratie: 6, agressie_extern: -18, autonomie: 8 },
  'Huishoudelijke hulpen': { tijd_verslaglegging: -14, tijd_registratie: -10, agressie_extern: -12, loopbaanperspectief: -14 },
  'Tandartsassistenten en mondhygiënisten': { agressie_extern: -20, tijd_verslaglegging: -8 },
  'Fysiotherapeuten': { agressie_extern: -25, autonomie: 10, tijd_registratie: 4 },
  'OK-assistenten': { agressie_extern: -30, tijd_verslaglegging: -9, autonomie: -12 },
  'Teamleiders en medewerkers kinderopvang': { werkdruk: 12, agressie_extern: -22, tijd_verslaglegging: -6 },
  'Doktersassistenten': { agressie_extern: 8, werkdruk: 8, tijd_registratie: 5, autonomie: -10 },
  'Verzorgenden intramuraal': { agressie_extern: 10, werkdruk: 6, autonomie: -12 },
  'Verzorgenden thuis- en kraamzorg': { agressie_extern: -8, tijd_registratie: 2 },
  'Basisverpleegkundige niveau 4': { werkdruk: 6, tijd_verslaglegging: 3 },
  'Gespecialiseerd verpleegkundigen en verpleegkundig coördinatoren': { werkdruk: 8, tijd_registratie: 3 },
  'Wijkverpleegkundigen': { autonomie: 12, tijd_registratie: 5, agressie_extern: -8 },
  'Gedragsdeskundigen (wo)': { tijd_verslaglegging: 12, ontwikkelmogelijkheden: 8, agressie_extern: 4 },
  'Maatschappelijk werkers en specialistische sociale hulpverleners': { tijd_verslaglegging: 8, agressie_extern: 4 },
  'Thuisbegeleiders': { autonomie: 8, agressie_extern: 2 },
};

/** Index ranges per median-split group: low groups end below where the high groups begin. */
const TARGET = {
  resources: { low: [42.5, 50.5], high: [52.5, 63.5] },
  demands: { low: [23.5, 31.0], high: [32.5, 40.5] },
} as const;

const round1 = (v: number) => Math.round(v * 10) / 10;
const clip = (v: number, lo = 1, hi = 99) => Math.min(hi, Math.max(lo, v));
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

interface Profile {
  name: string;
  quadrant: 1 | 2 | 3 | 4;
  respondents: number;
  values: Record<string, number>;
}

const professions: Profile[] = Object.entries(PUBLISHED_QUADRANTS)
  .flatMap(([q, names]) => names.map((name) => ({ name, quadrant: Number(q) as 1 | 2 | 3 | 4 })))
  .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  .map(({ name, quadrant }) => {
    const values: Record<string, number> = {};
    for (const c of [...RESOURCES, ...DEMANDS]) values[c] = BASE[c] + (TILT[name]?.[c] ?? 0) + 4 * random.normal();
    return { name, quadrant, respondents: Math.round(220 + 800 * random.uniform()), values };
  });

/** Shifts one index's components so the index lands on evenly spaced targets within each group. */
function placeOnTargets(side: 'resources' | 'demands'): void {
  const components = side === 'resources' ? RESOURCES : DEMANDS;
  const isHigh = (p: Profile) => (side === 'resources' ? p.quadrant >= 3 : p.quadrant % 2 === 0);
  for (const high of [false, true]) {
    const group = professions.filter((p) => isHigh(p) === high);
    const indexOf = (p: Profile) => mean(components.map((c) => p.values[c]!));
    group.sort((a, b) => indexOf(a) - indexOf(b));
    const [lo, hi] = TARGET[side][high ? 'high' : 'low'];
    group.forEach((p, i) => {
      const target = lo + ((hi - lo) * i) / (group.length - 1) + 0.3 * random.normal();
      for (let attempt = 0; attempt < 20; attempt++) {
        const delta = target - indexOf(p);
        if (Math.abs(delta) < 0.01) break;
        for (const c of components) p.values[c] = clip(p.values[c]! + delta);
      }
      for (const c of components) p.values[c] = round1(p.values[c]!);
    });
  }
}
placeOnTargets('resources');
placeOnTargets('demands');

const resourcesIndex = (p: Profile) => mean(RESOURCES.map((c) => p.values[c]!));
const demandsIndex = (p: Profile) => mean(DEMANDS.map((c) => p.values[c]!));
for (const p of professions) {
  const r = resourcesIndex(p) - 54;
  const d = demandsIndex(p) - 32;
  p.values.tevreden_organisatie = round1(clip(64 + 1.1 * r - 0.75 * d + 2.6 * random.normal()));
  p.values.tevreden_werk = round1(clip(78.5 + 0.2 * r - 0.1 * d + 1.6 * random.normal()));
  // Job characteristics: shown, never part of an index.
  const several = round1(clip(8 + 6 * random.uniform(), 0, 100));
  const selfEmployed = round1(clip(2 + 5 * random.uniform(), 0, 100));
  p.values['Eén baan'] = round1(100 - several - selfEmployed);
  p.values['Meerdere banen'] = several;
  p.values['Werknemer en zelfstandige'] = selfEmployed;
}

// The properties the example must show (issue: published findings); stop rather than write data that lacks them.
{
  const r = professions.map(resourcesIndex);
  const d = professions.map(demandsIndex);
  const org = professions.map((p) => p.values.tevreden_organisatie!);
  const work = professions.map((p) => p.values.tevreden_werk!);
  const sd = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
  const corr = (x: number[], y: number[]) =>
    x.reduce((a, xi, i) => a + (xi - mean(x)) * (y[i]! - mean(y)), 0) / ((x.length - 1) * sd(x) * sd(y));
  const byQuadrant = [1, 2, 3, 4].map((q) => mean(professions.filter((p) => p.quadrant === q).map((p) => p.values.tevreden_organisatie!)));
  const checks = {
    resourcesStronger: Math.abs(corr(r, org)) > Math.abs(corr(d, org)) + 0.3,
    workSpreadsLess: sd(work) < sd(org),
    quadrant2Lowest: Math.min(...byQuadrant) === byQuadrant[1],
    quadrant3Highest: Math.max(...byQuadrant) === byQuadrant[2],
  };
  const failed = Object.entries(checks).filter(([, ok]) => !ok).map(([name]) => name);
  if (failed.length > 0) throw new Error(`example data lacks: ${failed.join(', ')} (change SEED or the model)`);
}

/** 95% bounds from the binomial standard error for the profession's number of respondents. */
function bounds(value: number, n: number): [number, number] {
  const half = 1.96 * Math.sqrt((value / 100) * (1 - value / 100) / n) * 100 * 1.15;
  return [round1(clip(value - half, 0, 100)), round1(clip(value + half, 0, 100))];
}

const LABELS: Record<string, string> = {
  loopbaanperspectief: 'Loopbaanperspectief',
  ontwikkelmogelijkheden: 'Ontwikkelmogelijkheden',
  invloed_inhoud: 'Invloed op de inhoud van het werk',
  autonomie: 'Zelf beslissen hoe het werk wordt gedaan',
  steun_leidinggevende: 'Steun van leidinggevende',
  werkdruk: 'Werkdruk te hoog',
  agressie_extern: 'Agressie door patiënten/cliënten of hun naasten',
  agressie_intern: "Agressie door leidinggevenden of collega's",
  tijd_verslaglegging: 'Tijd besteed aan verslaglegging',
  tijd_registratie: 'Tijd besteed aan registratie',
  tevreden_werk: 'Tevreden met het werk',
  tevreden_organisatie: 'Tevreden met de organisatie',
};
const ORDER = [...Object.keys(LABELS), 'Eén baan', 'Meerdere banen', 'Werknemer en zelfstandige'];

const csvRows = ['beroep,indicator,waarde,ondergrens,bovengrens,periode'];
const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
for (const p of professions) {
  for (const key of ORDER) {
    const value = p.values[key]!;
    const [lo, hi] = key in LABELS ? bounds(value, p.respondents) : [null, null];
    csvRows.push([quote(p.name), quote(key), value, lo ?? '', hi ?? '', PERIOD].join(','));
  }
}
const out = new URL('.', import.meta.url);
writeFileSync(new URL('voorbeeld-beroepen.csv', out), `${csvRows.join('\n')}\n`);
const meta = {
  title: 'Voorbeelddata — geen CBS-cijfers: zelf samengestelde tabel van 23 beroepen, 4e kwartaal 2024',
  example: true,
  note: 'Geconstrueerd met data/make-example-data.ts (startwaarde 20251120) op basis van publieke sectorcijfers; geen meting.',
};
writeFileSync(new URL('voorbeeld-beroepen.meta.json', out), `${JSON.stringify(meta, null, 2)}\n`);
writeFileSync(new URL('voorbeeld-beroepen-cbs.meta.json', out), `${JSON.stringify(meta, null, 2)}\n`);

// The same table in the layout CBS delivers custom tables in (.xlsx, two header rows).
const { default: writeXlsxFile } = await import('write-excel-file/node');
type Cell = { value?: string | number; columnSpan?: number; fontWeight?: 'bold' } | null;
const sheet: Cell[][] = [
  [{ value: 'Voorbeelddata — geen CBS-cijfers', fontWeight: 'bold' }],
  [{ value: 'Percentage werknemers per beroep (zorg en welzijn), 4e kwartaal 2024 (2024KW04)' }],
  [],
  [null, ...Object.values(LABELS).flatMap((label): Cell[] => [{ value: label, columnSpan: 3 }, null, null]), ...ORDER.slice(12).map((l) => ({ value: l }))],
  [{ value: 'Beroep' }, ...Object.keys(LABELS).flatMap((): Cell[] => [{ value: 'Waarde' }, { value: 'Ondergrens' }, { value: 'Bovengrens' }]), ...ORDER.slice(12).map(() => ({ value: 'Waarde' }))],
  ...professions.map((p): Cell[] => [
    { value: p.name },
    ...Object.keys(LABELS).flatMap((key): Cell[] => {
      const [lo, hi] = bounds(p.values[key]!, p.respondents);
      return [{ value: p.values[key]! }, { value: lo }, { value: hi }];
    }),
    ...ORDER.slice(12).map((key) => ({ value: p.values[key]! })),
  ]),
  [],
  [{ value: 'Bron: zelf samengestelde voorbeelddata van werkbalans, geen CBS-cijfers.' }],
];
await writeXlsxFile(sheet as never, { sheet: 'Tabel' } as never).toFile(new URL('voorbeeld-beroepen-cbs.xlsx', out).pathname);
