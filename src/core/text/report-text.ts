/**
 * The report's fixed Dutch words, and its method and caveats written from the analysis' own record of
 * what it did (result.method), so the text cannot drift from the computation.
 */
import type { AnalysisResult, ComponentWeight, IndexName } from '../analysis/result.js';
import { indicatorInfo } from '../contract/indicators.js';
import { periodLabel } from './chart-text.js';
import { andList, countOf, formatCount, formatPercent } from './format.js';
import { missingLabels, unclassifiedText } from './unclassified-text.js';
import { EXAMPLE_DATA_LABEL, INDEX_LABELS } from './labels.js';

export const reportText = {
  documentTitle: (title: string) => `Werkbalans — ${title}`,
  heading: 'Taakeisen, hulpbronnen en tevredenheid per beroep',
  intro: (professions: number, period: string | null, unclassified: readonly string[]) =>
    `Dit rapport vergelijkt ${countOf(professions, 'beroep', 'beroepen')} in zorg en welzijn op hun hulpbronnen en taakeisen (het Job Demands–Resources-model) en legt die naast de tevredenheid met het werk en met de organisatie${period ? `, ${period}` : ''}.` +
    (unclassified.length > 0
      ? ` ${unclassifiedText.count(unclassified.length)}: ${andList(unclassified)}. ${unclassifiedText.figures(unclassified.length)} staan wel in de rangordes, de profielen en de tabel met alle cijfers; zie ook de kanttekeningen.`
      : ''),
  exampleBanner: (label: string) =>
    `Let op: ${label}. Dit rapport is gemaakt met zelf samengestelde voorbeelddata om de werkwijze te laten zien; de cijfers zijn geen metingen.`,
  skipLink: 'Naar de inhoud',
  contents: 'Inhoud',
  sections: {
    findings: 'Belangrijkste bevindingen',
    relations: 'Samenhang met tevredenheid',
    quadrants: 'Vier kwadranten',
    satisfaction: 'Tevredenheid per kwadrant',
    rankings: 'Rangordes met onzekerheid',
    sensitivity: 'Gevoeligheid voor de indexkeuze',
    profiles: 'Profielen per beroep',
    method: 'Methode',
    caveats: 'Kanttekeningen',
    data: 'Alle cijfers',
    warnings: 'Opmerkingen over de data',
  },
  figureLabel: (n: number) => `Figuur ${n}`,
  tableToggle: 'Tabel bij deze figuur',
  quadrantTableIntro:
    'De indeling van elk beroep, met de kans op elk kwadrant uit de simulatie. Zekerheid is de kans op het eigen kwadrant.',
  profilesIntro:
    'Per beroep de waarden op alle componenten naast de mediaan van de ingedeelde beroepen. Open een beroep om het profiel te zien.',
  rankingsIntro:
    'Elk beroep met zijn waarde en 95%-betrouwbaarheidsinterval, van hoog naar laag. Overlappende intervallen betekenen dat de volgorde tussen die beroepen niet vaststaat; het rangnummerinterval uit de simulatie zegt hoe ver een beroep kan schuiven.',
  dataIntro:
    'Alle percentages per beroep met hun 95%-betrouwbaarheidsinterval (tussen haakjes), de indices en de indeling. Een beroep dat niet is ingedeeld (er ontbreekt een component) staat er ook in, met zijn gepubliceerde cijfers maar zonder index en kwadrant; – is niet gepubliceerd.',
  dataCaption: 'Alle cijfers per beroep',
  /** The quadrant cell of a profession without a quadrant. */
  notClassifiedCell: 'niet ingedeeld',
  noWarnings: 'Geen opmerkingen: alle benodigde cijfers zijn aanwezig.',
  footer: 'Gemaakt met werkbalans. Dit bestand is zelfstandig: het laadt niets van internet.',
  componentHeader: 'Component',
  weightHeader: 'Gewicht',
  themeHeader: 'Thema',
  indexHeader: 'Index',
  pdfMissing:
    'Voor --pdf is Chromium nodig (/usr/bin/chromium), maar dat is niet gevonden. Installeer het met `apt-get install chromium` of laat --pdf weg; het HTML-rapport is wel geschreven.',
} as const;

function weightText(weight: number): string {
  return formatPercent(weight * 100, 1);
}

function formula(index: IndexName, components: readonly ComponentWeight[]): string {
  const [first] = components;
  const equal = first !== undefined && components.every((c) => Math.abs(c.weight - first.weight) < 1e-12);
  const names = components.map((c) => indicatorInfo(c.indicator).label.toLowerCase());
  return equal
    ? `${INDEX_LABELS[index]} = het gemiddelde van ${formatCount(components.length)} percentages (${names.join(', ')}), elk met gewicht ${weightText(first.weight)}.`
    : `${INDEX_LABELS[index]} = Σ gewicht × percentage over ${formatCount(components.length)} componenten (${components
        .map((c) => `${indicatorInfo(c.indicator).label.toLowerCase()} ${weightText(c.weight)}`)
        .join(', ')}).`;
}

const TIE_RULES: Readonly<Record<AnalysisResult['method']['tieRule'], string>> = {
  'at-or-above-median-is-high':
    'Een beroep met een index gelijk aan of boven de mediaan telt als hoog, eronder als laag; een beroep precies op de mediaan telt dus als hoog.',
};

/** The method, paragraph by paragraph, from the analysis' record of what it did. */
export function methodParagraphs(result: AnalysisResult): string[] {
  const { method } = result;
  const variant = method.variant;
  const n = result.professions.length;
  const sd =
    method.sdFromBounds === '(upper - lower) / (2 * 1.96)'
      ? 'sd = (bovengrens − ondergrens) / (2 × 1,96)'
      : method.sdFromBounds;
  return [
    `Indexdefinitie: ${variant.label} (variant ‘${variant.id}’). De percentages worden gecombineerd zoals ze zijn, zonder standaardisering.`,
    formula('resources', variant.resources),
    formula('demands', variant.demands),
    `Mediaansplitsing: de medianen worden berekend over de ${formatCount(n)} beroepen die op alle componenten een cijfer hebben (hulpbronnen ${formatPercent(result.medians.resources)}, taakeisen ${formatPercent(result.medians.demands)}). ${TIE_RULES[method.tieRule]} Dat geeft vier kwadranten: 1 lage eisen en lage hulpbronnen, 2 hoge eisen en lage hulpbronnen, 3 lage eisen en hoge hulpbronnen, 4 hoge eisen en hoge hulpbronnen.`,
    `Samenhang: Pearson r en Spearman ρ tussen elke index en beide uitkomsten, over de beroepen die de uitkomst hebben. Betrouwbaarheidsintervallen (95%): ${method.correlationCI}. In de spreidingsdiagrammen staat de kleinste-kwadratenlijn met de 95%-betrouwbaarheidsband voor het gemiddelde: ŷ ± t(0,975; n − 2) × s × √(1/n + (x − x̄)² / Σ(x − x̄)²).`,
    `Onzekerheid (Monte Carlo): ${formatCount(method.draws)} trekkingen met startwaarde ${method.seed}. In elke trekking wordt elke component onafhankelijk getrokken uit een normale verdeling rond het gepubliceerde percentage met ${sd}, begrensd op 0–100%; een cijfer zonder grenzen telt zonder onzekerheid. Per trekking worden beide indices, beide medianen en alle kwadranten opnieuw berekend. De zekerheid van een beroep is het aandeel trekkingen waarin het in hetzelfde kwadrant valt als met de gepubliceerde cijfers. Rangen: ${method.rankRule}.`,
    `Intervallen van de indices in de rangordes en profielen: waarde ± 1,96 × √(Σ gewicht² × sd²), onder dezelfde aannames als de simulatie (onafhankelijke componenten).`,
    `Gevoeligheid: dezelfde indeling opnieuw gemaakt met de andere indexvarianten uit de configuratie (${method.variants.filter((v) => v !== variant.id).join(', ') || 'geen'}), met gestandaardiseerde indices (z-scores per component over de beroepen) en met telkens één component weggelaten.`,
  ];
}

/** The caveats: level of the data, number of professions, the median split, missing professions. */
export function caveats(result: AnalysisResult): string[] {
  const n = result.professions.length;
  const list = [
    'De cijfers beschrijven beroepen, geen personen: een samenhang tussen beroepen zegt niet dat dezelfde samenhang voor individuele werknemers geldt (ecologische drogreden), en samenhang is geen oorzaak.',
    `Het aantal beroepen is klein (n = ${formatCount(n)}). Correlaties en kwadrantgemiddelden over zo weinig eenheden hebben brede intervallen; één afwijkend beroep kan ze merkbaar verschuiven.`,
    'De mediaansplitsing is een keuze: beroepen vlak bij een mediaan kunnen door kleine verschillen van kwadrant wisselen (zie de zekerheid en de gevoeligheid), en binnen een kwadrant verschillen beroepen onderling.',
    'De betrouwbaarheidsintervallen geven alleen de steekproefonzekerheid van de enquête weer, niet vertekening door wie wel of niet reageerde.',
    'Kwadrantgemiddelden zijn ongewogen gemiddelden over beroepen; een groot en een klein beroep tellen even zwaar.',
  ];
  if (result.unclassified.length > 0) {
    list.push(
      `Niet ingedeeld (een component ontbreekt, dus geen index en geen kwadrant): ${result.unclassified
        .map(
          (u) =>
            `${u.name} (${missingLabels(u.missing)} ${u.missing.length === 1 ? 'ontbreekt' : 'ontbreken'})`,
        )
        .join(
          '; ',
        )}. Deze beroepen tellen niet mee in de medianen, de kwadranten en de samenhang; hun gepubliceerde cijfers staan wel in de rangordes, de profielen en de tabel met alle cijfers.`,
    );
  }
  if (result.dataset.example)
    list.unshift(
      `${result.dataset.label ?? EXAMPLE_DATA_LABEL}: de cijfers zijn zelf samengesteld en geen metingen van het CBS.`,
    );
  return list;
}

/** "4e kwartaal 2024" or null. */
export function reportPeriod(result: AnalysisResult): string | null {
  return periodLabel(result.dataset.period);
}
