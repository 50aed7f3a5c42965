/**
 * A base URL as an operator writes it (`build --basis-url`), normalised once: http or https, no
 * user name or password, no query or fragment, no trailing slash — `https://www.azwinfo.nl/werkbalans/`
 * becomes `https://www.azwinfo.nl/werkbalans`, to which `/embed/…` is added. Undefined when it is not
 * such an address.
 */
export function normaliseBaseUrl(written: string): string | undefined {
  let url: URL;
  try {
    url = new URL(written.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return undefined;
  if (written.trim().endsWith('?') || written.trim().endsWith('#')) return undefined;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
