import { importErrors, importFound, importWarnings } from '../../core/text/import-messages.js';
import { MAX_DATA_ROWS, MAX_FILE_BYTES, MAX_STATLINE_PAGES } from './limits.js';
import type { Problems } from '../../core/contract/problems.js';
import { parseCodeList, professionDimension, type StatlineDocument } from './statline-document.js';

type Fetch = typeof fetch;

/**
 * Fetches a StatLine OData v4 observations URL, following `@odata.nextLink` until the last page. When
 * the URL ends in `/Observations`, the dataset's `MeasureCodes` and the profession dimension's code
 * list are fetched beside it, so that measures and professions get their titles; a code list that
 * cannot be fetched leaves the codes as names, with a warning. Undefined (with errors recorded) when it fails.
 */
export async function fetchStatline(
  url: string,
  fetchImpl: Fetch,
  problems: Problems,
): Promise<StatlineDocument | undefined> {
  const observations = await fetchPages(url, fetchImpl, problems);
  if (!observations) return undefined;
  const codeLists = new Map<string, ReadonlyMap<string, string>>();
  const base = datasetBase(url);
  if (base) {
    const dimension = professionDimension(observations).key;
    for (const name of ['MeasureCodes', ...(dimension ? [`${dimension}Codes`] : [])]) {
      const entries = await fetchPages(`${base}/${name}`, fetchImpl, undefined);
      const list = entries && parseCodeList(entries);
      if (list) codeLists.set(name, list);
      else problems.warn('code-list-missing', importWarnings.codeListMissing(url, name));
    }
  }
  return { observations, codeLists };
}

/** `…/CBS/85xxxNED/Observations?$filter=…` → `…/CBS/85xxxNED`. */
function datasetBase(url: string): string | undefined {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed) return undefined;
  if (!/\/Observations\/?$/.test(parsed.pathname)) return undefined;
  return `${parsed.origin}${parsed.pathname.replace(/\/Observations\/?$/, '')}`;
}

/** Every `value` entry of every page. Errors go to `problems`; without it a failure is quiet. */
async function fetchPages(
  url: string,
  fetchImpl: Fetch,
  problems: Problems | undefined,
): Promise<unknown[] | undefined> {
  const entries: unknown[] = [];
  const seen = new Set<string>();
  for (let next: string | undefined = url; next !== undefined;) {
    if (seen.size >= MAX_STATLINE_PAGES || seen.has(next)) {
      problems?.error(importErrors.tooManyPages(url, seen.size));
      return undefined;
    }
    seen.add(next);
    const page = await fetchJson(next, fetchImpl, problems);
    if (page === undefined) return undefined;
    const values = Array.isArray(page) ? page : (page as { value?: unknown }).value;
    if (!Array.isArray(values)) {
      problems?.error(importErrors.statlineShape(next, importFound.noValueList));
      return undefined;
    }
    for (const value of values) entries.push(value);
    if (entries.length > MAX_DATA_ROWS) {
      problems?.error(importErrors.tooManyRows(url, entries.length, MAX_DATA_ROWS));
      return undefined;
    }
    const link = (page as Record<string, unknown>)['@odata.nextLink'];
    next = typeof link === 'string' ? (resolveUrl(link, next) ?? link) : undefined;
  }
  return entries;
}

async function fetchJson(url: string, fetchImpl: Fetch, problems: Problems | undefined): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    problems?.error(
      importErrors.fetchFailed(
        url,
        importFound.networkError(error instanceof Error ? error.message : String(error)),
      ),
    );
    return undefined;
  }
  if (!response.ok) {
    problems?.error(importErrors.fetchFailed(url, importFound.httpStatus(response.status)));
    return undefined;
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  let bytes: Uint8Array | undefined;
  try {
    bytes = declared > MAX_FILE_BYTES ? undefined : new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    problems?.error(
      importErrors.fetchFailed(
        url,
        importFound.networkError(error instanceof Error ? error.message : String(error)),
      ),
    );
    return undefined;
  }
  if (!bytes || bytes.length > MAX_FILE_BYTES) {
    problems?.error(importErrors.fileTooLarge(url, bytes?.length ?? declared, MAX_FILE_BYTES));
    return undefined;
  }
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return json;
  } catch {
    problems?.error(importErrors.notJson(url, importFound.notJsonResponse));
    return undefined;
  }
}

function resolveUrl(link: string, base: string): string | undefined {
  return URL.canParse(link, base) ? new URL(link, base).href : undefined;
}
