/**
 * The field types request schemas are built from, each with the Dutch message that names the field
 * when it does not fit. Messages of fields without their own come from {@link requestIssueMessage}.
 */
import * as z from 'zod';
import { expectedField, requestMessages } from '../../../core/text/request-messages.js';
import { foldAliases, type AliasedField } from './field-aliases.js';

/** A text; optional unless `required` is given (then its message is the one shown). */
export const text = () => z.string();

/** A text or `null` (null clears an optional label). */
export const textOrNull = () => z.string().nullable();

/** One text or a list of texts (themes). */
export const texts = () => z.union([z.string(), z.array(z.string())]);

/** A list of texts. */
export const textList = () => z.array(z.string());

/** A required text whose absence (or another type) is answered with `message`. */
export const required = (message: string) => z.string({ error: message });

/** An object schema that first folds the aliases of `fields` (see field-aliases.ts). */
export function aliased<T extends z.ZodType>(fields: readonly AliasedField[], schema: T) {
  return z.preprocess((body) => foldAliases(body, fields), schema);
}

function expectedOf(issue: z.core.$ZodRawIssue): string {
  // The one union of the request schemas is `texts()`: a text or a list of texts.
  if (issue.code === 'invalid_union') return expectedField.texts;
  if (issue.code !== 'invalid_type') return expectedField.value;
  switch (issue.expected) {
    case 'string':
      return expectedField.text;
    case 'array':
      return expectedField.textList;
    case 'number':
    case 'int':
      return expectedField.wholeNumber;
    case 'object':
      return expectedField.object;
    default:
      return expectedField.value;
  }
}

/** The Dutch message of an issue that its field did not word itself: the field and what it expects. */
export function requestIssueMessage(issue: z.core.$ZodRawIssue): string {
  const path = issue.path ?? [];
  const field = path.length > 0 ? path.map(String).join('.') : 'inhoud';
  return requestMessages.badField(field, expectedOf(issue));
}

/** The first value of a query parameter (a repeated name gives a list; the first counts, as `c.req.query`). */
export function firstValue<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (Array.isArray(value) ? (value as unknown[])[0] : value), schema);
}
