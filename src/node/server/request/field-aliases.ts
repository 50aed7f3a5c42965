/**
 * The names a request may give a field, in one place: API bodies and admin forms accept the Dutch name
 * and its English alias (`tekst`/`text`, `themas`/`thema`/`themes`/`theme` …). Bodies are folded onto
 * the first (Dutch) name before their schema reads them, so schemas and messages name one field.
 */

export const FIELD_ALIASES = {
  tekst: ['tekst', 'text'],
  themas: ['themas', 'thema', 'themes', 'theme'],
  // One theme, where a field is named rather than filled (the label decisions' `veld`).
  thema: ['thema', 'theme'],
  soort: ['soort', 'kind'],
  branche: ['branche', 'branch'],
  provincie: ['provincie', 'province'],
  beroep: ['beroep', 'profession'],
  reden: ['reden', 'reason'],
  veld: ['veld', 'field'],
  actie: ['actie', 'action'],
  naar: ['naar', 'to'],
  waarde: ['waarde', 'label'],
  bestand: ['bestand', 'file'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type AliasedField = keyof typeof FIELD_ALIASES;

/**
 * The body with the aliases of `fields` folded onto each field's first name: the first alias holding a
 * value wins (in the order above); `null` only when no alias holds one and one of them is `null`.
 * Other keys are kept as they are (a route that takes `thema` as one theme does not fold it); a value
 * that is not an object is returned unchanged (its schema refuses it).
 */
export function foldAliases(body: unknown, fields: readonly AliasedField[]): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const written = body as Readonly<Record<string, unknown>>;
  const folded: Record<string, unknown> = {};
  const aliases = new Set<string>(fields.flatMap((field) => FIELD_ALIASES[field]));
  for (const [key, value] of Object.entries(written)) if (!aliases.has(key)) folded[key] = value;
  for (const field of fields) {
    const value = aliasValue(written, FIELD_ALIASES[field]);
    if (value !== undefined) folded[field] = value;
  }
  return folded;
}

function aliasValue(fields: Readonly<Record<string, unknown>>, names: readonly string[]): unknown {
  let seenNull = false;
  for (const name of names) {
    const value = fields[name];
    if (value === null) seenNull = true;
    else if (value !== undefined) return value;
  }
  return seenNull ? null : undefined;
}
