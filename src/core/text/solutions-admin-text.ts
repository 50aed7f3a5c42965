/** Dutch texts of the curators' page for "Veelgenoemde oplossingen" (/beheer/oplossingen). */
import { formatCount, formatShare } from './format.js';

/** Ids as a Dutch list: "a", "a en b", "a, b en c". */
const list = (ids: readonly string[]) =>
  ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} en ${ids.at(-1) ?? ''}`;
const ideeen = (n: number) => `${formatCount(n)} ${n === 1 ? 'idee' : 'ideeën'}`;

export const solutionsAdminText = {
  title: 'Oplossingen beheren',
  lead: 'Hier deelt u de ideeën van een thema in als oplossingen: een omschrijving geven, samenvoegen, splitsen, een idee verplaatsen en de indeling vastzetten. Elke wijziging vraagt het beheertoken en een reden, en komt in de geschiedenis.',
  backLink: 'Terug naar beheer',
  adminLink: 'Veelgenoemde oplossingen beheren',
  themeLabel: 'Thema',
  themeSubmit: 'Toon de oplossingen',
  noThemes: 'Er zijn nog geen zichtbare ideeën met een thema.',
  curatorHeading: 'Voorstellen en bijna dubbele ideeën',
  curatorLead:
    'Geef het token om te zien welke nieuwe ideeën op een vastgezette oplossing lijken en welke ideeën bijna hetzelfde zeggen.',
  curatorSubmit: 'Toon voorstellen en bijna dubbele ideeën',
  reasonLabel: 'Reden',
  reasonHint: 'Verplicht: waarom deze wijziging? De reden komt in de geschiedenis.',
  solutionsHeading: (theme: string, n: number) => `Oplossingen in ‘${theme}’ (${formatCount(n)})`,
  solutionMeta: (count: number, pinned: boolean, curated: boolean, cohesion: number) =>
    `${ideeen(count)}${pinned ? ' · vastgezet' : ''}${curated ? ' · aangepast door een beheerder' : ' · automatisch'} · samenhang ${formatShare(cohesion)}`,
  quoteMark: 'citaat',
  quoteMarkHint:
    'Bij elke oplossing staat het citaat eerst, gemarkeerd met ‘(citaat)’: het idee dat het dichtst bij de andere ideeën staat. Lezers zien het als voorbeeld van de oplossing. Elk nummer opent het idee.',
  ideasOf: (label: string) => `Ideeën bij ‘${label}’`,
  tocLabel: 'Op deze pagina',
  toc: {
    solutions: 'Oplossingen',
    move: 'Een idee verplaatsen',
    merge: 'Oplossingen samenvoegen',
    proposals: 'Voorstellen',
    duplicates: 'Bijna dubbele ideeën',
    unclustered: 'Ideeën bij geen oplossing',
    history: 'Laatste wijzigingen',
  },
  automaticLabel: (label: string) => `Automatische omschrijving: ${label}`,
  renameHeading: 'Omschrijving geven',
  labelLabel: 'Korte omschrijving',
  labelHint: (max: number) => `Eén regel van hoogstens ${formatCount(max)} tekens.`,
  renameSubmit: 'Omschrijving opslaan',
  pinSubmit: 'Vastzetten',
  unpinSubmit: 'Losmaken',
  pinHint:
    'Een vastgezette oplossing blijft bij een nieuwe import staan; nieuwe ideeën die erop lijken worden voorgesteld.',
  splitHeading: 'Splitsen',
  splitLegend: 'Ideeën die een eigen oplossing worden',
  splitSubmit: 'Splitsen',
  optionalLabel: 'Omschrijving van de nieuwe oplossing (niet verplicht)',
  mergeHeading: 'Oplossingen samenvoegen',
  mergeLegend: 'Kies twee of meer oplossingen',
  mergeSubmit: 'Samenvoegen',
  moveHeading: 'Een idee verplaatsen',
  ideaLabel: 'Nummer van het idee',
  ideaHint: 'Zoals het bij elk idee op deze pagina staat, bijvoorbeeld idee-0123.',
  toLabel: 'Naar',
  outside: 'Bij geen enkele oplossing',
  moveSubmit: 'Verplaatsen',
  unclusteredHeading: (n: number) => `Ideeën bij geen oplossing (${formatCount(n)})`,
  unclusteredLead:
    'Deze ideeën passen bij geen enkele oplossing, of een beheerder zette ze erbuiten. Met ‘Een idee verplaatsen’ zet u er een bij een oplossing.',
  noUnclustered: 'Elk idee van dit thema hoort bij een oplossing.',
  proposalsHeading: (n: number) => `Voorstellen voor vastgezette oplossingen (${formatCount(n)})`,
  noProposals: 'Er zijn geen nieuwe ideeën die op een vastgezette oplossing lijken.',
  proposalsFor: (label: string, n: number) => `Voorstellen voor ‘${label}’ (${formatCount(n)})`,
  proposalsHint:
    'Vink de ideeën aan die bij deze oplossing horen en kies ‘Geselecteerde toevoegen’, of vink de ideeën aan die er niet bij horen en kies ‘Geselecteerde afwijzen’. Horen ze er allemaal bij, of allemaal niet, kies dan ‘Alle voorstellen toevoegen’ of ‘Alle voorstellen afwijzen’: aanvinken is dan niet nodig. Een afgewezen idee wordt niet opnieuw voorgesteld voor deze oplossing.',
  proposalChoice: (id: string, similarity: number, text: string) =>
    `${id} (overeenkomst ${formatShare(similarity)}): ${text}`,
  openIdea: (id: string) => `Open ${id}`,
  acceptSelected: 'Geselecteerde toevoegen',
  declineSelected: 'Geselecteerde afwijzen',
  acceptAll: 'Alle voorstellen toevoegen',
  declineAll: 'Alle voorstellen afwijzen',
  proposalsAccepted: (n: number) =>
    n === 1
      ? 'Het idee is aan de oplossing toegevoegd.'
      : `${formatCount(n)} ideeën zijn aan de oplossing toegevoegd.`,
  proposalsDeclined: (n: number) =>
    n === 1
      ? 'Het idee wordt niet meer voorgesteld voor deze oplossing.'
      : `${formatCount(n)} ideeën worden niet meer voorgesteld voor deze oplossing.`,
  duplicatesHeading: (groups: number, pairs: number) =>
    `Bijna dubbele ideeën (${formatCount(groups)} ${groups === 1 ? 'groep' : 'groepen'}, ${formatCount(pairs)} ${pairs === 1 ? 'paar' : 'paren'})`,
  duplicatesLead:
    'Ideeën die via bijna gelijke paren met elkaar samenhangen staan in één groep: u besluit per groep. Verbergen wist niets; een verborgen idee kan weer getoond worden.',
  groupsShown: (from: number, to: number, total: number) =>
    from === 1 && to === total
      ? `Alle ${formatCount(total)} open ${total === 1 ? 'groep' : 'groepen'}.`
      : `Groep ${formatCount(from)}–${formatCount(to)} van ${formatCount(total)} open groepen, de grootste eerst.`,
  decidedPairs: (n: number) => `Al besloten: ${formatCount(n)} ${n === 1 ? 'paar' : 'paren'}.`,
  groupHeading: (n: number, count: number, similarity: number) =>
    `Groep ${formatCount(n)}: ${ideeen(count)} (overeenkomst tot ${formatShare(similarity)})`,
  keepAll: (count: number) => `Alle ${formatCount(count)} ideeën behouden`,
  /** A choice of a group: keep `id`, hide `hide`; `open` (no near-duplicate of `id`) stay undecided. */
  keepOnly: (id: string, hide: readonly string[] = [], open: readonly string[] = []) =>
    open.length === 0
      ? `Alleen ${id} behouden, de andere verbergen`
      : `Alleen ${id} behouden: ${list(hide)} verbergen. ${list(open)} ${open.length === 1 ? 'zegt' : 'zeggen'} niet bijna hetzelfde als ${id} en ${open.length === 1 ? 'blijft' : 'blijven'} staan, nog zonder besluit`,
  chainHint:
    'Niet elk idee in deze groep lijkt bijna op elk ander: ze hangen samen via een ander idee. Bij elke keuze staat welke ideeën verborgen worden. De andere blijven staan, zonder besluit; lijken ze nog bijna op een ander zichtbaar idee, dan staan ze hier daarna opnieuw.',
  nextGroups: (from: number, to: number) => `Toon groep ${formatCount(from)}–${formatCount(to)}`,
  previousGroups: (from: number, to: number) => `Toon groep ${formatCount(from)}–${formatCount(to)}`,
  groupDone: (hidden: readonly string[], kept: readonly string[], open: readonly string[] = []) =>
    (hidden.length === 0 && open.length === 0
      ? `Het besluit is opgeslagen: ${kept.join(', ')} blijven staan.`
      : `Het besluit is opgeslagen: ${kept.join(', ')} blijft staan; verborgen: ${hidden.length === 0 ? 'geen' : hidden.join(', ')}.`) +
    (open.length === 0
      ? ''
      : ` Niet verborgen, omdat ${open.length === 1 ? 'het' : 'ze'} niet bijna hetzelfde ${open.length === 1 ? 'zegt' : 'zeggen'} als ${kept.join(', ')}: ${open.join(', ')}. Daarover is nog niets besloten.`),
  chooseDecision: 'Kies een besluit voor deze groep.',
  historyShown: (shown: number, total: number) =>
    `De laatste ${formatCount(shown)} van ${formatCount(total)} wijzigingen, de nieuwste eerst.`,
  fullHistoryHeading: (n: number) =>
    `Hele geschiedenis (${formatCount(n)} ${n === 1 ? 'wijziging' : 'wijzigingen'})`,
  fullHistorySubmit: 'Toon de hele geschiedenis',
  reasonOf: (reason: string) => `Reden: ${reason}`,
  tokenRefusedHere:
    'Het beheertoken klopt niet. Wat u invulde, staat nog in het formulier: vul het token opnieuw in.',
  toSentForm: 'Naar het formulier met uw invoer',
  importHeading: 'Oplossingen na deze import',
  importNone:
    'Deze import markeerde geen bijna dubbele ideeën, en er wachten geen voorstellen voor vastgezette oplossingen.',
  importTheme: (theme: string, pairs: number, groups: number, proposals: number) =>
    `${theme}: deze import markeerde ${formatCount(pairs)} ${pairs === 1 ? 'bijna dubbel paar' : 'bijna dubbele paren'} (${formatCount(groups)} ${groups === 1 ? 'groep' : 'groepen'}); ${formatCount(proposals)} ${proposals === 1 ? 'voorstel wacht' : 'voorstellen wachten'} voor vastgezette oplossingen.`,
  importThemeLink: (theme: string) => `Beheer de oplossingen van ‘${theme}’`,
  noDuplicates: 'In dit thema zeggen geen twee ideeën bijna hetzelfde.',
  duplicatePair: (a: string, b: string, similarity: number) =>
    `${a} en ${b} (overeenkomst ${formatShare(similarity)})`,
  duplicateStatus: { open: 'nog niet besloten', kept: 'beide behouden', merged: 'samengevoegd' },
  decisionLegend: 'Besluit',
  keepBoth: 'Beide behouden',
  mergeInto: (id: string) => `Samenvoegen: ${id} blijft staan, het andere idee wordt verborgen`,
  decideSubmit: 'Besluit opslaan',
  historyHeading: 'Laatste wijzigingen',
  noHistory: 'Nog geen wijzigingen in dit thema.',
  done: {
    hernoemen: 'De omschrijving is opgeslagen.',
    samenvoegen: 'De oplossingen zijn samengevoegd.',
    splitsen: 'De oplossing is gesplitst.',
    verplaatsen: 'Het idee is verplaatst.',
    vastzetten: 'De oplossing is vastgezet.',
    losmaken: 'De oplossing is losgemaakt.',
    'voorstellen-toevoegen': 'De gekozen ideeën zijn aan de oplossing toegevoegd.',
    'voorstellen-afwijzen': 'De gekozen ideeën worden niet meer voorgesteld voor deze oplossing.',
    'bijna-dubbel': 'Het besluit over de bijna dubbele ideeën is opgeslagen.',
    bekijken: 'Hieronder staan de voorstellen en de bijna dubbele ideeën.',
    'dubbel-groep': 'Het besluit over de groep bijna dubbele ideeën is opgeslagen.',
    geschiedenis: 'Hieronder staat de hele geschiedenis van dit thema.',
  },
  unchanged: 'Er is niets gewijzigd.',
};
