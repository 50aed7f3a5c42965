import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { importErrors, importFound } from '../../core/text/import-messages.js';
import { extensionOf } from './file-kind.js';
import type { Problems } from '../../core/contract/problems.js';

/** What a sidecar `x.meta.json` may say about `x.csv`, `x.xlsx` or `x.json` (other fields ignored). */
const SidecarSchema = z.looseObject({
  /** Source line shown with the table. */
  title: z.string().trim().min(1),
  /** Constructed example data: every output then says "voorbeelddata". Default false. */
  example: z.boolean().default(false),
  /** Where the table can be found (the CBS table's page); the method page links it. */
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/** What an ideas file's sidecar may say: only whether it is example data (a title is not needed). */
const IdeasSidecarSchema = z.looseObject({ example: z.boolean().default(false) });

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
  return readSidecarWith(path, problems, SidecarSchema);
}

/** The example flag of an ideas file's sidecar (false without one); `title` may be left out there. */
export async function readIdeasSidecar(path: string, problems: Problems): Promise<boolean> {
  return (await readSidecarWith(path, problems, IdeasSidecarSchema))?.example ?? false;
}

async function readSidecarWith<T extends { example: boolean }>(
  path: string,
  problems: Problems,
  schema: z.ZodType<T>,
): Promise<T | undefined> {
  const sidecar = sidecarPath(path);
  if (sidecar === path) return undefined;
  let text: string;
  try {
    text = await readFile(sidecar, 'utf8');
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
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
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
