/** What a data page shows while the store holds no dataset yet. */
import { siteText, type NavId } from '../../../core/text/site-text.js';
import type { PageView } from '../page-view.js';
import { Layout } from './layout.js';

export function EmptyStore(props: { readonly view: PageView; readonly title: string; readonly nav: NavId }) {
  return (
    <Layout view={props.view} title={props.title} nav={props.nav}>
      <h1>{siteText.emptyTitle}</h1>
      <p>{siteText.emptyText}</p>
    </Layout>
  );
}
