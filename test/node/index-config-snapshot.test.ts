/**
 * `analyse` takes the bundled index configuration from the snapshot the build wrote, and only a file
 * with exactly the snapshot's text: any other file is validated as always, errors included.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIndexConfig } from '../../src/node/config-file.js';
import { InputErrors } from '../../src/core/contract/input-error.js';
import {
  indexConfigSnapshot,
  isIndexConfigSnapshot,
  loadIndexConfig,
} from '../../src/node/index-config-snapshot.js';

const BUNDLED = new URL('../../config/indices.json', import.meta.url).pathname;
const BUILT = new URL('../../dist/cli/index-config.snapshot.json', import.meta.url);

describe('the index configuration snapshot', () => {
  it('holds the bundled configuration as the validator compiles it, with the text it came from', () => {
    const snapshot = indexConfigSnapshot(BUNDLED, readIndexConfig);
    expect(snapshot.source).toBe(readFileSync(BUNDLED, 'utf8'));
    // Through JSON, as the build writes it: numbers and key order survive unchanged.
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(snapshot.config).toEqual(readIndexConfig(BUNDLED));
  });
  it('is the one the build wrote beside the bundled CLI (npm run build)', () => {
    const built = JSON.parse(readFileSync(BUILT, 'utf8')) as unknown;
    expect(built).toEqual(indexConfigSnapshot(BUNDLED, readIndexConfig));
  });
  it('loads any configuration through the validator where no snapshot sits beside the module', async () => {
    expect(await loadIndexConfig()).toEqual(readIndexConfig());
    const dir = mkdtempSync(join(tmpdir(), 'werkbalans-config-'));
    const bad = join(dir, 'indices.json');
    writeFileSync(bad, JSON.stringify({ default: 'x', variants: [] }));
    await expect(loadIndexConfig(bad)).rejects.toBeInstanceOf(InputErrors);
  });
  it('is used only when it has the snapshot shape, checked field by field', () => {
    const snapshot = JSON.parse(JSON.stringify(indexConfigSnapshot(BUNDLED, readIndexConfig))) as {
      source: string;
      config: { variants: { resources: { indicator: string; weight: unknown }[] }[] };
    };
    expect(isIndexConfigSnapshot(snapshot)).toBe(true);
    expect(isIndexConfigSnapshot(null)).toBe(false);
    expect(isIndexConfigSnapshot({ ...snapshot, source: 1 })).toBe(false);
    expect(isIndexConfigSnapshot({ source: snapshot.source, config: { defaultVariant: 'x' } })).toBe(false);
    const weight = snapshot.config.variants[0]?.resources[0];
    if (!weight) throw new Error('the bundled configuration has no resource component');
    weight.indicator = 'kleur';
    expect(isIndexConfigSnapshot(snapshot)).toBe(false);
    weight.indicator = 'autonomie';
    weight.weight = '0,2';
    expect(isIndexConfigSnapshot(snapshot)).toBe(false);
  });
});
