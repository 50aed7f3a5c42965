/**
 * The curator's information on the curators' page, shown only in answers to a form with the token:
 * the proposals for pinned solutions, the near-duplicates as groups (one decision per group, a bounded
 * number of groups per answer, with forms to see the next ones) and the history, readable.
 */
import {
  keepChoices,
  nearDuplicateGroups,
  type NearDuplicateGroup,
} from '../../../core/ideas/clusters/near-duplicate-groups.js';
import { solutionsAdminText as t } from '../../../core/text/solutions-admin-text.js';
import { historyAction, historyDetail, historyTime } from '../../../core/text/solutions-history-text.js';
import type { FlaggedPair, SolutionHistoryEntry, ThemeSolutions } from '../../store/index.js';
import type { PageView } from '../page-view.js';
import { FormHead, ReasonField, sentTo, sentValue, type SentForm } from './solutions-admin-parts.js';

/** Near-duplicate groups in one answer. */
export const GROUPS_SHOWN = 50;
/** Latest changes in an answer (the whole history behind its own form). */
export const HISTORY_SHOWN = 10;

const ideaHref = (view: PageView, id: string) => view.links.to(`/ideeen/${encodeURIComponent(id)}`);

/**
 * The proposals for pinned solutions: one form per solution, a checkbox per proposed idea, one token and
 * one reason; "Geselecteerde toevoegen" takes the ticked ideas in, "Geselecteerde afwijzen" declines
 * them (one transaction, one history entry per idea). Proposals for the same solution that say nearly
 * the same are taken in with one submit instead of one form each.
 */
export function Proposals(props: {
  readonly view: PageView;
  readonly solutions: ThemeSolutions;
  readonly sent: SentForm | undefined;
}) {
  const { view, solutions } = props;
  const forms = solutions.clusters.flatMap((cluster, index) => {
    const proposals = solutions.proposals.filter((p) => p.clusterKey === cluster.key);
    return proposals.length === 0 ? [] : [{ cluster, index, proposals }];
  });
  return (
    <section aria-labelledby="voorstellen-kop" id="voorstellen">
      <h2 id="voorstellen-kop">{t.proposalsHeading(solutions.proposals.length)}</h2>
      {solutions.proposals.length === 0 ? <p>{t.noProposals}</p> : <p class="hint">{t.proposalsHint}</p>}
      {forms.map(({ cluster, index, proposals }) => {
        const id = `o${index + 1}-voorstellen`;
        const sent =
          sentTo(props.sent, 'voorstellen-toevoegen', { oplossing: cluster.key }) ??
          sentTo(props.sent, 'voorstellen-afwijzen', { oplossing: cluster.key });
        return (
          <form
            method="post"
            action={view.links.path('/beheer/oplossingen/voorstellen-toevoegen')}
            class="form"
            id={id}
          >
            <FormHead id={id} theme={solutions.theme} />
            <input type="hidden" name="oplossing" value={cluster.key} />
            {/* The proposals shown: what "Alle voorstellen …" decides, not what may have come since. */}
            {proposals.map((p) => (
              <input type="hidden" name="getoond" value={p.ideaId} />
            ))}
            <fieldset>
              <legend id={`${id}-kop`}>{t.proposalsFor(cluster.label, proposals.length)}</legend>
              {proposals.map((p, j) => (
                <div class="field field--checkbox">
                  <input
                    type="checkbox"
                    id={`${id}-${j}`}
                    name="ideeen"
                    value={p.ideaId}
                    checked={sent?.['ideeen']?.includes(p.ideaId) ?? false}
                  />
                  <label for={`${id}-${j}`}>
                    {t.proposalChoice(p.ideaId, p.similarity, solutions.byId.get(p.ideaId)?.text ?? '')}
                  </label>
                  <a href={ideaHref(view, p.ideaId)} class="proposal-link">
                    {t.openIdea(p.ideaId)}
                  </a>
                </div>
              ))}
            </fieldset>
            <ReasonField id={`${id}-reden`} value={sentValue(sent, 'reden')} />
            <button type="submit" class="button">
              {t.acceptSelected}
            </button>{' '}
            <button
              type="submit"
              class="button"
              formaction={view.links.path('/beheer/oplossingen/voorstellen-afwijzen')}
            >
              {t.declineSelected}
            </button>
            {/* Every proposal at once, without ticking each (no script needed): the legend names the solution. */}
            {proposals.length > 1 && (
              <p class="form-all">
                <button type="submit" class="button" name="alle" value="ja" aria-describedby={`${id}-kop`}>
                  {t.acceptAll}
                </button>{' '}
                <button
                  type="submit"
                  class="button"
                  name="alle"
                  value="ja"
                  aria-describedby={`${id}-kop`}
                  formaction={view.links.path('/beheer/oplossingen/voorstellen-afwijzen')}
                >
                  {t.declineAll}
                </button>
              </p>
            )}
          </form>
        );
      })}
    </section>
  );
}

function GroupForm(props: {
  readonly view: PageView;
  readonly solutions: ThemeSolutions;
  readonly group: NearDuplicateGroup<FlaggedPair>;
  /** Every near-duplicate pair of the theme, decided ones too: what keeping one idea hides. */
  readonly pairs: readonly FlaggedPair[];
  readonly n: number;
  readonly sent: SentForm | undefined;
}) {
  const { view, solutions, group, n } = props;
  // As the store decides (solutions-duplicate-groups.ts): keeping one hides its near-duplicates only.
  const keeps = keepChoices(group.ids, props.pairs);
  const chained = [...keeps.values()].some((k) => k.open.length > 0);
  const id = `groep-${n}`;
  const sent =
    props.sent?.action === 'dubbel-groep' &&
    [...(props.sent.fields['ideeen'] ?? [])].sort().join(' ') === group.ids.join(' ')
      ? props.sent.fields
      : undefined;
  const chosen = sentValue(sent, 'uitkomst');
  const choices: [string, string][] = [
    ['behouden', t.keepAll(group.ids.length)],
    ...group.ids.map((ideaId): [string, string] => [
      ideaId,
      t.keepOnly(ideaId, keeps.get(ideaId)?.hide, keeps.get(ideaId)?.open),
    ]),
  ];
  return (
    <form method="post" action={view.links.path('/beheer/oplossingen/dubbel-groep')} class="form" id={id}>
      <h3>{t.groupHeading(n, group.ids.length, group.similarity)}</h3>
      <FormHead id={id} theme={solutions.theme} />
      <ul>
        {group.ids.map((ideaId) => (
          <li>
            <a href={ideaHref(view, ideaId)}>{ideaId}</a> {solutions.byId.get(ideaId)?.text ?? ''}
          </li>
        ))}
      </ul>
      {group.ids.map((ideaId) => (
        <input type="hidden" name="ideeen" value={ideaId} />
      ))}
      {chained ? <p class="hint">{t.chainHint}</p> : null}
      <fieldset>
        <legend>{t.decisionLegend}</legend>
        {choices.map(([value, label], j) => (
          <div class="field field--checkbox">
            <input
              type="radio"
              id={`${id}-${j}`}
              name="uitkomst"
              value={value}
              required
              checked={chosen === value}
            />
            <label for={`${id}-${j}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <ReasonField id={`${id}-reden`} value={sentValue(sent, 'reden')} />
      <button type="submit" class="button">
        {t.decideSubmit}
      </button>
    </form>
  );
}

/** A form that shows the curator's information again, from another group on. */
function GroupsPageForm(props: {
  readonly view: PageView;
  readonly theme: string;
  readonly from: number;
  readonly label: string;
  readonly id: string;
}) {
  return (
    <form method="post" action={props.view.links.path('/beheer/oplossingen/bekijken')} class="form">
      <FormHead id={props.id} theme={props.theme} />
      <input type="hidden" name="vanaf" value={String(props.from)} />
      <button type="submit" class="button">
        {props.label}
      </button>
    </form>
  );
}

export function DuplicateGroups(props: {
  readonly view: PageView;
  readonly solutions: ThemeSolutions;
  readonly pairs: readonly FlaggedPair[];
  /** Index of the first group shown (0-based). */
  readonly from: number;
  readonly sent: SentForm | undefined;
}) {
  const { view, solutions, pairs } = props;
  const open = pairs.filter((p) => p.status === 'open');
  const groups = nearDuplicateGroups(open);
  const from = Math.min(Math.max(0, props.from), Math.max(0, groups.length - 1));
  const shown = groups.slice(from, from + GROUPS_SHOWN);
  const next = from + GROUPS_SHOWN;
  const decided = pairs.length - open.length;
  return (
    <section aria-labelledby="dubbel-kop" id="dubbel">
      <h2 id="dubbel-kop">{t.duplicatesHeading(groups.length, open.length)}</h2>
      {groups.length === 0 ? <p>{t.noDuplicates}</p> : <p>{t.duplicatesLead}</p>}
      {groups.length > 0 ? <p>{t.groupsShown(from + 1, from + shown.length, groups.length)}</p> : null}
      {decided > 0 ? <p class="hint">{t.decidedPairs(decided)}</p> : null}
      {shown.map((group, i) => (
        <GroupForm
          view={view}
          solutions={solutions}
          group={group}
          pairs={pairs}
          n={from + i + 1}
          sent={props.sent}
        />
      ))}
      {from > 0 ? (
        <GroupsPageForm
          view={view}
          theme={solutions.theme}
          id="groepen-terug"
          from={Math.max(0, from - GROUPS_SHOWN)}
          label={t.previousGroups(Math.max(0, from - GROUPS_SHOWN) + 1, from)}
        />
      ) : null}
      {next < groups.length ? (
        <GroupsPageForm
          view={view}
          theme={solutions.theme}
          id="groepen-verder"
          from={next}
          label={t.nextGroups(next + 1, Math.min(groups.length, next + GROUPS_SHOWN))}
        />
      ) : null}
    </section>
  );
}

function HistoryItem(props: { readonly entry: SolutionHistoryEntry }) {
  const { entry } = props;
  const lines = historyDetail(entry.detail);
  return (
    <li>
      <p>
        <strong>{historyTime(entry.at)}</strong> — {historyAction(entry.action)}. {t.reasonOf(entry.reason)}
      </p>
      {lines.length > 0 ? (
        <ul>
          {lines.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The latest changes (newest first), or with `full` every change, and the form to see them all. */
export function History(props: {
  readonly view: PageView;
  readonly theme: string;
  readonly history: readonly SolutionHistoryEntry[];
  readonly full: boolean;
}) {
  const { history, full } = props;
  const shown = (full ? history : history.slice(-HISTORY_SHOWN)).slice().reverse();
  return (
    <section aria-labelledby="geschiedenis-kop" id="geschiedenis">
      <h2 id="geschiedenis-kop">{full ? t.fullHistoryHeading(history.length) : t.historyHeading}</h2>
      {history.length === 0 ? <p>{t.noHistory}</p> : null}
      {!full && history.length > 0 ? (
        <p class="hint">{t.historyShown(shown.length, history.length)}</p>
      ) : null}
      <ul class="solution-history">
        {shown.map((entry) => (
          <HistoryItem entry={entry} />
        ))}
      </ul>
      {!full && history.length > shown.length ? (
        <form method="post" action={props.view.links.path('/beheer/oplossingen/geschiedenis')} class="form">
          <FormHead id="geschiedenis" theme={props.theme} />
          <button type="submit" class="button">
            {t.fullHistorySubmit}
          </button>
        </form>
      ) : null}
    </section>
  );
}
