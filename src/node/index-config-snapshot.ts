/**
 * The index configuration without its validator on the start of `analyse`. `npm run build` validates
 * the bundled config/indices.json with the same code (`readIndexConfig`) and writes the result beside
 * the bundled CLI, keyed by the file's exact text. A configuration file whose text equals that key
 * compiles to that result (validation is a function of the text alone), so it is taken as it is;
 * any other file, or a run without the snapshot (the compiled modules, the tests), loads the validator
 * (zod, the largest module of the analyse path) and validates as always, errors included.
 */
import { readFileSync } from 'node:fs';
import type { IndexConfig } from '../core/analysis/index-config.js';
import { isIndicatorId } from '../core/contract/indicators.js';
import { packagePath } from './package-root.js';

/** What the build writes: the validated configuration and the text it was made from. */
export interface IndexConfigSnapshot {
  readonly source: string;
  readonly config: IndexConfig;
}

/** The snapshot's name beside the bundled CLI (dist/cli/). */
export const INDEX_CONFIG_SNAPSHOT = 'index-config.snapshot.json';

/** Reads and validates an index configuration (default the bundled one), from the snapshot when it matches. */
export async function loadIndexConfig(path?: string): Promise<IndexConfig> {
  const file = path ?? packagePath('config', 'indices.json');
  const snapshot = readSnapshot();
  if (snapshot !== undefined) {
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // Unreadable: the validator says so in its own words.
    }
    if (text === snapshot.source) return snapshot.config;
  }
  return (await import('./config-file.js')).readIndexConfig(file);
}

function readSnapshot(): IndexConfigSnapshot | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(new URL(`./${INDEX_CONFIG_SNAPSHOT}`, import.meta.url), 'utf8'));
  } catch {
    return undefined;
  }
  return isIndexConfigSnapshot(value) ? value : undefined;
}

/**
 * Whether `value` has the snapshot's shape, checked field by field without zod (keeping the validator
 * off this path is the snapshot's point). A snapshot of any other shape is not used: the file is then
 * validated as always.
 */
export function isIndexConfigSnapshot(value: unknown): value is IndexConfigSnapshot {
  if (!isRecord(value) || typeof value.source !== 'string' || !isRecord(value.config)) return false;
  const { defaultVariant, variants } = value.config;
  return typeof defaultVariant === 'string' && Array.isArray(variants) && variants.every(isDefinition);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDefinition(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.label === 'string' &&
    [value.resources, value.demands].every(
      (weights) => Array.isArray(weights) && weights.length > 0 && weights.every(isWeight),
    )
  );
}

function isWeight(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.indicator === 'string' &&
    isIndicatorId(value.indicator) &&
    typeof value.weight === 'number' &&
    Number.isFinite(value.weight) &&
    (value.theme === null || typeof value.theme === 'string')
  );
}

/** The snapshot of the configuration file `path`, validated by `readIndexConfig` (for the build). */
export function indexConfigSnapshot(
  path: string,
  readIndexConfig: (path: string) => IndexConfig,
): IndexConfigSnapshot {
  return { source: readFileSync(path, 'utf8'), config: readIndexConfig(path) };
}
