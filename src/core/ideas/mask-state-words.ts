/**
 * Words that describe rather than name, for the rules that read a capitalised word as a name only when
 * it is none of them: states after `ik ben` (mask-unlisted.ts) and the words after a naming verb
 * (`De planner was Echt Ziek`, mask-names.ts). No imports: both masking files read it.
 */

/** States after `ik ben` that a capital does not make a name (`Ik ben Moe`, `ik ben Blij`). */
export const STATES: ReadonlySet<string> = new Set(
  [
    'moe blij ziek jong oud christelijk trots bang boos zwanger gelovig verdrietig gelukkig klaar nieuw',
    'akkoord eens thuis gek fan op ok oke oké fit gezond druk kwijt weg alleen single benieuwd',
    'bezorgd moslima joods katholiek hindoe zzp zzper nachtmens ochtendmens mama papa oma opa',
    'kapot kwaad vrij stil rijk arm slim lief laat vroeg dood zat beter nat koud warm heet',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Adverbs and intensifiers a writer may capitalise before a state (`De planner was Echt Ziek`, `De
 * teamleider is Super Lief`): never the first part of a name after `is` or `was`.
 */
export const ADVERBS: ReadonlySet<string> = new Set(
  [
    'echt super heel erg zeer best zo te veel vaak altijd nooit soms nog ook wel niet helemaal totaal',
    'behoorlijk vreselijk enorm hartstikke ontzettend extra bijna vooral even net pas al weer hier daar',
    'toen nu ineens opeens steeds gewoon eigenlijk natuurlijk',
  ]
    .join(' ')
    .split(' '),
);
