/**
 * Every link a page writes goes through here. On the server a link is an absolute path that carries the
 * page state (`/beroep/huisartsen?beroep=huisartsen`); in a static export it is relative to the page's
 * own folder and names the `index.html` file, so the export works from any folder of any web server.
 */
import { stateParams, type PageState } from './page-state.js';

/** Query values; a list repeats the name (`thema=a&thema=b`). */
export type QueryValues = Readonly<Record<string, string | number | readonly string[] | null | undefined>>;

const ASSETS = '/assets/';

function isFile(path: string): boolean {
  const last = path.split('/').pop() ?? '';
  return last.includes('.');
}

export class Links {
  readonly #prefix: string;
  readonly #state: PageState;
  readonly #static: boolean;
  readonly #assetName: (name: string) => string;

  /**
   * `requestPath` is the path of the page being written (for relative links in a static export);
   * `assetName` gives the name to link for a file in /assets/ (its content-hashed name).
   */
  constructor(
    requestPath: string,
    state: PageState,
    staticExport: boolean,
    assetName: (name: string) => string = (name) => name,
  ) {
    this.#static = staticExport;
    this.#assetName = assetName;
    this.#state = state;
    const segments = requestPath.split('/').filter((s) => s.length > 0);
    const depth = isFile(requestPath) ? segments.length - 1 : segments.length;
    this.#prefix = '../'.repeat(depth);
  }

  get isStatic(): boolean {
    return this.#static;
  }

  /**
   * A page or file of the site, with the page state and `query` appended (state first). `keepState:
   * 'version'` keeps only the dataset version (downloads: the same numbers, no highlight). A static
   * export drops the query (no server reads it), unless `readByIsland`: the page's own script reads its
   * address (the ideas page searches what `?q=` and the filters say).
   */
  to(
    path: string,
    query: QueryValues = {},
    options: { readonly keepState?: boolean | 'version'; readonly readByIsland?: boolean } = {},
  ): string {
    const params = new URLSearchParams();
    const keep = options.keepState ?? true;
    for (const [k, v] of stateParams(this.#state))
      if (keep === true || (keep === 'version' && k === 'versie')) params.set(k, v);
    for (const [k, v] of Object.entries(query)) {
      params.delete(k);
      if (Array.isArray(v)) for (const item of v as readonly string[]) params.append(k, item);
      else if (v !== null && v !== undefined && v !== '') params.set(k, String(v));
    }
    const search = this.#static && options.readByIsland !== true ? '' : params.toString();
    return `${this.path(path)}${search ? `?${search}` : ''}`;
  }

  /** A path without any query: an asset, a download. */
  path(path: string): string {
    if (path.startsWith(ASSETS)) path = ASSETS + this.#assetName(path.slice(ASSETS.length));
    if (!this.#static) return path;
    const bare = path.replace(/^\/+/, '');
    if (bare === '') return `${this.#prefix}index.html`;
    return isFile(bare) ? `${this.#prefix}${bare}` : `${this.#prefix}${bare.replace(/\/+$/, '')}/index.html`;
  }

  /** The state's parameters as hidden form fields (for GET forms that must keep it). */
  hiddenState(except: readonly string[] = []): [string, string][] {
    return stateParams(this.#state).filter(([name]) => !except.includes(name));
  }
}
