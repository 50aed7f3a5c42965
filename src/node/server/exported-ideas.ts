/**
 * The public ideas a static export carries: a page each, and all of them in `ideeen/ideeen.json` for
 * the search in the reader's browser (src/core/ideas/local-search.ts). Public fields only (province and
 * profession as the k-anonymity rule shows them), in the order of the unfiltered search, at most
 * MAX_EXPORTED_IDEAS; ids that are not safe as a folder name are left out. The file is a document
 * `{ notice, items }` ({@link ExportedIdeas}): `notice` says, as every JSON answer of example data does,
 * when the ideas are (partly) constructed examples. The same document also as a script
 * (`ideeen/ideeen.js`, {@link exportedIdeasScript}) for a copy opened as files.
 */
import { EXPORTED_IDEAS_GLOBAL, type ExportedIdeas, type LocalIdea } from '../../core/ideas/local-search.js';
import { ideasNotice } from '../../core/text/labels.js';
import { parseIdeaSearchParams } from '../../core/ideas/search-params.js';
import { storeOf, type Database, type IdeasStore } from '../store/index.js';

export const MAX_EXPORTED_IDEAS = 5_000;
/** Ids that can be a folder name in the export. */
export const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** `from`: the app's services or a store (or the database one is made over). */
export async function exportedIdeas(from: { readonly ideas: IdeasStore } | Database): Promise<LocalIdea[]> {
  const store = 'ideas' in from ? from.ideas : storeOf(from).ideas;
  const ideas: LocalIdea[] = [];
  for (let offset = 0; offset < MAX_EXPORTED_IDEAS; offset += 100) {
    const page = await store.search(parseIdeaSearchParams({ limit: '100', offset: String(offset) }));
    for (const { id, text, themes, kind, branch, province, profession } of page.items) {
      if (SAFE_ID.test(id)) ideas.push({ id, text, themes, kind, branch, province, profession });
    }
    if (page.items.length < 100) break;
  }
  return ideas.slice(0, MAX_EXPORTED_IDEAS);
}

/** The document of `ideeen/ideeen.json`: the exported ideas and whether they are example data. */
export async function exportedIdeasDocument(
  from: { readonly ideas: IdeasStore } | Database,
): Promise<ExportedIdeas> {
  const store = 'ideas' in from ? from.ideas : storeOf(from).ideas;
  const [items, example] = await Promise.all([exportedIdeas({ ideas: store }), store.exampleStatus()]);
  return { notice: ideasNotice(example), items };
}

/**
 * The exported ideas as a classic script that sets one global ({@link EXPORTED_IDEAS_GLOBAL}): a page
 * opened as a file (file://) may load a script beside it but not fetch() its JSON. JSON is a valid
 * JavaScript expression, and the file is never inlined into a page.
 */
export function exportedIdeasScript(document: ExportedIdeas): string {
  return `globalThis.${EXPORTED_IDEAS_GLOBAL} = ${JSON.stringify(document)};\n`;
}
