import * as z from 'zod';

/** A code list entry as StatLine OData v4 serves it (`MeasureCodes`, `BeroepCodes`, …). */
const CodeSchema = z.looseObject({ Identifier: z.string(), Title: z.string() });
const CodeListSchema = z.array(CodeSchema);

/** One StatLine observation: a measure, dimension codes, a value (null = missing) and its attribute. */
export const ObservationSchema = z.looseObject({
  Measure: z.string(),
  Value: z.number().nullable().optional(),
  ValueAttribute: z.string().nullable().optional(),
  Perioden: z.string().nullable().optional(),
});
export type StatlineObservation = z.infer<typeof ObservationSchema>;

/** A StatLine document normalised: raw observations and every code list, by name (`MeasureCodes`). */
export interface StatlineDocument {
  readonly observations: readonly unknown[];
  readonly codeLists: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/**
 * Recognises the accepted shapes: an OData response `{ "value": [ … ] }`, a bare array of
 * observations, or `{ "observations": [ … ], "MeasureCodes": [ … ], "<Dimensie>Codes": [ … ] }`
 * (code lists in the response shape of their own endpoints). Undefined for anything else.
 */
export function statlineDocument(json: unknown): StatlineDocument | undefined {
  if (Array.isArray(json)) return { observations: json, codeLists: new Map() };
  if (typeof json !== 'object' || json === null) return undefined;
  const record = json as Record<string, unknown>;
  const observations = Array.isArray(record.observations)
    ? record.observations
    : Array.isArray(record.value)
      ? record.value
      : undefined;
  if (!observations) return undefined;
  const codeLists = new Map<string, ReadonlyMap<string, string>>();
  for (const [key, list] of Object.entries(record)) {
    if (!key.endsWith('Codes')) continue;
    const parsed = CodeListSchema.safeParse(list);
    if (parsed.success) codeLists.set(key, codeList(parsed.data));
  }
  return { observations, codeLists };
}

/** Identifier → Title of a code list, from its entries (or an OData page of them). */
export function codeList(
  entries: readonly { Identifier: string; Title: string }[],
): ReadonlyMap<string, string> {
  return new Map(entries.map((entry) => [entry.Identifier, entry.Title]));
}

export function parseCodeList(json: unknown): ReadonlyMap<string, string> | undefined {
  const entries = Array.isArray(json) ? json : (json as { value?: unknown } | null)?.value;
  const parsed = CodeListSchema.safeParse(entries);
  return parsed.success ? codeList(parsed.data) : undefined;
}

/** Keys of an observation that are not dimensions. */
const NOT_DIMENSIONS = new Set(['Id', 'Measure', 'Value', 'ValueAttribute', 'StringValue', 'Perioden']);
const PROFESSION_NAME = /beroep|profession|occupation/i;

/**
 * The profession dimension: the one key besides Measure, Perioden and the value fields, or, when
 * there are several, the one whose name says Beroep. Undefined when it cannot be told; `keys` lists
 * the candidates for the message.
 */
export function professionDimension(observations: readonly unknown[]): { key?: string; keys: string[] } {
  const keys = new Set<string>();
  for (const observation of observations) {
    if (typeof observation !== 'object' || observation === null) continue;
    for (const key of Object.keys(observation))
      if (!NOT_DIMENSIONS.has(key) && !key.startsWith('@')) keys.add(key);
  }
  const all = [...keys];
  const named = all.length === 1 ? all : all.filter((key) => PROFESSION_NAME.test(key));
  const [key] = named;
  return named.length === 1 && key !== undefined ? { key, keys: all } : { keys: all };
}
