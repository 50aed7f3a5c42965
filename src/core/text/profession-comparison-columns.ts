/**
 * The key to the columns of the comparison of two professions as a file (`/beroep/<a>/vergelijking…`),
 * in the file's order, shown under its download links on the profile page; and those links' words.
 */
import type { ColumnKey } from './download-columns.js';
import { compareText } from './page-text.js';

/** The same words as the links under the comparison of two versions (`/vergelijk`). */
export const professionComparisonDownloadText = {
  heading: compareText.downloadHeading,
  excel: compareText.downloadExcel,
  plain: compareText.downloadPlain,
  json: 'JSON voor wie zelf verder rekent',
  example: compareText.downloadExample,
  columnsHeading: compareText.columnsHeading,
} as const;

export function professionComparisonColumns(): readonly ColumnKey[] {
  return [
    {
      column: 'maat, maat_code',
      meaning:
        'Wat er vergeleken wordt: een index, een onderdeel ervan of een uitkomst (tevredenheid), in woorden en als code.',
    },
    {
      column: 'beroep_a, beroep_b',
      meaning: 'De twee beroepen: a is het beroep van de pagina, b het beroep waarmee u het vergelijkt.',
    },
    {
      column: 'a_waarde, a_ondergrens, a_bovengrens (en b_…)',
      meaning:
        'Het percentage (0 tot 100) met het 95%-betrouwbaarheidsinterval. Een lege grens: niet gepubliceerd.',
    },
    { column: 'mediaan', meaning: 'De mediaan van alle ingedeelde beroepen op deze maat.' },
    { column: 'verschil', meaning: 'a min b, in procentpunten.' },
    {
      column: 'duidelijk_verschil',
      meaning:
        'ja = de twee intervallen overlappen niet; nee = ze overlappen; onbekend = een interval ontbreekt (bij een index: van een van de onderdelen), dus er is geen oordeel.',
    },
    {
      column: 'gunstiger_voor',
      meaning:
        'Bij een duidelijk verschil het beroep dat er beter voor staat: meer hulpbronnen of tevredenheid, minder taakeisen.',
    },
    {
      column: 'periode, versie',
      meaning: 'De periode als CBS-code en het nummer van de versie op deze site.',
    },
    { column: 'voorbeelddata', meaning: 'ja = zelf samengestelde voorbeeldcijfers, geen CBS-cijfers.' },
  ];
}
