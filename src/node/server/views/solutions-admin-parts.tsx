/**
 * What every form of the curators' page of the solutions shares: the token first, then the theme, a
 * reason; and the values of a form that was sent and refused (a wrong token, a missing reason), so the
 * page that answers it shows them again in the same form, opened, instead of losing them.
 */
import { solutionsAdminText as t } from '../../../core/text/solutions-admin-text.js';
import { Field, TokenField } from './admin-form.js';

/** A form that was sent and refused: its action and every field but the token. */
export interface SentForm {
  readonly action: string;
  readonly fields: Readonly<Record<string, readonly string[]>>;
}

/** The sent values when `sent` is this form (same action, same identifying fields), else undefined. */
export function sentTo(
  sent: SentForm | undefined,
  action: string,
  same: Readonly<Record<string, string>> = {},
): SentForm['fields'] | undefined {
  if (!sent || sent.action !== action) return undefined;
  for (const [name, value] of Object.entries(same)) if (sent.fields[name]?.[0] !== value) return undefined;
  return sent.fields;
}

/** The first value of a sent field, or ''. */
export const sentValue = (fields: SentForm['fields'] | undefined, name: string): string =>
  fields?.[name]?.[0] ?? '';

/** The first fields of every form: the token, then the theme. */
export function FormHead(props: { readonly id: string; readonly theme: string }) {
  return (
    <>
      <TokenField id={`token-${props.id}`} />
      <input type="hidden" name="thema" value={props.theme} />
    </>
  );
}

export function ReasonField(props: { readonly id: string; readonly value?: string }) {
  return (
    <Field id={props.id} label={t.reasonLabel} hint={t.reasonHint}>
      <input
        type="text"
        id={props.id}
        name="reden"
        required
        maxlength={500}
        value={props.value ?? ''}
        aria-describedby={`${props.id}-hint`}
      />
    </Field>
  );
}

/** In-page links, so a keyboard user reaches a section without tabbing through every form. */
export function PageContents(props: { readonly entries: readonly (readonly [string, string])[] }) {
  return (
    <nav aria-labelledby="inhoud-kop" class="page-contents">
      <h2 id="inhoud-kop">{t.tocLabel}</h2>
      <ul>
        {props.entries.map(([href, label]) => (
          <li>
            <a href={`#${href}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
