/**
 * The bundled example table's observations (data/voorbeeld-beroepen.csv), read once per process, for
 * recognising an edited copy of it (example-table.ts). The data folder ships with the package; without
 * it there is nothing to compare with and no table resembles the example.
 */
import { readFile } from 'node:fs/promises';
import { Problems } from '../../core/contract/problems.js';
import type { Observation } from '../../core/contract/table.js';
import { packagePath } from '../package-root.js';
import { readDelimitedTable } from './delimited-table.js';

const EXAMPLE_FILE = 'voorbeeld-beroepen.csv';

let cached: Promise<readonly Observation[]> | undefined;

/** The example's observations; empty when the file is missing or unreadable. */
export function bundledExampleObservations(): Promise<readonly Observation[]> {
  cached ??= readExample().catch(() => []);
  return cached;
}

async function readExample(): Promise<readonly Observation[]> {
  const bytes = new Uint8Array(await readFile(packagePath(`data/${EXAMPLE_FILE}`)));
  const problems = new Problems(EXAMPLE_FILE);
  const table = await readDelimitedTable(bytes, problems);
  return problems.failed ? [] : table.observations;
}
