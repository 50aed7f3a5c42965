import { foldAccents } from './names.js';

/** URL-safe slug of a profession name: `Verpleegkundigen psychiatrie, ggz` → `verpleegkundigen-psychiatrie-ggz`. */
export function slugify(name: string): string {
  return foldAccents(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
