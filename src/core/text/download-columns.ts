/**
 * The key to the columns of the analysis files (CSV, Excel CSV, xlsx), in Dutch, in the files' order:
 * shown on the downloads page and in the workbook's "Toelichting" sheet, so a reader never has to guess
 * what a column holds, in which unit, and which way is better.
 */
import { INDICATORS } from '../contract/indicators.js';
import { QUADRANT_SHORT } from './labels.js';

export interface ColumnKey {
  /** The column name, or a pattern for a family of columns (`…_ondergrens`). */
  readonly column: string;
  readonly meaning: string;
}

const GROUP_WORDS = { resources: 'hulpbron', demands: 'taakeis', outcome: 'uitkomst' } as const;

export const downloadColumnsText = {
  heading: 'Wat staat in welke kolom',
  lead: 'Elke rij is een beroep. Percentages staan op een schaal van 0 tot 100. Een lege cel betekent: niet gepubliceerd, of (bij index, kwadrant, zekerheid en rang) niet ingedeeld.',
  columnHeader: 'Kolom',
  meaningHeader: 'Betekenis',
  jsonNote:
    'In het JSON-bestand heet de zekerheid quadrantProbability en staat ze als aandeel van 0 tot 1 (zo schrijft het datacontract het voor); 0,996 is daar 99,6%.',
} as const;

/** Every column of the analysis files, explained. */
export function downloadColumns(): readonly ColumnKey[] {
  const quadrants = ([1, 2, 3, 4] as const).map((q) => `${q} = ${QUADRANT_SHORT[q]}`).join('; ');
  return [
    { column: 'beroep', meaning: 'Naam van het beroep, zoals in de CBS-tabel.' },
    { column: 'slug', meaning: 'Korte naam van het beroep in het webadres (/beroep/…).' },
    {
      column: 'periode',
      meaning:
        'De periode van de cijfers als CBS-code, bijvoorbeeld 2024KW04 = 4e kwartaal 2024; leeg als de tabel geen periode noemt. Zo blijven de bestanden van twee golven naast elkaar uit elkaar te houden.',
    },
    {
      column: 'ingedeeld',
      meaning:
        'ja = het beroep heeft een kwadrant; nee = er ontbreekt een component (zie ontbreekt), dus geen index, kwadrant, zekerheid of rang. Zijn gepubliceerde cijfers staan er wel.',
    },
    { column: 'kwadrant', meaning: `Kwadrant ten opzichte van de medianen: ${quadrants}.` },
    {
      column: 'zekerheid_procent',
      meaning:
        'Percentage (0–100) van de simulaties met de onzekerheid van de cijfers waarin het beroep in zijn eigen kwadrant valt; 100 = in elke simulatie.',
    },
    {
      column: 'hulpbronnen, taakeisen',
      meaning:
        'De twee indices, in procenten (0–100): het gewogen gemiddelde van hun componenten, in twee decimalen.',
    },
    {
      column: 'hulpbronnen_z, taakeisen_z',
      meaning:
        'Dezelfde indices gestandaardiseerd: het gemiddelde van de z-scores van de componenten over de ingedeelde beroepen (0 = het gemiddelde beroep, 1 = één standaarddeviatie hoger).',
    },
    {
      column: 'rang_hulpbronnen',
      meaning:
        'Rang op de hulpbronnenindex onder de ingedeelde beroepen: 1 = de meeste hulpbronnen (het gunstigst).',
    },
    {
      column: 'rang_taakeisen',
      meaning:
        'Rang op de taakeisenindex onder de ingedeelde beroepen: 1 = de hoogste taakeisen (het zwaarst, dus het ongunstigst).',
    },
    {
      column: 'rang_…_95_van, rang_…_95_tot',
      meaning:
        'Het 95%-interval van die rang uit de simulaties: in 95% van de simulaties ligt de rang tussen deze twee rangnummers (van = het kleinste rangnummer).',
    },
    ...INDICATORS.map((i) => ({
      column: i.id,
      meaning: `${i.label} (${GROUP_WORDS[i.group]}): het gepubliceerde percentage.`,
    })),
    {
      column: '…_ondergrens, …_bovengrens',
      meaning: 'Onder- en bovengrens van het 95%-betrouwbaarheidsinterval van dat percentage.',
    },
    {
      column: 'overig_…',
      meaning:
        'Andere kenmerken uit de tabel (zoals één baan), in procenten; ze tellen niet mee in de indices.',
    },
    {
      column: 'ontbreekt',
      meaning:
        'Bij een beroep dat niet is ingedeeld: de codes van de componenten zonder cijfer (de kolomnamen hierboven).',
    },
    {
      column: 'voorbeelddata',
      meaning: 'ja = zelf samengestelde voorbeeldcijfers, geen CBS-cijfers; nee = de ingelezen tabel.',
    },
  ];
}

/** The key to the columns of the comparison of two versions (/vergelijk), in the file's order. */
export function comparisonColumns(): readonly ColumnKey[] {
  const quadrants = ([1, 2, 3, 4] as const).map((q) => `${q} = ${QUADRANT_SHORT[q]}`).join('; ');
  return [
    { column: 'beroep, slug', meaning: 'Naam van het beroep (in de latere versie) en zijn korte naam.' },
    {
      column: 'periode_eerder, periode_later',
      meaning:
        'De periodes van de twee versies als CBS-code (2024KW04 = 4e kwartaal 2024); de eerdere periode staat steeds links.',
    },
    { column: 'versie_eerder, versie_later', meaning: 'De nummers van de twee versies op deze site.' },
    {
      column: 'stand_eerder, stand_later',
      meaning:
        'ingedeeld = het beroep heeft in die versie een kwadrant; niet ingedeeld = er ontbreekt een component; ontbreekt = het beroep staat niet in die versie.',
    },
    { column: 'kwadrant_eerder, kwadrant_later', meaning: `Kwadrant in elke versie: ${quadrants}.` },
    {
      column: 'hulpbronnen_…, taakeisen_…',
      meaning:
        'Per index: de waarde in beide versies (eerder, later), het verschil in procentpunten, het verschil in de afstand tot de mediaan (verschil_tov_mediaan), de grens die de betrouwbaarheidsintervallen toelaten (grens: 1,96 × de gecombineerde standaardfout) en of de verschuiving daarbuiten valt (buiten_onzekerheid: ja/nee). Heeft een onderdeel van de index in een van beide versies geen betrouwbaarheidsgrenzen, dan is grens leeg en buiten_onzekerheid onbekend.',
    },
    {
      column: 'gewisseld',
      meaning:
        'ja = in de latere versie een ander kwadrant; leeg als het beroep niet in beide versies is ingedeeld.',
    },
    {
      column: 'wissel_zeker',
      meaning:
        'Bij een wissel: ja = op elke as waar het beroep de mediaan passeerde, is de verschuiving groter dan de intervallen toelaten; onbekend = op zo’n as ontbreken betrouwbaarheidsgrenzen.',
    },
    {
      column: 'voorbeelddata',
      meaning: 'ja = een van beide versies bevat zelf samengestelde voorbeeldcijfers, geen CBS-cijfers.',
    },
  ];
}
