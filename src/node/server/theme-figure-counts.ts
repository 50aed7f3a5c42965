/**
 * The counts behind the ideas' theme figures, with a key that changes whenever they do: the themes
 * page and its drawings at other widths (`/ideeen/themas/figuren/<id>/<breedte>.svg`) read the same
 * numbers, kept briefly with the other idea reads (every write through this server clears them).
 */
import { createHash } from 'node:crypto';
import type { ThemeCounts } from '../../core/charts/theme-figures.js';
import { storeExampleIdeas } from './example-ideas.js';
import type { AppServices } from './services.js';

export interface KeyedThemeCounts {
  readonly counts: ThemeCounts;
  /** Hash of the counts: the figure cache's key. */
  readonly key: string;
}

export async function themeFigureCounts(services: AppServices): Promise<KeyedThemeCounts> {
  const [stats, example] = await Promise.all([
    services.ideasCache.get('theme-stats', () => services.ideas.themes()),
    storeExampleIdeas(services),
  ]);
  const counts: ThemeCounts = { ...stats, example };
  const key = createHash('sha256').update(JSON.stringify(counts)).digest('hex');
  return { counts, key };
}
