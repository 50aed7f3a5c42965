/**
 * The site's public address as the commands read it: `--basis-url`, else WERKBALANS_BASE_URL, checked as
 * `build --basis-url` is (base-url.ts); undefined when neither is set. `serve` uses it for the embed
 * codes, `report` for its links to the theme pages.
 */
import { serveMessages } from '../../core/text/serve-messages.js';
import { normaliseBaseUrl } from '../server/base-url.js';
import { UsageError } from './effects.js';

export function baseUrlOf(
  options: { readonly basisUrl?: string | undefined },
  env: NodeJS.ProcessEnv,
): string | undefined {
  const fromOption = options.basisUrl !== undefined;
  const written = fromOption ? options.basisUrl : env.WERKBALANS_BASE_URL?.trim() || undefined;
  if (written === undefined) return undefined;
  const baseUrl = normaliseBaseUrl(written);
  if (baseUrl === undefined)
    throw new UsageError(
      fromOption ? serveMessages.badBaseUrl(written) : serveMessages.badBaseUrlSetting(written),
    );
  return baseUrl;
}
