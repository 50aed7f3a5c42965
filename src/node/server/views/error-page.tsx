/** The Dutch error page: the message and a way back, never a stack trace. */
import { siteText } from '../../../core/text/site-text.js';
import type { PageView } from '../page-view.js';
import type { ProblemDetail } from '../http-problem.js';
import { Layout } from './layout.js';

export function ErrorPage(props: {
  readonly view: PageView;
  readonly status: number;
  readonly message: string;
  readonly details?: readonly ProblemDetail[];
  /** A way on from a dead end: "Bedoelde u …?" with a link to each page it may have meant. */
  readonly suggestions?: readonly { readonly href: string; readonly text: string }[];
  /** Without a likely page: a search to go on with instead. */
  readonly search?: { readonly href: string; readonly text: string } | undefined;
}) {
  const title = siteText.errorTitle(props.status);
  const suggestions = props.suggestions ?? [];
  // A list that only repeats the lead (one problem, already said) is left out.
  const details = (props.details ?? []).filter((detail) => detail.message !== props.message);
  return (
    <Layout view={props.view} title={title} nav="none" banners={false}>
      <h1>{title}</h1>
      <p class="lead">{props.message}</p>
      {details.length > 0 ? (
        <ul class="error-list">
          {details.map((detail) => (
            <li>{detail.message}</li>
          ))}
        </ul>
      ) : null}
      {suggestions.length > 0 ? (
        <p class="suggestion">
          {siteText.didYouMean}{' '}
          {suggestions.map((s, i) => (
            <>
              {i === 0 ? '' : i === suggestions.length - 1 ? ' of ' : ', '}
              <a href={s.href}>{s.text}</a>
            </>
          ))}
          ?
        </p>
      ) : null}
      {props.search ? (
        <p>
          <a href={props.search.href}>{props.search.text}</a>
        </p>
      ) : null}
      <p>
        <a href={props.view.links.to('/')}>{siteText.errorBack}</a>
      </p>
    </Layout>
  );
}
