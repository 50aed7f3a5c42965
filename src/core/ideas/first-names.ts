/**
 * Common first names in the Netherlands, in lower case: Dutch and Frisian names of every generation
 * and frequent names in families of Turkish, Moroccan and other Arabic, Surinamese (Hindustani, Creole,
 * Javanese), Antillean, Indonesian, Ghanaian, Polish and other Central and Eastern European, Southern
 * European and English origins (about 940; session 29 added about 510 from general knowledge). A
 * general list, not exhaustive. The sign-off detector (mask-signoffs.ts) uses it where a frame alone is
 * weak (`- Femke` at the end, a name alone on the last line, `komt van Sanne`: the name must open with
 * a listed first name), after `ik ben` (a listed first name or a name of two parts), and for a name in
 * lower case after a closing (`groetjes wilma`); the detector of names without a frame
 * (mask-bare-names.ts) masks a listed name wherever it stands as a name. Words that are also common
 * Dutch function words or verbs (`Wil`, `Elke`, `Mag`, `Door`, `Leen`, `Toon`) and places or months
 * (`Mei`, `Sofia`) are left out; names that are also words (`Roos`, `Bas`) are listed and marked in
 * mask-bare-words.ts. A name matches with other accents or none (`Saïd`, `Ayse`, `Zoe`).
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
    // Session 29: more names of every generation and origin common in the Netherlands (general
    // knowledge, not only the names of a test set). Dutch and Frisian, newer and older.
    'noa yara tess mila liv evi saar maud isa elin lynn jill britt fenne olivia luna nova marie',
    'annie betsy dini gerrie hetty janny leny lenie marga marja nel nelly netty sjaan toos willy ina',
    'ineke jenny mariska miriam natasja natascha nadine renate ingeborg irma kitty lia margo mia',
    'yolanda ellis ester floortje hester lonneke maartje marit merel mirte myrthe suzanne sterre tirza',
    'wietske ymke naomi rebecca henriëtte henriette hendrika johanna cornelia catharina grietje',
    'trijntje neeltje tjitske sjoukje baukje rixt hiske froukje janke marrit romee roosmarijn',
    'liam mees siem tijn jens julian luca olivier stijn thijmen pepijn jelte wiebe sytse hylke auke',
    'durk jelmer hessel geert adri bertus bennie gijsbert joop jopie rinus wout sjef harrie arend',
    'jeffrey johnny maurice michiel nico patrick pim reinier rene rené rens rick ricardo sjors stan',
    'tijs tobias wilco wilfred yannick youri joey jordy lennart mike nathan nils pascal raoul thom',
    'timo wesley hendrikus adrianus petrus gerardus wilhelmus jacobus theodorus',
    // Turkish.
    'ayşe ayse elif emine merve büşra busra özlem ozlem sevgi songül gülsüm hülya derya ebru tuba',
    'sibel nurcan yasemin dilek aylin ceylan burcu gizem tuğba tugba zehra sevda esma filiz hacer',
    'havva selma dilara irem beyza hüseyin huseyin murat burak osman ömer omer kemal cem serkan',
    'hakan kerem erdem onur orhan recep halil fatih volkan tolga selim ismail yasin enes furkan',
    'ercan erkan levent mert oğuz oguz sinan uğur ugur erol',
    // Moroccan and other Arabic, Somali, Eritrean, Afghan.
    'karim khalid abdellah mustapha driss hicham hakim nordin samir soufiane sofyan ayoub anas adil',
    'ilias ilyas zakaria othman nabil redouan tarik mourad jamal mimoun yassine yassin bilal mehdi',
    'reda abderrahim abdelaziz aziz brahim younes yousef mounir noureddine hamid farid ahmad',
    'mohammad mohamad muhammad rami amir hussein ismael walid khaled majid nasser idris malika',
    'hanane hafida latifa karima souad amal asma salma loubna ikram imane hajar zineb zahra siham',
    'sanae houda laila leila layla ilham hayat jamila aicha aïcha soumaya najat nawal wafa chaimae',
    'rachida saida saïda fouzia hasna nisrine yasmine yasmin hiba rana rasha lina rania mariam',
    'zainab abdi abdirahman hodan fadumo hawa ayaan yonas semhar tesfay filmon senait omid mahmoud',
    // Surinamese (Hindustani, Creole, Javanese), Antillean, Indonesian, Ghanaian, Asian.
    'sharda shanti radha sunita kavita reshma priya anjali devika indra ravi rajesh sanjay dinesh',
    'ramesh suresh anil mahesh prakash vikash roshni ashwin navin girish kishan rakesh sunil vishal',
    'shirley sharon natasha gracia cynthia gwendolyn sonja romano marciano dwight gregory clyde iwan',
    'winston errol glenn glen edson humberto milton orlando clarence rodney sergio stanley desiree',
    'désirée shurandy giovanni ratna wulan wati sarmi putri indah siti yanti hendra kwame kwabena',
    'kwaku akosua abena wei linh minh thanh',
    // Polish, other Central and Eastern European, Southern European, English.
    'agnieszka katarzyna kasia małgorzata malgorzata gosia magdalena magda joanna ewa monika',
    'aleksandra justyna karolina beata dorota marta paulina natalia agata iwona zofia piotr łukasz',
    'lukasz tomasz tomek paweł pawel krzysztof marcin michał michal kuba marek grzegorz wojciech',
    'kamil mateusz dariusz andrzej rafał rafal bartosz przemek krystian janusz jacek adrian artur',
    'ivan georgi dimitar elena ioana andrei mihai oksana olena iryna svetlana tatjana yulia viktor',
    'daniela gabriela valentina carlos juan pedro miguel luis jorge carmen isabel francesca giulia',
    'paolo alessandro antonio giuseppe roberto fabio john james michelle kelly kimberly nancy mandy',
    'peggy vicky danny jimmy tommy',
  ]
    .join(' ')
    .split(' '),
);

/** Without accents: `saïd` is `said`, `zoe` is `zoë` (NFD, marks dropped; `ł` has no mark). */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Any character outside ASCII? */
function accented(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return true;
  return false;
}

/** The listed names without accents. */
const FOLDED: ReadonlySet<string> = new Set([...FIRST_NAMES].map(fold));

/** A listed name, also written with other accents or none (`Saïd` is `said`, `Ayse` is `ayşe`). */
function listed(word: string): boolean {
  return FOLDED.has(word) || FIRST_NAMES.has(word) || (accented(word) && FOLDED.has(fold(word)));
}

/** A listed first name, or a double name of listed ones (`bart-jan`); `word` in lower case. */
export function isFirstName(word: string): boolean {
  return listed(word) || (word.includes('-') && word.split('-').every(listed));
}
