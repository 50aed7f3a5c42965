/**
 * The fixed words of the sign-off frames (mask-signoffs.ts): closing and greeting formulas, and the
 * phrases of authorship, self-introduction and attribution with the strength of each.
 */

/** `byline`: a weak frame of authorship (`geschreven door`) that also takes one unlisted name. */
/** `named`: a strong frame that says a name follows (`mijn naam is`), also for a surname in capitals. */
export type Strength = 'strong' | 'named' | 'self' | 'weak' | 'byline';

/** Closing and greeting formulas: a name may follow after a comma, a colon, a line break or nothing. */
export const CLOSINGS = [
  'groet',
  'groeten',
  'groetjes',
  'gegroet',
  'vriendelijke groet',
  'vriendelijke groeten',
  'met vriendelijke groet',
  'met vriendelijke groeten',
  'hartelijke groet',
  'hartelijke groeten',
  'met hartelijke groet',
  'met hartelijke groeten',
  'lieve groet',
  'lieve groeten',
  'mvg',
  'm.v.g.',
  'gr.',
  'gr',
  'grt',
  'grtn',
  'liefs',
  'doei',
  'hoogachtend',
  'ondertekend',
  'getekend',
  'namens',
  'bedankt',
  'alvast bedankt',
  'dank je wel',
  'dank u wel',
  'dankjewel',
  'dank je',
  'dank u',
  'bedankt allemaal',
  'tot ziens',
  'tot snel',
  'hgr',
  'mvgr',
  'vr.gr.',
  'vrgr',
  'grtz',
  'grtjs',
  'beste',
  'hoi',
  'hallo',
  'hey',
  'lieve',
];
/** Phrases after which a name follows a single space. */
export const PHRASES: Record<string, Strength> = {
  'groet van': 'strong',
  'groeten van': 'strong',
  'groetjes van': 'strong',
  'liefs van': 'strong',
  'van de hand van': 'strong',
  'mijn naam is': 'named',
  'naam:': 'named',
  'voornaam:': 'named',
  'achternaam:': 'named',
  'ik heet': 'named',
  // Payment to a named account holder (`t.n.v. S. Pinas`), a letter for someone (`t.a.v. J. de Vries`).
  't.n.v.': 'named',
  tnv: 'named',
  'ten name van': 'named',
  't.a.v.': 'named',
  'ter attentie van': 'named',
  'ik ben': 'self',
  'dit is': 'weak',
  'komt van': 'weak',
  'afkomstig van': 'weak',
  'ingestuurd door': 'byline',
  'ingediend door': 'byline',
  'geschreven door': 'byline',
  'bedacht door': 'byline',
  'opgesteld door': 'byline',
  'verstuurd door': 'byline',
  'verzonden door': 'byline',
  'aangedragen door': 'byline',
  'voorgesteld door': 'byline',
  'met dank aan': 'weak',
  'tip van': 'weak',
  'idee van': 'weak',
  'voorstel van': 'weak',
};

/** Words that are no name in a frame (greetings, groups, family, nationalities, wishes, jobs). */
export const FRAME_NOT_NAMES: ReadonlySet<string> = new Set(
  [
    'groet groeten groetjes liefs doei bedankt dank alvast namens hoogachtend beste hoi hallo hey lieve',
    'allemaal allen lezer lezers mensen jongens meiden dames heren vrienden familie lieverds kanjers',
    'toppers helden oma opa mama papa moeder vader tante oom zus broer zoon dochter vrouw man mens',
    'nederlander marokkaan turk surinamer christen moslim sint succes',
    // Pronouns, wishes and thanks (`Liefs, Jullie Collega`, `Lieve Vrede`, `Hartelijk Dank`).
    'jullie jij je jou jouw u uw iedereen wij we ons onze zij hun vrede wensen kerst kerstfeest',
    'feestdagen nieuwjaar dank fijne fijn prettige prettig goede goed mooie sterkte gezellig tot',
    // Job words outside the role list (`Ik ben Helpende Plus`).
    'helpende assistent assistente verzorger zorgassistent zorgassistente gastvrouw gastheer kok',
    'schoonmaker schoonmaakster doktersassistente tandartsassistente apothekersassistente medewerker',
    'medewerkster stagiaire student studente invaller invalkracht uitzendkracht oproepkracht zzper',
  ]
    .join(' ')
    .split(' '),
);
