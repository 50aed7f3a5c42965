/** The store's example status of the ideas, kept with the bridge lists (cleared by every write). */
import type { ExampleIdeas } from '../../core/ideas/example-ideas.js';
import type { AppServices } from './services.js';

export function storeExampleIdeas(services: AppServices): Promise<ExampleIdeas> {
  return services.ideasCache.get('example-ideas', () => services.ideas.exampleStatus());
}
