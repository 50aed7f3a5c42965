/** Dutch words of the website's pages: headings, leads, labels and explanations. */
import type { Quadrant } from '../analysis/result.js';
import { andList, formatCount, formatPercent, formatShare } from './format.js';
import { QUADRANT_NAMES } from './labels.js';
import { CERTAINTY_UNKNOWN } from './certainty-text.js';
import { ideasResultsText } from './ideas-results-text.js';

export const homeText = {
  title: 'Overzicht',
  heading: 'Waar knelt het werk in zorg en welzijn?',
  lead: (count: number, period: string | null) =>
    `${formatCount(count)} beroepen in zorg en welzijn vergeleken op wat het werk vraagt (taakeisen) en wat het biedt (hulpbronnen)${period ? `, ${period}` : ''}. Elk beroep met alle cijfers valt in één van vier kwadranten; bij elk cijfer staat hoe zeker het is.`,
  findingsHeading: 'Wat de cijfers laten zien',
  resourcesHeading: 'Hulpbronnen en tevredenheid met de organisatie',
  demandsHeading: 'Taakeisen en tevredenheid met de organisatie',
  quadrantsHeading: 'Vier kwadranten',
  satisfactionHeading: 'Tevredenheid per kwadrant',
  workHeading: 'Tevredenheid met het werk zelf',
  mineHeading: (name: string) => `Uw beroep: ${name}`,
  mineSummary: (quadrant: Quadrant, certainty: number | null) =>
    `Kwadrant ${quadrant}: ${QUADRANT_NAMES[quadrant].toLowerCase()}, ${certainty === null ? `${CERTAINTY_UNKNOWN}` : `in ${formatShare(certainty)} van de simulaties`}. Uw beroep is hieronder in elke figuur gemarkeerd.`,
  mineLink: (name: string) => `Naar het profiel van ${name}`,
  findYours: 'Vind uw beroep',
  findYoursText: 'Kies uw beroep om te zien waar het staat, waar het knelt en wat collega’s voorstellen.',
  moreHeading: 'Verder kijken',
  moreRanking: 'Alle beroepen op volgorde, per component',
  moreQuadrants: 'Wie verschuift bij een andere indexkeuze',
  moreIdeas: 'Wat medewerkers zelf voorstellen: de ideeënbank',
  moreMethod: 'Hoe de cijfers zijn berekend',
  moreDownloads: 'Cijfers en figuren downloaden',
} as const;

export const pickerText = {
  label: 'Beroep',
  submit: 'Toon beroep',
  choose: 'Kies een beroep',
} as const;

export const professionsText = {
  title: 'Beroepen',
  heading: 'Alle beroepen',
  lead: 'Zoek een beroep en open zijn profiel: de componenten tegenover de mediaan, het kwadrant en hoe zeker dat is, en de ideeën die passen bij wat knelt.',
  searchLabel: 'Zoek een beroep',
  searchHint: 'Een deel van de naam is genoeg, bijvoorbeeld “verpleeg”.',
  searchSubmit: 'Zoeken',
  staticNotStarted:
    'Zoeken naar een beroep werkt hier niet: het script van deze pagina is niet gestart (staat JavaScript uit?). Hieronder staan alle beroepen.',
  results: (shown: number, total: number) =>
    shown === total
      ? `${formatCount(total)} beroepen`
      : `${formatCount(shown)} van ${formatCount(total)} beroepen gevonden`,
  /**
   * Nothing found: the name may be outside the table (`helpende`, `apothekersassistent`), which holds
   * only the professions the survey reports on (`total`).
   */
  none: (total: number) =>
    `Geen beroep gevonden met deze zoekterm. Misschien staat het beroep niet in de tabel: die bevat ${formatCount(total)} beroepen, niet elk beroep in zorg en welzijn. Probeer een deel van de naam of een andere naam voor het beroep.`,
  noneList: (total: number) => `Bekijk de lijst met alle ${formatCount(total)} beroepen`,
  /** On the 404 of an unknown profession: search the professions for the address's words. */
  searchFor: (words: string) => `Zoek ‘${words}’ tussen de beroepen`,
  columnName: 'Beroep',
  columnQuadrant: 'Kwadrant',
  columnCertainty: 'Zekerheid',
  columnResources: 'Hulpbronnen',
  columnDemands: 'Taakeisen',
  unclassifiedHeading: 'Niet ingedeeld',
  unclassifiedText:
    'Deze beroepen missen een cijfer voor een component en krijgen daarom geen kwadrant. Hun gepubliceerde cijfers staan op hun eigen pagina en in de ranglijsten.',
  missing: (labels: readonly string[]) => `ontbreekt: ${andList(labels)}`,
  tableCaption: 'Beroepen met kwadrant, zekerheid en beide indices',
} as const;

export const profileText = {
  title: (name: string) => name,
  compareHeading: 'Vergelijken met een ander beroep',
  compareLabel: 'Vergelijk met',
  compareNone: 'Kies een beroep',
  compareSubmit: 'Vergelijken',
  compareCaption: (first: string, second: string) => `${first} en ${second} naast elkaar`,
  compareHint: (first: string, second: string) =>
    `Per maat beide percentages met hun 95%-interval; het verschil is ${first} min ${second}, in procentpunten. Een verschil heet duidelijk als de twee intervallen elkaar niet overlappen; overlappen ze wel, dan kan er toch een verschil zijn, maar de cijfers laten het niet zien.`,
  compareColumns: {
    measure: 'Maat',
    median: 'Mediaan ingedeelde beroepen',
    difference: 'Verschil (procentpunt)',
    clear: 'Duidelijk verschil?',
  },
  compareClear: (better: string | null) => (better ? `ja, gunstiger voor ${better}` : 'ja'),
  compareNotClear: 'nee',
  compareTitle: (first: string, second: string) => `${first} vergeleken met ${second}`,
  compareSelf: 'U koos dit beroep zelf om mee te vergelijken; kies een ander beroep.',
  compareUnknownName: (written: string) => `‘${written}’ is geen beroep in deze analyse.`,
  compareMaybe: 'Bedoelde u',
  compareUnknown: 'onbekend (geen interval)',
  quadrantLine: (quadrant: Quadrant) => `Kwadrant ${quadrant}: ${QUADRANT_NAMES[quadrant].toLowerCase()}`,
  certainty: (share: number, draws: number) =>
    `In ${formatShare(share)} van ${formatCount(draws)} simulaties met de onzekerheid van de cijfers valt dit beroep in hetzelfde kwadrant.`,
  certaintyUnknown: (unknown: string) =>
    `${unknown.charAt(0).toUpperCase()}${unknown.slice(1)}. Het kwadrant volgt uit de cijfers zelf; hoe zeker het is, is zonder intervallen niet te zeggen.`,
  borderline: 'Dit is een grensgeval: met iets andere cijfers kan het beroep in een ander kwadrant vallen.',
  shares: 'Aandeel van de simulaties per kwadrant',
  indicesHeading: 'De twee indices',
  resourcesLine: (value: number, median: number) =>
    `Hulpbronnen ${formatPercent(value)} (mediaan van de ingedeelde beroepen ${formatPercent(median)})`,
  demandsLine: (value: number, median: number) =>
    `Taakeisen ${formatPercent(value)} (mediaan ${formatPercent(median)})`,
  componentsHeading: 'Componenten tegenover de mediaan',
  satisfactionHeading: 'Tevredenheid',
  satisfactionLine: (label: string, value: string, interval: string, median: string) =>
    `${label}: ${value} (95%-BI ${interval}); mediaan van de ingedeelde beroepen ${median}.`,
  ranksHeading: 'Rang onder de ingedeelde beroepen',
  ranksLead: (count: number) =>
    `Rang 1 = hoogste waarde van ${formatCount(count)} beroepen. Het interval zegt tussen welke rangen het beroep valt in 95% van de simulaties.`,
  ranksCaption: 'Rang en rang-interval per index en component',
  ranksMeasure: 'Index of component',
  ranksRank: 'Rang',
  ranksInterval: 'Rang, 95%-interval',
  markMine: 'Dit is mijn beroep: markeer het op elke pagina',
  isMine: 'Dit beroep is gemarkeerd als uw beroep.',
  publishedHeading: 'Gepubliceerde cijfers tegenover de mediaan',
  otherHeading: 'Overige kenmerken',
} as const;

export const rankingText = {
  title: 'Ranglijst',
  heading: (label: string) => `Ranglijst: ${label}`,
  lead: 'Alle beroepen op volgorde voor één component of index, met het 95%-betrouwbaarheidsinterval van elk cijfer en het interval van de rang.',
  chooseLabel: 'Component of index',
  chooseSubmit: 'Toon ranglijst',
  /** A static copy's list of every ranking, in place of the form. */
  chooseList: 'Kies een component of index',
  previous: (label: string) => `Vorige: ${label}`,
  next: (label: string) => `Volgende: ${label}`,
  stepNav: 'Door de componenten bladeren',
  groupResources: 'Hulpbronnen',
  groupDemands: 'Taakeisen',
  groupIndices: 'Indices',
  keyboardHint: 'Tip: met de pijltjestoetsen links en rechts bladert u naar de vorige of volgende component.',
} as const;

export const quadrantsText = {
  title: 'Kwadranten',
  heading: 'Kwadranten en wie er verschuift',
  lead: 'De indeling in kwadranten hangt af van hoe de indices zijn samengesteld. Hieronder staan de indexvarianten naast elkaar; de tabel noemt de beroepen die van kwadrant wisselen.',
  variantHeading: (label: string) => label,
  movesColumn: 'Wisselt bij (van → naar kwadrant)',
  movesCaption: 'Kwadrant per beroep onder elke indexvariant',
  columnProfession: 'Beroep',
  moved: 'wisselt',
  standardised: 'Gepubliceerde componenten, gestandaardiseerd (z-scores)',
  sensitivityHeading: 'Gevoeligheid van de indeling',
} as const;

/** The CBS table of the published analysis (seed 000, note 3). */
export const CBS_TABLE_URL =
  'https://www.cbs.nl/nl-nl/maatwerk/2025/48/azw-werknemersenquete--wne---zorg-en-welzijn-naar-beroep-4e-kwartaal-2024';
/** CBS StatLine: where a table without a known address can be looked up. */
export const STATLINE_URL = 'https://opendata.cbs.nl/statline/';

/** A source address as link text: its host (a full address would not wrap on a phone). */
function linkText(url: string): string {
  const host = /^https?:\/\/([^/?#]+)/.exec(url)?.[1];
  return host ? `de tabel op ${host}` : 'de tabel';
}

export const methodText = {
  title: 'Methode',
  heading: 'Hoe de cijfers zijn berekend',
  lead: 'De analyse volgt het Job Demands–Resources-model (Demerouti e.a., 2001; Demerouti & Bakker, 2023): wat het werk vraagt tegenover wat het werk biedt.',
  methodHeading: 'Indices, kwadranten en onzekerheid',
  bridgeHeading: 'Waar knelt het: de zwakste componenten',
  bridgeText: [
    'Op elke beroepspagina krijgen de zwakste componenten ideeën: tot drie componenten waarop het beroep het verst aan de ongunstige kant van de mediaan zit, bij een hulpbron het verst eronder, bij een taakeis het verst erboven. Liggen er meer duidelijk aan de ongunstige kant, dan worden die daaronder genoemd, zonder ideeën.',
    'De afstand tot de mediaan wordt gedeeld door de standaardfout van het cijfer, se = (bovengrens − ondergrens) / (2 × 1,96), zodat een nauwkeurig gemeten verschil zwaarder telt dan een even groot verschil met een breed interval. Heeft een cijfer geen grenzen, dan telt de spreiding van die component over de beroepen.',
    'Alleen componenten waarvan het hele 95%-interval aan de ongunstige kant van de mediaan ligt, heten zwak; reikt het interval tot over de mediaan, dan staat de component apart als ‘mogelijk’ zwak, zonder ideeën. Heeft een cijfer geen grenzen, dan beslist het 95%-interval van de rang uit de simulaties.',
    'Bij elke zwakke component staan ideeën die precies over die component gaan: elke component heeft in de openbare configuratie (config/bridge.json) een vastgelegd concept met thema’s en woorden, bij agressie intern bijvoorbeeld pesten, conflicten in het team en omgangsregels. Een idee komt erbij als het twee van die woorden bevat, of één woord en een van de thema’s. Eerst komen ideeën uit de hoofdbranche van het beroep, dan uit de andere branches waarin het werkt, dan uit andere branches; een idee dat alleen over andere beroepen gaat, komt achteraan. Geen idee staat twee keer op een pagina. Gaat geen idee er precies over, dan staat dat er eerlijk bij.',
  ],
  compareHeading: 'Twee versies vergelijken',
  compareText: [
    'Bij het vergelijken van twee versies (bijvoorbeeld twee golven van de enquête) wordt per beroep en per index gekeken hoe de positie ten opzichte van de mediaan verandert: Δ = (waarde₂ − mediaan₂) − (waarde₁ − mediaan₁).',
    'De onzekerheid van dat verschil is de gecombineerde standaardfout √(se₁² + se₂²), met voor elke versie se = (bovengrens − ondergrens) / (2 × 1,96) van het interval van de index. Een verschil is groter dan de intervallen toelaten als |Δ| > 1,96 × √(se₁² + se₂²).',
    'Een wissel van kwadrant heet zeker als op elke as waar het beroep de mediaan oversteekt het verschil groter is dan de intervallen toelaten. De onzekerheid van de mediaan zelf is daarbij buiten beschouwing gelaten.',
    'Ontbreken bij een beroep in een van beide versies de betrouwbaarheidsgrenzen van een onderdeel van een index, dan is de standaardfout van die index onbekend (niet nul). Die verschuiving krijgt dan geen grens en geen oordeel, maar ‘zekerheid onbekend’; een wissel over die as ook, tenzij het verschil op een andere overgestoken as al binnen de onzekerheid valt.',
    'Een beroep dat in één van de twee versies ontbreekt (nieuw, of niet meer in de latere) of daar niet is ingedeeld, is niet te vergelijken: het krijgt geen oordeel over de onzekerheid. Heeft een beroep in de latere versie een andere schrijfwijze die volgens de vaste namenlijst hetzelfde beroep is (zoals Basisverpleegkundigen (niveau 4) voor Basisverpleegkundige niveau 4), dan staat het als één rij met de eerdere naam erbij; alleen als die koppeling eenduidig is.',
    'Een bestand met meer perioden (golven) wordt bij het uploaden één versie per periode, zodat elke golf apart te bekijken en te vergelijken is.',
  ],
  componentLine: (label: string, weight: string, theme: string | null) =>
    `${label} — gewicht ${weight}${theme ? ` (thema ${theme})` : ''}`,
  caveatsHeading: 'Kanttekeningen',
  sourcesHeading: 'Bronnen',
  dataHeading: 'De cijfers op deze site',
  /** Where the figures shown come from: example data, a table with a known address, or without one. */
  dataSource: (title: string, example: boolean, url: string | null) =>
    example
      ? {
          text: 'De cijfers op deze site zijn voorbeelddata: een zelf samengestelde tabel, geen CBS-cijfers. Die tabel heeft de opzet van de CBS-tabel hierboven; wie de echte tabel heeft, kan hem in plaats daarvan inlezen.',
          link: null,
          href: null,
        }
      : url
        ? { text: `De cijfers op deze site komen uit “${title}”:`, link: linkText(url), href: url }
        : {
            text: `De cijfers op deze site komen uit “${title}”. Bij het inlezen is geen adres van die tabel opgegeven; tabellen van het CBS staan op`,
            link: 'CBS StatLine',
            href: STATLINE_URL,
          },
  /** Each source with the address that opens it (a DOI resolves to the publisher's page). */
  sources: [
    {
      text: 'Demerouti, Nachreiner, Bakker en Schaufeli (2001), het JD-R-model; J. Appl. Psychol. 86(3): 499–512,',
      link: 'doi:10.1037/0021-9010.86.3.499',
      href: 'https://doi.org/10.1037/0021-9010.86.3.499',
    },
    {
      text: 'Demerouti en Bakker (2023): de JD-R-theorie in crisistijd, Organizational Psychology Review 13(3), 209–236,',
      link: 'doi:10.1177/20413866221135022',
      href: 'https://doi.org/10.1177/20413866221135022',
    },
    {
      text: 'CBS, tabel op maat voor het AZW-programma (november 2025): de enquête onder werknemers in zorg en welzijn, per beroep, over het vierde kwartaal van 2024. Hierop steunt de gepubliceerde analyse:',
      link: 'de tabel bij het CBS',
      href: CBS_TABLE_URL,
    },
    {
      text: 'Onderzoeksprogramma AZW, met de publicaties over de werknemersenquête:',
      link: 'azwinfo.nl',
      href: 'https://www.azwinfo.nl/',
    },
  ],
} as const;

export const downloadsText = {
  title: 'Downloads',
  heading: 'Cijfers en figuren downloaden',
  lead: 'Alle cijfers van de analyse en elke figuur, om zelf verder te gebruiken. Vermeld bij gebruik de bron die onder elke figuur staat.',
  dataHeading: 'De cijfers',
  csv: 'CSV voor andere programma’s (komma als scheidingsteken, punt als decimaalteken)',
  csvExcel: 'CSV voor Excel in het Nederlands (puntkomma, decimale komma)',
  xlsx: 'Excel-werkmap (.xlsx)',
  dataLead:
    'Eén rij per beroep met beide indices, kwadrant, zekerheid, rangintervallen en elke component met zijn interval; ook beroepen zonder kwadrant staan erin, met hun gepubliceerde cijfers. Onder de links staat wat elke kolom betekent.',
  dataExample: 'Elk bestand zegt in de kolom “voorbeelddata” dat het om geconstrueerde cijfers gaat.',
  xlsxDataSheet: 'Analyse',
  xlsxAboutSheet: 'Toelichting',
  xlsxAboutTitle: 'werkbalans: taakeisen en hulpbronnen per beroep',
  preview: (title: string) => `Voorbeeld: ${title}`,
  figureFiles: 'Bestanden',
  json: 'Analyse als JSON (het document van het datacontract, met alle extra velden)',
  figuresHeading: 'Figuren',
  figuresLead:
    'Elke figuur als SVG (schaalbaar) en PNG (afbeelding), met een stukje HTML om de figuur in een eigen website in te sluiten.',
  profilesHeading: 'Profielen per beroep',
  profilesShow: (count: number) => `Toon de ${formatCount(count)} profielen`,
  embedLabel: (title: string) => `HTML om “${title}” in te sluiten`,
  embedHint:
    'De figuur past zich aan de breedte aan en het venster aan de hoogte, zodat de bronregel altijd zichtbaar is.',
  embedStaticNote:
    'De codes hieronder bevatten nog niet het adres van deze website: zet dat adres ervoor, anders werkt een figuur niet op een andere website.',
  embedNeedsAddress: (frame: string) =>
    `Let op: deze code bevat nog niet het adres van deze website. Zet het adres waarop deze pagina’s staan (zoals https://www.voorbeeld.nl/werkbalans/) vóór ‘${frame}’ en vóór ‘insluiten.js’; anders werkt de figuur niet op een andere website.`,
  viewEmbed: 'Bekijk',
} as const;

export const embedText = {
  sourceLink: 'Bekijk op werkbalans',
  frameTitle: (title: string) => `Figuur: ${title}`,
} as const;

export const versionsText = {
  title: 'Versies van de data',
  heading: 'Versies van de data',
  lead: 'Elke geüploade tabel (bijvoorbeeld een nieuwe golf van de enquête) is een eigen versie; niets wordt overschreven. Bekijk een oudere versie of vergelijk er twee.',
  caption: 'Alle versies, de laatste periode eerst; van één periode de laatst geüploade eerst',
  /** The shown version holds an earlier period than another listed version. */
  olderShown: (shown: number, shownPeriod: string, latest: number, latestPeriod: string) =>
    `De site toont versie ${shown} (${shownPeriod}), niet de laatste periode: versie ${latest} gaat over het ${latestPeriod}.`,
  columnVersion: 'Versie',
  columnTitle: 'Bron',
  columnFile: 'Bestand',
  columnDate: 'Geüpload',
  columnProfessions: 'Beroepen',
  columnPeriods: 'Periode',
  columnShown: 'Getoond',
  shown: 'ja, standaard',
  example: 'voorbeelddata',
  view: (version: number) => `Bekijk versie ${version}`,
  /** A static copy holds one version: the lead says so instead of offering the others. */
  leadStatic: (version: number, count: number) =>
    count === 1
      ? `Elke geüploade tabel (bijvoorbeeld een nieuwe golf van de enquête) is een eigen versie; niets wordt overschreven. Deze statische kopie van de website bevat versie ${version}.`
      : `Elke geüploade tabel (bijvoorbeeld een nieuwe golf van de enquête) is een eigen versie; niets wordt overschreven. Deze statische kopie van de website bevat alleen versie ${version}, de standaardversie. De andere versies hieronder bekijken of er twee vergelijken kan alleen op de website met server, niet in deze kopie.`,
  versionOnly: (version: number) => `Versie ${version}`,
  inCopy: 'ja, in deze kopie',
  notInCopy: 'niet in deze kopie',
  compareHeading: 'Twee versies vergelijken',
  compareA: 'Eerdere versie',
  compareB: 'Latere versie',
  compareOrderHint:
    'De vergelijking loopt altijd van de eerdere naar de latere periode; kiest u ze andersom, dan worden ze omgedraaid.',
  compareSubmit: 'Vergelijk',
  compareNeedsTwo: 'Om te vergelijken zijn minstens twee versies nodig; er is er nu één.',
  compareHowTo:
    'Upload in Beheer een tweede tabel in hetzelfde formaat, bijvoorbeeld de volgende golf van de werknemersenquête (CSV of xlsx, één rij per beroep en indicator, met ondergrens en bovengrens). Daarna ziet u hier welke beroepen van kwadrant wisselen en of dat meer is dan de betrouwbaarheidsintervallen toelaten.',
  compareUpload: 'Naar Beheer: een nieuwe versie uploaden',
} as const;

function renamedSentence(count: number): string {
  return count === 1
    ? '1 beroep heeft in de latere versie een andere naam; het staat als één rij in de tabel, met de eerdere naam eronder.'
    : `${formatCount(count)} beroepen hebben in de latere versie een andere naam; elk staat als één rij in de tabel, met de eerdere naam eronder.`;
}

export const compareText = {
  title: 'Versies vergelijken',
  heading: (a: number, b: number, periodA: string | null, periodB: string | null) =>
    `Versie ${a}${periodA ? ` (${periodA})` : ''} en versie ${b}${periodB ? ` (${periodB})` : ''} vergeleken`,
  /** How the two versions stand in time (wave-order.ts): why the earlier one is on the left. */
  order: {
    periods: (earlier: number, later: number) =>
      `Van de eerdere periode (versie ${earlier}) naar de latere (versie ${later}): ‘nieuw’ is een beroep dat in de latere periode voor het eerst in de tabel staat, ‘niet in deze versie’ bij de latere een beroep dat er niet meer in staat.`,
    swapped: (asked: number, earlier: number, earlierPeriod: string, laterPeriod: string) =>
      `U koos versie ${asked} als eerdere versie, maar versie ${earlier} gaat over een eerdere periode (${earlierPeriod}) dan versie ${asked} (${laterPeriod})${earlier > asked ? ', ook al is die later geüpload' : ''}. De vergelijking loopt daarom van versie ${earlier} naar versie ${asked}.`,
    samePeriod: (earlier: number, later: number, period: string) =>
      `Beide versies gaan over dezelfde periode (${period}): de vergelijking loopt van de eerder geüploade versie ${earlier} naar de later geüploade versie ${later}, niet van een eerdere naar een latere golf.`,
    noPeriod: (earlier: number, later: number) =>
      `Niet elke versie heeft een periode, dus welke eerder is weten we niet: de vergelijking volgt de volgorde van uploaden, van versie ${earlier} naar versie ${later}.`,
  },
  lead: 'Welke beroepen van kwadrant wisselen, en of die wissel groter is dan de betrouwbaarheidsintervallen toelaten. Hoe dat wordt bepaald staat op de methodepagina.',
  methodLink: 'Uitleg bij de vergelijking',
  medians: (label: string, before: string, after: string) => `Mediaan ${label}: ${before} → ${after}`,
  movedHeading: 'Wie wisselt van kwadrant?',
  movedNone: 'Geen enkel beroep wisselt van kwadrant.',
  movedCaption: 'Beroepen die van kwadrant wisselen',
  allHeading: 'Alle beroepen',
  allCaption: 'Kwadrant per beroep in beide versies, met de verschuiving ten opzichte van de mediaan',
  columnProfession: 'Beroep',
  columnBefore: (v: number) => `Kwadrant in versie ${v}`,
  columnAfter: (v: number) => `Kwadrant in versie ${v}`,
  columnResources: 'Hulpbronnen: Δ t.o.v. mediaan (grens)',
  columnDemands: 'Taakeisen: Δ t.o.v. mediaan (grens)',
  columnVerdict: 'Oordeel',
  certain: 'groter dan de intervallen toelaten',
  uncertain: 'binnen de onzekerheid',
  beyond: 'buiten de onzekerheid',
  within: 'binnen de onzekerheid',
  /** A move over an axis whose index lacks bounds in a version: no claim either way. */
  certaintyUnknown: `${CERTAINTY_UNKNOWN}: niet elk onderdeel heeft betrouwbaarheidsgrenzen`,
  /** A shift whose limit is unknown: "12,0 (geen interval): zekerheid onbekend". */
  shiftUnknown: (delta: string) => `${delta} (geen interval): ${CERTAINTY_UNKNOWN}`,
  notClassified: 'niet ingedeeld',
  notInVersion: 'niet in deze versie',
  newInVersion: 'nieuw in deze versie',
  notComparable: 'niet te vergelijken',
  renamed: (version: number, earlier: string) => `andere naam; in versie ${version}: ${earlier}`,
  notComparableNote: (count: number, renamed: number) =>
    `${count === 1 ? '1 beroep is' : `${formatCount(count)} beroepen zijn`} niet te vergelijken: nieuw, niet meer in de latere versie of in een van beide versies niet ingedeeld (zie Alle beroepen).${renamed > 0 ? ` ${renamedSentence(renamed)}` : ''}`,
  renamedNote: (count: number) => renamedSentence(count),
  same: 'zelfde kwadrant',
  sameUnknown: `zelfde kwadrant (${CERTAINTY_UNKNOWN})`,
  shift: (delta: string, limit: string) => `${delta} (± ${limit})`,
  sameVersion: 'Kies twee verschillende versies.',
  /** The comparison as a file (audit 7, finding 10). */
  downloadHeading: 'Deze vergelijking downloaden',
  downloadExcel: 'CSV voor Excel in het Nederlands (puntkomma, decimale komma)',
  downloadPlain: 'CSV voor andere programma’s (komma als scheidingsteken, punt als decimaalteken)',
  downloadJson: 'JSON voor wie zelf verder rekent (dezelfde vergelijking als werkbalans compare --json)',
  downloadExample:
    'Let op: voorbeelddata, geen CBS-cijfers. Elke rij van de CSV-bestanden zegt dat ook (kolom voorbeelddata), het JSON-bestand in de velden voorbeelddata en notice.',
  columnsHeading: 'Wat staat in welke kolom',
  /** A compared version held for a check (reached by its link): not yet in the list of versions. */
  held: (versions: readonly number[], shown: number | undefined) => {
    const named = versions.map((v) => `versie ${formatCount(v)}`).join(' en ');
    const held =
      versions.length === 1
        ? `${named} is nog niet getoond: die is opgeslagen om eerst te controleren en staat`
        : `${named} zijn nog niet getoond: ze zijn opgeslagen om eerst te controleren en staan`;
    const site =
      shown === undefined
        ? 'De site toont nog geen versie.'
        : `De site toont standaard versie ${formatCount(shown)}.`;
    return `V${held.slice(1)} nog niet in de lijst van versies. ${site}`;
  },
} as const;

export const adminText = {
  title: 'Beheer',
  heading: 'Beheer: nieuwe data, getoonde versie en ideeën',
  lead: 'Upload een nieuwe tabel per beroep (CSV, TSV of xlsx, zoals het datacontract beschrijft). Een tabel wordt alleen opgeslagen als hij helemaal klopt; dan wordt hij een nieuwe versie. U kiest zelf wanneer die versie getoond wordt. Eerdere versies blijven bewaard.',
  disabled:
    'Wijzigen staat uit: op deze server is geen beheertoken ingesteld (WERKBALANS_ADMIN_TOKEN). Zonder token kan niemand data uploaden of de getoonde versie kiezen.',
  uploadHeading: 'Nieuwe tabel uploaden',
  tokenLabel: 'Beheertoken',
  tokenHint: 'Het token dat op de server is ingesteld als WERKBALANS_ADMIN_TOKEN.',
  fileLabel: 'Bestand (CSV, TSV of xlsx)',
  fileHint: (maxMb: string, maxRows: string) => `Hoogstens ${maxMb} en ${maxRows} rijen met cijfers.`,
  titleLabel: 'Bron (optioneel)',
  titleHint:
    'Bijvoorbeeld: CBS, AZW werknemersenquête, 4e kwartaal 2025. Zonder bron wordt de bestandsnaam getoond.',
  exampleLabel: 'Dit zijn geconstrueerde voorbeelddata, geen CBS-cijfers',
  uploadNote:
    '‘Uploaden en controleren’ slaat een tabel die klopt op als nieuwe versie, maar toont hem nog niet: de site blijft de huidige versie tonen. Zolang hij niet getoond is, kan alleen wie het token heeft hem zien (in deze browser 8 uur lang); voor anderen bestaat hij nog niet. Zodra hij één keer getoond is, is hij openbaar, ook als later een andere versie wordt getoond. Bovenaan deze pagina verschijnen dan de opmerkingen over de cijfers (zoals niet-gepubliceerde cijfers en beroepen die niet zijn ingedeeld), met een vergelijking met de getoonde versie en de knop ‘Deze versie tonen’. ‘Uploaden en tonen’ maakt de tabel meteen de getoonde versie; terug naar de vorige versie kan dan hieronder bij ‘Getoonde versie kiezen’.',
  uploadCheckSubmit: 'Uploaden en controleren',
  /** The form that lets this browser see the versions never shown (the check cookie). */
  checkAccessHint:
    'Versies die nog niet getoond zijn, ziet alleen wie het token heeft. Geef het token om ze in deze browser 8 uur lang te kunnen bekijken, vergelijken en tonen.',
  checkAccessSubmit: 'Nog niet getoonde versies bekijken',
  uploadSubmit: 'Uploaden en tonen',
  exportHeading: 'Statische export downloaden',
  exportLead:
    'De openbare site als zip-bestand, om uit te pakken op een andere webserver of een CDN. De server maakt de export zelf, zodat u hem niet hoeft te stoppen. Met de voorbeelddata duurt dat ongeveer een halve minuut; zo lang reageert de site trager.',
  exportUrlLabel: 'Openbaar adres van de website (niet verplicht)',
  exportUrlHint:
    'Bijvoorbeeld https://werkbalans.voorbeeld.nl. Dan werken de insluitcodes ook op andere websites; zonder adres zijn ze relatief.',
  exportSubmit: 'Export downloaden (zip)',
  chooseHeading: 'Getoonde versie kiezen',
  chooseLabel: 'Versie',
  chooseSubmit: 'Deze versie tonen',
  errorsHeading: (count: number) =>
    count === 1 ? 'Er is 1 probleem gevonden' : `Er zijn ${formatCount(count)} problemen gevonden`,
  unchanged: 'Er is niets opgeslagen; wat er al was, blijft ongewijzigd.',
  ideasHeading: 'Ideeën importeren',
  ideasLead:
    'Een bestand met ideeën (CSV, TSV, xlsx of JSON, met kolommen als tekst, thema, soort, branche, provincie, beroep en eventueel id). Een rij met een fout houdt het hele bestand tegen; onbekende kolommen en labels worden gemeld als waarschuwing. Dezelfde ids worden bijgewerkt, niet verdubbeld. E-mailadressen, telefoonnummers, BSN’s, IBAN’s, adressen, links en namen na een aanspreekvorm of functie (mevrouw …, collega …) worden verborgen.',
  ideasFileLabel: 'Bestand met ideeën (CSV, TSV, xlsx of JSON)',
  ideasFileHint: (maxMb: string) => `Hoogstens ${maxMb}.`,
  ideasExampleLabel: 'Dit zijn zelf geschreven voorbeeldideeën, geen echte inzendingen',
  ideasSubmit: 'Ideeën importeren',
  warningsHeading: (count: number) =>
    count === 1 ? 'Let op, 1 waarschuwing:' : `Let op, ${formatCount(count)} waarschuwingen:`,
  /** `perKind`: how many ideas had each kind masked (`naam: 2`); an idea may count under several. */
  ideasImported: (
    added: number,
    updated: number,
    unchanged: number,
    refused: number,
    masked: number,
    perKind: readonly (readonly [string, number])[] = [],
  ) =>
    `Ideeën geïmporteerd: ${formatCount(added)} toegevoegd, ${formatCount(updated)} bijgewerkt, ${formatCount(
      unchanged,
    )} ongewijzigd, ${formatCount(refused)} dubbel en overgeslagen.${
      masked > 0
        ? ` In ${formatCount(masked)} ${masked === 1 ? 'idee zijn' : 'ideeën zijn'} persoonsgegevens verborgen${
            perKind.length > 0
              ? ` (${perKind.map(([name, n]) => `${name}: ${formatCount(n)}`).join(', ')})`
              : ''
          }.`
        : ''
    }`,
  stored: (version: number) =>
    `De tabel is opgeslagen als versie ${formatCount(version)} en wordt nu getoond.`,
  chosen: (version: number) => `Versie ${formatCount(version)} wordt nu getoond.`,
  optionLabel: (version: number, title: string, state: 'shown' | 'never-shown' | 'earlier') =>
    `Versie ${formatCount(version)}: ${title}${
      state === 'shown' ? ' (nu getoond)' : state === 'never-shown' ? ' (nog niet getoond)' : ''
    }`,
  /** The versions stored but never shown, under the choice of the shown version. */
  neverShownHeading: 'Nog niet getoond',
  neverShownLead: (count: number) =>
    count === 1
      ? 'Deze versie is opgeslagen maar nog nooit getoond:'
      : `Deze ${formatCount(count)} versies zijn opgeslagen maar nog nooit getoond:`,
  neverShownItem: (version: number, title: string) => `Versie ${formatCount(version)}: ${title}`,
  /** The check step after "Uploaden en controleren". */
  checkHeading: (version: number) => `Versie ${formatCount(version)} controleren`,
  checkLead: (version: number, shown: number | null) =>
    shown === null
      ? `Versie ${formatCount(version)} is opgeslagen maar nog niet getoond; de site toont nog geen versie. Lees de opmerkingen hierboven, bekijk de pagina’s van deze versie en toon hem dan.`
      : `Versie ${formatCount(version)} is opgeslagen maar nog niet getoond; de site toont nog versie ${formatCount(shown)}. Lees de opmerkingen hierboven, bekijk wat er verandert en toon hem dan.`,
  checkWaves: (versions: string, version: number) =>
    `De perioden zijn de versies ${versions}; de knop toont versie ${formatCount(version)}, de laatste periode. Een andere kiest u bij ‘Getoonde versie kiezen’.`,
  checkCompare: (shown: number, version: number) =>
    `Vergelijk de getoonde versie ${formatCount(shown)} met versie ${formatCount(version)}: wie wisselt van kwadrant`,
  checkView: (version: number) => `Bekijk de pagina’s van versie ${formatCount(version)}`,
  checkShowHint: (version: number) =>
    `Versie ${formatCount(version)} wordt dan de getoonde versie van de site. Terug naar een andere versie kan daarna altijd, bij ‘Getoonde versie kiezen’.`,
  neverShownCompare: (version: number, shown: number) =>
    `versie ${formatCount(version)} vergelijken met de getoonde versie ${formatCount(shown)}`,
  neverShownView: (version: number) => `pagina’s van versie ${formatCount(version)} bekijken`,
} as const;

/** The ideas page's words, those of its results (ideas-results-text.ts) included. */
export const ideasPageText = {
  ...ideasResultsText,
  title: 'Ideeën',
  heading: 'Ideeënbank: wat medewerkers zelf voorstellen',
  lead: 'Wensen, kansen, knelpunten en voorstellen van medewerkers in zorg en welzijn, in hun eigen woorden. Zoek op een woord (elke vorm van het woord telt mee) en verfijn op thema, soort, branche, provincie of beroep.',
  exampleNote:
    'De ideeën op deze site zijn zelf geschreven voorbeelden (voorbeelddata), geen uitspraken uit het onderzoek.',
  exampleNoteSome:
    'Een deel van de ideeën op deze site is zelf geschreven als voorbeeld (voorbeelddata), naast echte inzendingen.',
  exampleIdeaNote:
    'Dit idee is een zelf geschreven voorbeeld (voorbeelddata), geen uitspraak uit het onderzoek.',
  searchLabel: 'Zoek in de ideeën',
  searchHint: 'Bijvoorbeeld: administratie, rooster of overleg.',
  searchSubmit: 'Zoeken',
  filtersHeading: 'Verfijnen',
  facetNames: {
    thema: 'Thema',
    soort: 'Soort',
    branche: 'Branche',
    provincie: 'Provincie',
    beroep: 'Beroep',
  },
  clearFilters: 'Alle filters weghalen',
  ideaTitle: (id: string) => `Idee ${id}`,
  /** An idea's page is titled by its own words: the first ten or so, cut at a word. */
  ideaTitleOf: (text: string) => {
    const words = text.trim().split(/\s+/);
    const short = words.slice(0, 10).join(' ');
    return words.length > 10 ? `“${short.replace(/[,.;:]$/, '')}…”` : `“${short}”`;
  },
  backToSearch: 'Terug naar de ideeënbank',
  backToProfile: (profession: string) => `Terug naar ${profession}`,
  /** On an idea's page: the solutions of its themes (the way from one idea to what many propose). */
  ideaSolutions: {
    heading: 'Veelgenoemde oplossingen',
    inSolution: (theme: string) => `In het thema ‘${theme}’ hoort dit idee bij de oplossing`,
    count: (n: number) => `genoemd in ${formatCount(n)} ${n === 1 ? 'idee' : 'ideeën'}`,
    inNone: (theme: string) => `In het thema ‘${theme}’ hoort dit idee bij geen veelgenoemde oplossing.`,
    themeLink: (theme: string) => `Veelgenoemde oplossingen in ‘${theme}’`,
  },
  themesLink: 'De thema’s in cijfers',
  themesTitle: 'Thema’s in cijfers',
  themesHeading: 'De thema’s van de ideeën in cijfers',
  themesLead:
    'Hoeveel ideeën er per thema zijn, in welke branches ze vandaan komen en welke thema’s samen voorkomen.',
  countsHeading: 'Per thema',
  heatmapHeading: 'Per thema en branche',
  cooccurrenceHeading: 'Thema’s die samen voorkomen',
  staticNote: (total: number, searched: number, shown: number) =>
    `Dit is een vaste kopie van de site, zonder server. Zoeken en filteren gebeuren hier in uw browser (met JavaScript), op dezelfde manier als op de website: woordvormen, samengestelde woorden, verwante woorden en tikfouten tellen mee, en ideeën met de meeste van uw zoekwoorden staan bovenaan. ${
      searched < total
        ? `Deze kopie bevat ${formatCount(searched)} van de ${formatCount(total)} ideeën; alleen die worden doorzocht. `
        : ''
    }Per pagina staan hoogstens ${formatCount(shown)} ideeën; met de links onder de ideeën bladert u verder. Zonder JavaScript staan hieronder de eerste ideeën; elk heeft een eigen pagina.`,
  /** Under "Verfijnen" when no idea of the search shows a profession: why there is no profession filter. */
  professionFacetEmpty:
    'Op beroep kunt u hier niet filteren: bij geen van deze ideeën staat een beroep. Het is niet ingevuld, of we tonen het niet omdat er minder dan 5 ideeën met dezelfde provincie, branche en hetzelfde beroep zijn, zodat niemand herkenbaar is.',
  staticNotStarted:
    'Zoeken en filteren werken hier niet: het script van deze pagina is niet gestart (staat JavaScript uit?). De ideeën hieronder zijn dus niet gezocht of gefilterd; het getal hierboven telt alle ideeën.',
} as const;

/** Words around the generated findings (src/core/text/story.ts). */
export const storyText = {
  expert: 'Voor de kenner',
  listHeading: 'Alle beroepen per kwadrant',
  borderline: (share: string) => `grensgeval, ${share}`,
  summaryHeading: 'In het kort',
  profilesHeading: 'De vier kwadranten',
  certaintyLink: 'Hoe zeker is elk beroep? Zie de tabel bij de figuur.',
  sensitivityLink: 'Wie er verschuift bij een andere indexkeuze',
} as const;
