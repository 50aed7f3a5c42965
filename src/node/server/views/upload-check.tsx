/**
 * The check step after "Uploaden en controleren" on `/beheer`: the version stored but not shown, with
 * links to its comparison with the shown version (`/vergelijk`) and to its own pages (`?versie=`),
 * and the button that shows it: a plain form with the token first, as every admin form, posting to
 * `/beheer/tonen`.
 */
import { andList, formatCount } from '../../../core/text/format.js';
import { adminText } from '../../../core/text/page-text.js';
import type { Links } from '../links.js';
import { TokenField } from './admin-form.js';

export interface UploadCheck {
  /** The version to check and show: the upload's, or for a file of several periods the last one's. */
  readonly version: number;
  /** Every version the upload stored or equals, in period order (several for several periods). */
  readonly versions: readonly number[];
  /** The version the site shows now; null when it shows none. */
  readonly shown: number | null;
}

export function UploadCheckStep(props: { readonly check: UploadCheck; readonly links: Links }) {
  const { check, links } = props;
  const { version, versions, shown } = check;
  return (
    <section class="card" aria-labelledby="controleren">
      <h2 id="controleren">{adminText.checkHeading(version)}</h2>
      <p>{adminText.checkLead(version, shown)}</p>
      {versions.length > 1 ? (
        <p>{adminText.checkWaves(andList(versions.map((v) => formatCount(v))), version)}</p>
      ) : null}
      <ul class="link-list">
        {shown !== null ? (
          <li>
            <a href={links.to('/vergelijk', { a: shown, b: version })}>
              {adminText.checkCompare(shown, version)}
            </a>
          </li>
        ) : null}
        <li>
          <a href={links.to('/', { versie: version })}>{adminText.checkView(version)}</a>
        </li>
      </ul>
      <form method="post" action={links.path('/beheer/tonen')} class="form">
        <TokenField id="token-controle" />
        <input type="hidden" name="versie" value={String(version)} />
        <p class="hint" id="controle-gevolg">
          {adminText.checkShowHint(version)}
        </p>
        <button type="submit" class="button" aria-describedby="controle-gevolg">
          {adminText.chooseSubmit}
        </button>
      </form>
    </section>
  );
}
