/**
 * Choosing a profession with a plain GET form: a labelled select and a button, so it works without
 * JavaScript and from the keyboard. The server answers `/beroep?kies=<slug>` with a redirect to the
 * profile, which then marks it as the reader's own profession.
 */
import type { AnalysisResult } from '../../../core/analysis/result.js';
import { pickerText } from '../../../core/text/page-text.js';
import type { Links } from '../links.js';
import { compareNames } from '../../../core/contract/names.js';

export function ProfessionPicker(props: {
  readonly result: AnalysisResult;
  readonly links: Links;
  readonly selected?: string | undefined;
  readonly id?: string;
}) {
  const id = props.id ?? 'kies-beroep';
  const all = [...props.result.professions, ...props.result.unclassified]
    .map((p) => ({ name: p.name, slug: p.slug }))
    .sort((a, b) => compareNames(a.name, b.name));
  if (props.links.isStatic) {
    return (
      <details class="picker-list">
        <summary>{pickerText.choose}</summary>
        <ul class="link-columns">
          {all.map((p) => (
            <li>
              <a href={props.links.to(`/beroep/${p.slug}`)}>{p.name}</a>
            </li>
          ))}
        </ul>
      </details>
    );
  }
  return (
    <form class="picker" method="get" action={props.links.path('/beroep')} data-picker="">
      {props.links.hiddenState(['beroep']).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <label for={id}>{pickerText.label}</label>
      <div class="picker__row">
        <select id={id} name="kies">
          <option value="">{pickerText.choose}</option>
          {all.map((p) => (
            <option value={p.slug} selected={p.slug === props.selected}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="submit" class="button">
          {pickerText.submit}
        </button>
      </div>
    </form>
  );
}
