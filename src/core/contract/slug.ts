/** URL-safe slug of a profession name: `Verpleegkundigen psychiatrie, ggz` → `verpleegkundigen-psychiatrie-ggz`. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
