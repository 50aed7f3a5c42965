/** What each column of a download holds, as a definition list (it reads on a phone, unlike a table). */
import type { ColumnKey } from '../../../core/text/download-columns.js';

export function ColumnKeyList({ keys }: { readonly keys: readonly ColumnKey[] }) {
  return (
    <dl class="column-key-list">
      {keys.map((key) => (
        <>
          <dt>
            <code>{key.column}</code>
          </dt>
          <dd>{key.meaning}</dd>
        </>
      ))}
    </dl>
  );
}
