/**
 * Byte-level mutations of a valid file for fuzzing: flips, deletions, insertions of structural
 * characters (quotes, separators, line ends, NUL, BOM, huge numbers) and truncation.
 */
import fc from 'fast-check';

const encoder = new TextEncoder();

export type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly byte: number }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'truncate'; readonly at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '"',
      ',',
      ';',
      '\t',
      '\n',
      '\r',
      '[',
      '{',
      '}',
      ':',
      'null',
      '999',
      'x',
      '\u0000',
      'ü',
      '\uFEFF',
      '1e308',
      '<script>',
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

export function mutate(bytes: Uint8Array, steps: readonly Mutation[]): Uint8Array {
  let out = bytes;
  for (const step of steps) {
    const at = out.length === 0 ? 0 : step.at % out.length;
    if (step.kind === 'flip') {
      out = Uint8Array.from(out);
      if (out.length > 0) out[at] = step.byte;
    } else if (step.kind === 'delete') {
      out = Uint8Array.from([...out.subarray(0, at), ...out.subarray(at + step.length)]);
    } else if (step.kind === 'insert') {
      out = Uint8Array.from([...out.subarray(0, at), ...encoder.encode(step.text), ...out.subarray(at)]);
    } else {
      out = out.subarray(0, at);
    }
  }
  return out;
}
