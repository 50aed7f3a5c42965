/**
 * Common first names in the Netherlands, in lower case: Dutch and Frisian names of every generation
 * and frequent names in families of Turkish, Moroccan, Surinamese, Antillean, Indonesian, Polish and
 * other origins. A general list, not exhaustive; the sign-off detector (mask-signoffs.ts) uses it
 * where a frame alone is weak (`- Femke` at the end, a name alone on the last line, `komt van Sanne`:
 * the name must open with a listed first name), after `ik ben` (a listed first name or a name of two
 * parts), and for a name in lower case after a closing (`groetjes wilma`). Words that are also common Dutch function words
 * or verbs (`Wil`, `Elke`, `Mag`) are left out.
 */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [
    // Women.
    'aafke aaltje adriana agnes aisha alida alie alina amber amira amy andrea angela angelique anita',
    'anja anke ankie anna ans annabel anne annefleur anneke annelies annemarie annemiek annet annette anouk',
    'antje ariane astrid aukje barbara beatrix bep berber bernadette bianca bo brenda bregje carla',
    'carolien caroline charlotte chantal cindy claire claudia coby cora corine corrie daniëlle debbie',
    'demi denise diana dianne dina dorien dorothé dewi dilan dunya eline elisa elisabeth ellen els',
    'elsbeth elvira emma erica esmee esra esther eva evelien fatima fatma fenna femke fien fleur floor',
    'francien frederique gerda geertje gemma gerdien gonny greet greetje hanneke hannie hatice hanna',
    'heleen helen helga henny hennie hilde hiltje ilona ilse inge ingrid irene iris jacqueline janine',
    'jannie janneke jantine jasmijn jeanette jennifer jessica joke jolanda jolien jose josé joyce judith',
    'julia juliette karin karlijn kayleigh khadija kim kirsten klaasje kübra lara laura leonie lieke',
    'lies liesbeth lilian linda lisa lisanne loes lotte louise lucia lydia maaike manon margreet',
    'margriet maria marian marianne marieke mariëlle marijke marjan marjolein marleen marloes marlies',
    'marina martha martine maryam meryem mieke miranda mirjam monique naima nadia nathalie nicole nienke',
    'nina noor nora noura olga patricia paula petra pien priscilla rachel rianne ria riek rini rita',
    'romy rosa roos rukiye ruth sabine samira sandra sanne sara sarah saskia selin silvia simone sofie',
    'sophie stephanie sietske sylvia tamara tanja tessa thea tineke tiny trees truus ursula vera',
    'wendy wilma willeke wilhelmina yasmina yvonne zeynep zoë',
    // Men.
    'aad abdel abdelkader abdullah adam adrie ahmed ahmet albert alex alexander ali anton antoon arie',
    'arjan arjen arnold arthur bart bas bastiaan ben benjamin bernard bert bjorn bob boris bram brian',
    'cees chris christiaan co cor cornelis daan daniel david dennis dick diederik dirk dries edwin',
    'eelco emre erik ernst erwin evert fabian ferdi finn floris frank frans fred freek frits gerard',
    'gerben gerrit gert gijs gerrit-jan guus hamza hans harm harry hasan hassan hein hendrik henk',
    'herman hidde hugo huib ibrahim ivo jaap jacob jakob jan jasper jelle jeroen jesse job joep johan',
    'johannes jordi joris joost jos jozef jurgen karel kees kevin klaas koen kofi lars laurens leo',
    'levi lucas luuk maarten marco marcel mark martijn martin mathijs matthijs max mehmet melvin menno',
    'michael michel milan mohamed mohammed mustafa nick niels noah omar otto paul peter piet pieter',
    'quinten rachid ramon randy raymond remco richard rik rob robert robin roel roelof rogier ronald',
    'roy ruben rudi rudy rutger ruud said sam sander sebastiaan sem simon sjaak sjoerd stefan steven',
    'sven teun theo thijs thomas tim tjeerd tom ton twan vincent walter wessel wietse willem wim',
    'wouter youssef yusuf yunus ziggy',
  ]
    .join(' ')
    .split(' '),
);

/** A listed first name, or a double name of listed ones (`bart-jan`); `word` in lower case. */
export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word) || (word.includes('-') && word.split('-').every((w) => FIRST_NAMES.has(w)));
}
