/**
 * Golden SVG snapshots, after Observable Plot's test harness: the output is normalised (numbers rounded
 * to two decimals, generated ids renumbered in order of appearance), then compared with the committed
 * file in test/output/. On a mismatch the new output is written beside it as `<name>-changed.svg` and
 * the test fails. A missing snapshot is created locally, but fails when `CI` is set.
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const OUTPUT_DIR = fileURLToPath(new URL('../output/', import.meta.url));

/** Rounds every decimal number to two places and drops trailing zeros. */
function roundNumbers(text: string): string {
  return text.replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => {
    const rounded = Math.round(Number(n) * 100) / 100;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/** Ids ending in a number are generated: rename them `id-1`, `id-2`… and every reference to them. */
function renumberIds(text: string): string {
  const ids = new Map<string, string>();
  for (const match of text.matchAll(/\bid="([^"]*-\d+)"/g)) {
    if (!ids.has(match[1]!)) ids.set(match[1]!, `id-${ids.size + 1}`);
  }
  let out = text;
  for (const [from, to] of ids) {
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(["#\\s])${escaped}(?=["\\s)])`, 'g'), `$1${to}`);
  }
  return out;
}

export function normaliseSvg(svg: string): string {
  return renumberIds(roundNumbers(svg)).trimEnd() + '\n';
}

export interface SnapshotOutcome {
  readonly status: 'same' | 'created' | 'changed' | 'missing';
  readonly path: string;
}

/** Compares `svg` with test/output/<name>.svg; see the file header for what happens on a difference. */
export function matchSnapshot(
  name: string,
  svg: string,
  env: NodeJS.ProcessEnv = process.env,
): SnapshotOutcome {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = `${OUTPUT_DIR}${name}.svg`;
  const changed = `${OUTPUT_DIR}${name}-changed.svg`;
  const actual = normaliseSvg(svg);
  if (!existsSync(path)) {
    if (env['CI']) return { status: 'missing', path };
    writeFileSync(path, actual);
    return { status: 'created', path };
  }
  const expected = normaliseSvg(readFileSync(path, 'utf8'));
  if (expected === actual) {
    if (existsSync(changed)) unlinkSync(changed);
    return { status: 'same', path };
  }
  writeFileSync(changed, actual);
  return { status: 'changed', path: changed };
}
