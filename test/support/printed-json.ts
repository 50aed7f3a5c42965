/**
 * JSON a command printed or an endpoint answered, read with a type: checked against a zod schema of
 * the fields a test looks at (other fields may be there). The document itself is returned, not zod's
 * copy, so that tests of key order see the keys as they were printed; the schemas hold no defaults or
 * transforms, so the document is what the schema's type says.
 */
import type * as z from 'zod';

export function printedJson<S extends z.ZodType>(text: string, schema: S): z.output<S> {
  const document: unknown = JSON.parse(text);
  schema.parse(document);
  return document as z.output<S>;
}

/** A response's JSON body through {@link printedJson}. */
export async function responseJson<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  return printedJson(await response.text(), schema);
}
