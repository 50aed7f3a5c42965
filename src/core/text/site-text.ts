/** Dutch words of the website's frame: navigation, banners, common labels and the error page. */
import { formatCount } from './format.js';

export const NAV_ITEMS = [
  { id: 'home', path: '/', label: 'Overzicht' },
  { id: 'beroepen', path: '/beroepen', label: 'Beroepen' },
  { id: 'ranglijst', path: '/ranglijst', label: 'Ranglijst' },
  { id: 'kwadranten', path: '/kwadranten', label: 'Kwadranten' },
  { id: 'ideeen', path: '/ideeen', label: 'Ideeën' },
  { id: 'methode', path: '/methode', label: 'Methode' },
  { id: 'downloads', path: '/downloads', label: 'Downloads' },
] as const;

export type NavId = (typeof NAV_ITEMS)[number]['id'] | 'versies' | 'beheer' | 'none';

export const siteText = {
  didYouMean: 'Bedoelde u',
  allProfessions: 'Alle beroepen',
  siteName: 'werkbalans',
  tagline: 'Taakeisen en hulpbronnen per beroep in zorg en welzijn',
  pageTitle: (title: string) => `${title} — werkbalans`,
  skipLink: 'Naar de inhoud',
  navLabel: 'Hoofdmenu',
  breadcrumbLabel: 'Kruimelpad',
  footerAbout:
    'werkbalans zet de cijfers van de AZW-werknemersenquête per beroep op een rij: wat het werk vraagt, wat het biedt, en wat medewerkers zelf voorstellen.',
  footerVersions: 'Versies van de data',
  footerAdmin: 'Beheer',
  exampleBanner: 'De cijfers op deze site zijn geconstrueerd om de werking te tonen; het zijn geen metingen.',
  versionBanner: (version: number, shown: number) =>
    `U bekijkt versie ${formatCount(version)} van de data; standaard wordt versie ${formatCount(shown)} getoond.`,
  /** A version held for a check, reached by its link (`?versie=`). */
  versionBannerHeld: (version: number, shown: number) =>
    `U bekijkt versie ${formatCount(version)} van de data; die is nog niet getoond (opgeslagen om eerst te controleren). Standaard wordt versie ${formatCount(shown)} getoond.`,
  versionBannerLink: 'Naar de getoonde versie',
  myProfession: (name: string) => `Uw beroep: ${name}`,
  myProfessionMarked: 'uw beroep',
  myProfessionClear: 'Markering weghalen',
  myProfessionOffer: (name: string) => `Markeer uw beroep (${name}) op deze pagina`,
  myProfessionHint:
    'Uw beroep is in elke figuur en tabel gemarkeerd. De link bevat uw keuze, zodat u hem kunt delen.',
  errorTitle: (status: number) => (status === 404 ? 'Pagina niet gevonden' : 'Er ging iets mis'),
  errorBack: 'Terug naar het overzicht',
  emptyTitle: 'Nog geen data',
  emptyText: 'Er is nog geen dataset geladen. Een beheerder kan een tabel uploaden via de beheerpagina.',
  figureTableSummary: 'Tabel met de cijfers van deze figuur',
  figureDownloads: 'Download:',
  figureSvg: 'SVG',
  figurePng: 'PNG',
  figureEmbed: 'Insluiten',
  datasetLine: (title: string, version: number) => `${title} (versie ${formatCount(version)})`,
} as const;
