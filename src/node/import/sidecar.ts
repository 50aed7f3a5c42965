import { readFileSync, statSync } from 'node:fs';
import type * as z from 'zod';
import { importErrors, importFound } from '../../core/text/import-messages.js';
import { extensionOf } from './file-kind.js';
import type { Problems } from '../../core/contract/problems.js';
import { itemAt } from '../../core/contract/item-at.js';

export interface TableMeta {
  readonly title: string;
  readonly example: boolean;
  readonly url?: string | undefined;
}

/** `dir/x.csv` → `dir/x.meta.json`. */
export function sidecarPath(path: string): string {
  const extension = extensionOf(path);
  return `${extension ? path.slice(0, -extension.length) : path}.meta.json`;
}

/** Reads the sidecar of `path` when there is one; a sidecar that is not valid is an input error. */
export async function readSidecar(path: string, problems: Problems): Promise<TableMeta | undefined> {
  return readSidecarWith(path, problems, async () => (await import('./sidecar-schema.js')).SidecarSchema);
}

/** The example flag of an ideas file's sidecar (false without one); `title` may be left out there. */
export async function readIdeasSidecar(path: string, problems: Problems): Promise<boolean> {
  const schema = async () => (await import('./sidecar-schema.js')).IdeasSidecarSchema;
  return (await readSidecarWith(path, problems, schema))?.example ?? false;
}

/** The schema (zod) loads only when there is a sidecar to check: most tables come without one. */
async function readSidecarWith<T extends { example: boolean }>(
  path: string,
  problems: Problems,
  schemaOf: () => Promise<z.ZodType<T>>,
): Promise<T | undefined> {
  const sidecar = sidecarPath(path);
  if (sidecar === path) return undefined;
  let text: string;
  try {
    // Only a regular file: reading a pipe or device could wait for ever.
    if (!statSync(sidecar).isFile()) throw Object.assign(new Error(sidecar), { code: 'ENOTFILE' });
    text = readFileSync(sidecar, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    problems.error(importErrors.sidecarInvalid(sidecar, importFound.unreadableFile));
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    problems.error(importErrors.sidecarInvalid(sidecar, importFound.notJson()));
    return undefined;
  }
  const parsed = (await schemaOf()).safeParse(json);
  if (!parsed.success) {
    const issue = itemAt(parsed.error.issues, 0);
    problems.error(
      importErrors.sidecarInvalid(
        sidecar,
        importFound.sidecarField(issue.path.join('.'), JSON.stringify(valueAt(json, issue.path))),
      ),
    );
    return undefined;
  }
  return parsed.data;
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value ?? null;
}
