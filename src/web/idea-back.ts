/**
 * The ways back on an idea's page of a static export. There is no server to read the search the reader
 * came from (`?terug=`, put there by the ideas page's island), so this island reduces it to the ideas
 * page's own parameters (the function the server uses) and adds it to "Terug naar de ideeënbank"; and
 * the profile whose bridge linked the idea (`?van=`) becomes "Terug naar <beroep>", named from the
 * profiles the page holds (profile-back.ts, as the server decides). Without this script, or opened
 * directly, the links lead to the ideas page as it opens and no profile link shows.
 */
import { searchBackOf, searchBackQuery } from '../core/ideas/search-back.js';
import { PROFILE_SLOT, profileBackOf } from '../core/ideas/profile-back.js';

const params = new URLSearchParams(window.location.search);
const searchLinks = document.querySelectorAll<HTMLAnchorElement>('a[data-search-back]');
const back = searchBackQuery(searchBackOf(params.get('terug') ?? ''));
if (back !== '') {
  for (const link of searchLinks) {
    const href = link.getAttribute('href') ?? '';
    link.setAttribute('href', `${href.split('?')[0] ?? href}?${back}`);
  }
}

const holder = document.querySelector<HTMLElement>('[data-profile-back]');
const profileLink = holder?.querySelector<HTMLAnchorElement>('a[data-profiles]');
if (holder && profileLink) {
  let profiles: Record<string, string> = {};
  try {
    profiles = JSON.parse(profileLink.dataset['profiles'] ?? '{}') as Record<string, string>;
  } catch {
    profiles = {};
  }
  const profile = profileBackOf(params.get('van'), profiles);
  if (profile) {
    profileLink.setAttribute(
      'href',
      (profileLink.dataset['target'] ?? '').replace(PROFILE_SLOT, profile.slug),
    );
    profileLink.textContent = `← ${(profileLink.dataset['label'] ?? '').replace(PROFILE_SLOT, profile.name)}`;
    holder.hidden = false;
    // As on the server: the arrow goes with the first way back only.
    for (const link of searchLinks) link.textContent = (link.textContent ?? '').replace(/^←\s*/, '');
  }
}
