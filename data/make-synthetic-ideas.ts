/**
 * Seeded synthetic ideas for scale benchmarks and tests: CONSTRUCTED TEXT (voorbeelddata), made of
 * Dutch sentence fragments written for this purpose, never quotes from the research.
 *
 * Each idea: a theme (the three main themes of the research weighted most), sometimes a second theme,
 * a kind, a branch (weighted roughly by the sector's size), a profession that works in that branch,
 * a province (weighted roughly by population), and a text of an opening, a problem and a proposal of
 * its theme, and sometimes a closing, with small numbers varied so that texts differ. The same
 * (n, seed) gives the same ideas, in the same order, on every machine.
 *
 * Use: `generateIdeas(n, seed)`, or from the command line (after bundling, e.g. with esbuild):
 *   node make-synthetic-ideas.js N OUT.csv [SEED]
 */
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { seededNormal } from '../src/core/analysis/random.js';
import type { Branch } from '../src/core/contract/branches.js';
import type { Province } from '../src/core/contract/provinces.js';
import type { IdeaKind } from '../src/core/ideas/idea.js';
import { THEMES } from '../src/core/ideas/themes.js';

export interface SyntheticIdea {
  readonly id: string;
  readonly text: string;
  readonly themes: readonly string[];
  readonly kind: IdeaKind;
  readonly branch: Branch;
  readonly province: Province;
  readonly profession: string;
}

export const DEFAULT_SEED = 20260101;

type Weighted<T> = readonly (readonly [T, number])[];

const BRANCH_WEIGHTS: Weighted<Branch> = [
  ["UMC's", 6],
  ['Ziekenhuizen en overige medisch specialistische zorg', 16],
  ['Geestelijke gezondheidszorg (GGZ)', 8],
  ['Huisartsen en gezondheidscentra', 5],
  ['Verpleging, verzorging en thuiszorg (VVT)', 30],
  ['Gehandicaptenzorg', 12],
  ['Sociaal werk', 5],
  ['Jeugdzorg', 4],
  ['Kinderopvang', 8],
  ['Overige zorg en welzijn', 6],
];

const PROVINCE_WEIGHTS: Weighted<Province> = [
  ['Groningen', 3.4],
  ['Fryslân', 3.7],
  ['Drenthe', 2.8],
  ['Overijssel', 6.6],
  ['Flevoland', 2.5],
  ['Gelderland', 12],
  ['Utrecht', 7.8],
  ['Noord-Holland', 16.5],
  ['Zuid-Holland', 21.3],
  ['Zeeland', 2.2],
  ['Noord-Brabant', 14.6],
  ['Limburg', 6.4],
];

/** Professions that work in each branch (the bridge configuration holds the real mapping). */
const PROFESSIONS_BY_BRANCH: Readonly<Record<Branch, readonly string[]>> = {
  "UMC's": ['Medisch specialisten', 'Gespecialiseerd verpleegkundigen en verpleegkundig coördinatoren', 'OK-assistenten', 'Basisverpleegkundige niveau 4'],
  'Ziekenhuizen en overige medisch specialistische zorg': ['Medisch specialisten', 'OK-assistenten', 'Basisverpleegkundige niveau 4', 'Gespecialiseerd verpleegkundigen en verpleegkundig coördinatoren', 'Fysiotherapeuten'],
  'Geestelijke gezondheidszorg (GGZ)': ['Verpleegkundigen psychiatrie, ggz', 'Gedragsdeskundigen (wo)', 'Persoonlijk begeleiders', 'Managers zorginstellingen'],
  'Huisartsen en gezondheidscentra': ['Huisartsen', 'Doktersassistenten', 'Praktijkondersteuners', 'Fysiotherapeuten', 'Tandartsassistenten en mondhygiënisten'],
  'Verpleging, verzorging en thuiszorg (VVT)': ['Verzorgenden intramuraal', 'Verzorgenden thuis- en kraamzorg', 'Wijkverpleegkundigen', 'Huishoudelijke hulpen', 'Basisverpleegkundige niveau 4', 'Managers zorginstellingen'],
  Gehandicaptenzorg: ['Groeps- en woonbegeleiders', 'Persoonlijk begeleiders', 'Gedragsdeskundigen (wo)', 'Thuisbegeleiders'],
  'Sociaal werk': ['Sociaal werkers', 'Maatschappelijk werkers en specialistische sociale hulpverleners'],
  Jeugdzorg: ['Jeugdzorgwerkers', 'Gedragsdeskundigen (wo)', 'Groeps- en woonbegeleiders'],
  Kinderopvang: ['Teamleiders en medewerkers kinderopvang'],
  'Overige zorg en welzijn': ['Thuisbegeleiders', 'Huishoudelijke hulpen', 'Sociaal werkers', 'Managers zorginstellingen'],
};

const KIND_WEIGHTS: Weighted<IdeaKind> = [
  ['wens', 3],
  ['kans', 2],
  ['knelpunt', 3],
  ['voorstel', 4],
];

const OPENINGS = [
  'Op onze afdeling', 'In ons team', 'Bij ons in de wijk', 'Op de groep', 'In de praktijk', 'Op mijn werk',
  'Bij de nachtdienst', 'In onze regio', 'Op de locatie waar ik werk', 'Sinds de reorganisatie',
];

/** Problem and proposal fragments per theme id; `{n}` becomes a small number. */
const FRAGMENTS: Readonly<Record<string, { problems: readonly string[]; proposals: readonly string[] }>> = {
  'administratieve-lasten': {
    problems: [
      'gaat {n} uur per week op aan registratie die niemand leest',
      'vullen we dezelfde formulieren twee keer in',
      'kost de verslaglegging meer tijd dan de zorg zelf',
      'werkt het elektronisch dossier traag en onoverzichtelijk',
      'moeten we elke handeling verantwoorden aan de financier',
      'zijn de administratieve lasten na de invoering van het nieuwe systeem gestegen',
    ],
    proposals: [
      'laat het rapporteren over aan slimmere software die meeschrijft',
      'schrap registraties waarvan niemand weet waarom ze nodig zijn',
      'geef ons terugkoppeling over wat er met onze registraties gebeurt',
      'laat een secretaresse of vrijwilliger de planning en administratie doen',
      'bespreek samen welke administratie echt nodig is',
      'zorg voor één dossier dat alle zorgverleners kunnen lezen',
    ],
  },
  vertrouwen: {
    problems: [
      'voelen we ons gecontroleerd in plaats van vertrouwd',
      'beslissen managers over werk dat ze nooit hebben gezien',
      'is er weinig ruimte om af te wijken van het protocol',
      'moeten we voor elke kleine keuze toestemming vragen',
    ],
    proposals: [
      'laat beleidsmakers een dag meelopen op de werkvloer',
      'geef professionals de ruimte om zelf te beslissen wat een cliënt nodig heeft',
      'vertrouw op het vakmanschap van het team',
      'maak verantwoording dienend aan de zorg in plaats van andersom',
      'laat teams zelf hun werk organiseren',
    ],
  },
  'brede-blik': {
    problems: [
      'kijken we alleen naar de aandoening en niet naar de hele mens',
      'staan mantelzorgers er vaak alleen voor',
      'komt preventie pas aan bod als het al te laat is',
      'verwachten mensen soms meer dan de zorg kan bieden',
    ],
    proposals: [
      'betrek mantelzorgers en naasten vanaf het eerste gesprek',
      'investeer in preventie en een gezonde leefstijl',
      'bespreek eerlijk wat redelijke verwachtingen zijn',
      'deel de verantwoordelijkheid met de cliënt en zijn netwerk',
      'werk samen met de huisarts en het sociaal wijkteam',
    ],
  },
  leiderschap: {
    problems: [
      'is de leidinggevende nauwelijks bereikbaar',
      'horen we pas van veranderingen als ze al besloten zijn',
      'krijgen we weinig steun na een incident',
    ],
    proposals: [
      'maak de leidinggevende zichtbaar op de afdeling',
      'houd elke maand een open gesprek met het management',
      'bied steun en nazorg na ingrijpende gebeurtenissen',
      'laat leidinggevenden coachen in plaats van controleren',
    ],
  },
  ontwikkeling: {
    problems: [
      'is er geen tijd voor scholing naast het rooster',
      'zien collega’s weinig loopbaanperspectief',
      'worden opleidingen als eerste geschrapt bij krapte',
    ],
    proposals: [
      'reserveer {n} uur per maand voor leren en ontwikkelen',
      'maak intervisie een vast onderdeel van het werk',
      'bied doorgroeimogelijkheden zonder dat je de zorg uit hoeft',
      'laat ervaren collega’s nieuwe collega’s begeleiden',
    ],
  },
  werkdruk: {
    problems: [
      'is de werkdruk zo hoog dat pauzes erbij inschieten',
      'worden de roosters pas {n} dagen van tevoren bekend',
      'staan we structureel met te weinig mensen op de dienst',
      'kost het teamoverleg veel tijd zonder dat er iets besloten wordt',
      'wisselt de planning zo vaak dat niemand nog weet wie er werkt',
    ],
    proposals: [
      'maak de planningen samen met het team en ruim op tijd',
      'zet vaste invalkrachten in bij ziekte',
      'houd het overleg kort en met een duidelijke agenda',
      'verdeel taken opnieuw zodat iedereen op zijn niveau werkt',
      'laat ons zelf roosteren met een goede app',
    ],
  },
  veiligheid: {
    problems: [
      'hebben collega’s te maken met agressie van cliënten of familie',
      'voelen we ons niet veilig tijdens de avonddienst',
      'wordt agressie van patiënten te vaak als normaal gezien',
    ],
    proposals: [
      'train het team in het voorkomen van agressie',
      'zorg dat niemand alleen op pad hoeft naar onveilige adressen',
      'meld elk incident en bespreek het in het team',
    ],
  },
  samenwerking: {
    problems: [
      'werken disciplines langs elkaar heen',
      'weten de wijkverpleging en het ziekenhuis niet van elkaar wat ze doen',
      'gaat informatie verloren bij de overdracht',
    ],
    proposals: [
      'organiseer een vast multidisciplinair overleg',
      'werk met één contactpersoon per cliënt',
      'leer van elkaar door eens bij een andere afdeling mee te kijken',
    ],
  },
  technologie: {
    problems: [
      'sluiten de digitale hulpmiddelen niet aan op de vaardigheden van collega’s',
      'werken de systemen van verschillende organisaties niet samen',
      'valt de wifi op de locatie steeds uit',
    ],
    proposals: [
      'geef iedereen een training voordat nieuwe software wordt ingevoerd',
      'gebruik spraakherkenning bij het rapporteren',
      'betrek zorgverleners bij de keuze van nieuwe technologie',
      'zet sensoren in zodat nachtelijke rondes minder nodig zijn',
    ],
  },
  waardering: {
    problems: [
      'voelen collega’s zich weinig gewaardeerd',
      'is het salaris niet in verhouding tot de verantwoordelijkheid',
      'worden onregelmatige diensten slecht beloond',
    ],
    proposals: [
      'verbeter de arbeidsvoorwaarden voor wie onregelmatig werkt',
      'spreek vaker waardering uit voor het werk dat goed gaat',
      'geef een vaste aanstelling na {n} maanden goed werk',
    ],
  },
};

const CLOSINGS = [
  'Dan blijft het werk leuk.',
  'Zo houden we goede mensen vast.',
  'Dat scheelt ons en de cliënt veel tijd.',
  'Dan komen we weer toe aan echte zorg.',
  'Daar wordt iedereen beter van.',
  'Anders lopen collega’s op termijn vast.',
];

function weightedPicker<T>(items: Weighted<T>, uniform: () => number): () => T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let running = 0;
  const cumulative = items.map(([, w]) => (running += w / total));
  return () => {
    const u = uniform();
    const index = cumulative.findIndex((c) => u < c);
    return items[index < 0 ? items.length - 1 : index]![0];
  };
}

/** `n` synthetic ideas from `seed`; ids `syn-<seed>-<number>`. */
export function generateIdeas(n: number, seed: number = DEFAULT_SEED): SyntheticIdea[] {
  return [...syntheticIdeas(n, seed)];
}

/** The same ideas one at a time, for a million without holding them all. */
export function* syntheticIdeas(n: number, seed: number = DEFAULT_SEED): Generator<SyntheticIdea> {
  const random = seededNormal(seed);
  const uniform = () => random.uniform();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(uniform() * list.length)]!;
  const themeWeights: Weighted<(typeof THEMES)[number]> = THEMES.map((theme, i) => [theme, i < 3 ? 4 : 1]);
  const pickTheme = weightedPicker(themeWeights, uniform);
  const pickBranch = weightedPicker(BRANCH_WEIGHTS, uniform);
  const pickProvince = weightedPicker(PROVINCE_WEIGHTS, uniform);
  const pickKind = weightedPicker(KIND_WEIGHTS, uniform);
  const width = String(n).length;
  for (let i = 1; i <= n; i++) {
    const theme = pickTheme();
    const fragments = FRAGMENTS[theme.id] ?? FRAGMENTS['werkdruk']!;
    const number = () => String(2 + Math.floor(uniform() * 10));
    const problem = pick(fragments.problems).replace('{n}', number);
    const proposal = pick(fragments.proposals).replace('{n}', number);
    const closing = uniform() < 0.5 ? ` ${pick(CLOSINGS)}` : '';
    const text = `${pick(OPENINGS)} ${problem}. Mijn voorstel: ${proposal}.${closing}`;
    const themes = [theme.label];
    if (uniform() < 0.25) {
      const second = pickTheme().label;
      if (second !== theme.label) themes.push(second);
    }
    const branch = pickBranch();
    yield {
      id: `syn-${seed}-${String(i).padStart(width, '0')}`,
      text,
      themes,
      kind: pickKind(),
      branch,
      province: pickProvince(),
      profession: pick(PROFESSIONS_BY_BRANCH[branch]),
    };
  }
}

function csvCell(value: string): string {
  return /[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV line of an idea, in the column order of the example file. */
export function syntheticCsvLine(idea: SyntheticIdea): string {
  return [idea.id, idea.text, idea.themes.join(';'), idea.kind, idea.branch, idea.province, idea.profession]
    .map(csvCell)
    .join(',');
}

export const SYNTHETIC_CSV_HEADER = 'id,tekst,thema,soort,branche,provincie,beroep';

/** Writes `n` ideas as CSV to `path`. */
export async function writeSyntheticIdeas(path: string, n: number, seed: number = DEFAULT_SEED): Promise<void> {
  const out = createWriteStream(path, 'utf8');
  out.write(`${SYNTHETIC_CSV_HEADER}\n`);
  for (const idea of syntheticIdeas(n, seed)) {
    if (!out.write(`${syntheticCsvLine(idea)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

// Run as a script only when this file (or its compiled/bundled self) is the entry point.
const entry = process.argv[1];
if (entry && /make-synthetic-ideas\.(?:ts|js|mjs)$/.test(entry) && import.meta.url === pathToFileURL(entry).href) {
  const [count, path, seed] = process.argv.slice(2);
  if (!count || !path || !/^\d+$/.test(count)) {
    process.stderr.write('Gebruik: make-synthetic-ideas N UIT.csv [ZAAD]\n');
    process.exitCode = 2;
  } else {
    await writeSyntheticIdeas(path, Number(count), seed ? Number(seed) : DEFAULT_SEED);
  }
}
