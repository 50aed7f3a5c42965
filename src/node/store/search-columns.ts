/**
 * The columns the idea search reads per audience: public views read `public_themes`, `public_branch`,
 * `public_province` and `public_profession` (k-anonymity and vetted labels, see k-anonymity.ts and
 * ideas-public.ts); the curator view reads the stored values.
 */
export type Audience = 'public' | 'curator';

/** Public views read only the published values (k-anonymity, vetted labels: ideas-public.ts). */
export function audienceColumns(audience: Audience) {
  const pub = audience === 'public';
  return {
    thema: pub ? 'i.public_themes' : 'i.themes',
    soort: 'i.kind',
    branche: pub ? 'i.public_branch' : 'i.branch',
    provincie: pub ? 'i.public_province' : 'i.province',
    beroep: pub ? 'i.public_profession' : 'i.profession',
  } as const;
}

export type AudienceColumns = ReturnType<typeof audienceColumns>;

/**
 * What the candidate branches carry up: the columns weighing, filtering and counting read (not the
 * text), of the audience's view only (the published labels or the stored ones).
 */
export function candidateColumns(audience: Audience): string {
  const col = audienceColumns(audience);
  return ['i.id', col.soort, col.branche, col.provincie, col.beroep, col.thema, 'i.created_at']
    .concat(['i.search_vector', 'i.concepts'])
    .join(', ');
}
