/**
 * The way back from an idea's page to the profile whose bridge linked it (`?van=<slug>`). The server
 * reads it itself; a static copy's island (src/web/idea-back.ts) reads it in the browser, against the
 * profiles written into the page, with this one rule.
 */

/** Stands for the profile's slug in the static page's link and for its name in the link's text. */
export const PROFILE_SLOT = '__beroep__';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The profile `van` names, when it is a slug of one of `profiles` (slug → name); otherwise null. */
export function profileBackOf(
  van: string | null,
  profiles: Readonly<Record<string, string>>,
): { readonly slug: string; readonly name: string } | null {
  if (van === null || !SLUG.test(van) || !Object.hasOwn(profiles, van)) return null;
  const name = profiles[van];
  return typeof name === 'string' && name !== '' ? { slug: van, name } : null;
}
