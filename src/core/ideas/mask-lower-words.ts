/**
 * Listed first names that are also a word in lower case, besides WORD_NAMES (mask-bare-words.ts):
 * `luis` (a louse), `vishal` (a fish hall), `ton` (a ton), `rob` (a seal), `mees` (a tit), `kim` (the
 * horizon), `harm` and `kitty` (English). Written in lower case such a word is never read as a name
 * without a frame (mask-bare-names.ts). Made (review 29m) from the listed names that are in the Dutch
 * word list (OpenTaal, /usr/share/dict/dutch: it holds some first names in lower case too, `eva`,
 * `chris`, kept here as it is) and a short list of English words; a test checks it against the word
 * list where the list is installed.
 */
export const LOWER_WORDS: ReadonlySet<string> = new Set(
  [
    'aaltje anita demi ellen erica eva geertje gemma helen kim marjolein marina rachel ria riek sara',
    'aad adam benjamin bram chris dirk dries hendrik jaap joep jozef kees klaas koen maarten nick peter',
    'rik rob robert sem sjaak steven thomas ton wim wouter mila nel mia ester merel mirte grietje',
    'trijntje mees geert joop wout arend omer vishal juan luis kelly tommy',
    // English words.
    'harm kitty rosa glen',
    // A loanword of yoga (`om shanti`).
    'shanti',
  ]
    .join(' ')
    .split(' '),
);
