/**
 * The building blocks the two admin pages share (`/beheer` and `/beheer/oplossingen`): a labelled
 * field with its hint, the token field every form starts with, and the alert that answers a form —
 * an error (with what went wrong, every detail, and that nothing changed) or a success.
 */
import { adminText } from '../../../core/text/page-text.js';
import { errorCount } from '../../../core/contract/repeated-errors.js';
import type { ProblemDetail } from '../http-problem.js';

export interface AdminMessage {
  readonly kind: 'error' | 'success';
  readonly text: string;
  readonly details?: readonly ProblemDetail[];
  /** Heading of the details of a success; default: the warnings heading. */
  readonly detailsHeading?: string;
}

export function Field(props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly children: unknown;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

/** The admin token, asked by every form of the admin pages. */
export function TokenField(props: { readonly id: string; readonly hint?: string }) {
  return (
    <Field id={props.id} label={adminText.tokenLabel} {...(props.hint ? { hint: props.hint } : {})}>
      <input
        type="password"
        id={props.id}
        name="token"
        required
        autocomplete="current-password"
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
      />
    </Field>
  );
}

/**
 * The answer to a form. `unchanged` says that nothing changed after an error; `errorsHeading`, when
 * given, heads an error with the number of its problems.
 */
export function AdminAlert(props: {
  readonly message: AdminMessage | undefined;
  readonly unchanged: string;
  readonly errorsHeading?: (count: number) => string;
}) {
  const { message, errorsHeading } = props;
  if (!message) return null;
  const details = message.details ?? [];
  if (message.kind === 'error')
    return (
      <div
        class="alert alert--error"
        role="alert"
        tabindex={-1}
        id="fouten"
        aria-labelledby={errorsHeading ? 'fouten-kop' : undefined}
      >
        {errorsHeading ? <h2 id="fouten-kop">{errorsHeading(Math.max(1, errorCount(details)))}</h2> : null}
        <p>{message.text}</p>
        {details.length > 0 ? (
          <ul class="error-list" data-upload-errors="">
            {details.map((d) => (
              <li>{d.message}</li>
            ))}
          </ul>
        ) : null}
        <p>
          <strong>{props.unchanged}</strong>
        </p>
      </div>
    );
  return (
    <div class="alert alert--success" role="status">
      <p>{message.text}</p>
      {details.length > 0 ? (
        <>
          <p>{message.detailsHeading ?? adminText.warningsHeading(details.length)}</p>
          <ul class="error-list" data-import-warnings="">
            {details.map((d) => (
              <li>{d.message}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** A one-line text field with its label and, when given, its hint. */
export function TextField(props: {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly maxlength: number;
  readonly required?: boolean;
  readonly autocomplete?: string;
}) {
  const { id, hint } = props;
  return (
    <Field id={id} label={props.label} {...(hint ? { hint } : {})}>
      <input
        type="text"
        id={id}
        name={props.name}
        {...(props.required ? { required: true } : {})}
        maxlength={props.maxlength}
        {...(props.autocomplete ? { autocomplete: props.autocomplete } : {})}
        {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}
      />
    </Field>
  );
}
