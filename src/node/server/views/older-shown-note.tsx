/** The note a version page shows when the shown version holds an earlier period than a listed one. */
import { laterThanShown, wavePeriod } from '../../../core/contract/wave-order.js';
import { periodLabel } from '../../../core/text/chart-text.js';
import { versionsText } from '../../../core/text/page-text.js';
import type { DatasetSummary } from '../../store/index.js';
import type { PageView } from '../page-view.js';

/** A version's period as the pages name it ("4e kwartaal 2025"), or null without one. */
export function periodOf(d: DatasetSummary): string | null {
  return periodLabel(wavePeriod(d));
}

/** Said when the shown version holds an earlier period than another listed one (the analyst chose it). */
export function OlderShownNote({ view }: { readonly view: PageView }) {
  const latest = laterThanShown(view.listed, view.shownVersion);
  const shown = view.listed.find((d) => d.version === view.shownVersion);
  if (!latest || !shown) return null;
  return (
    <p class="warning-text">
      {versionsText.olderShown(shown.version, periodOf(shown) ?? '', latest.version, periodOf(latest) ?? '')}
    </p>
  );
}
