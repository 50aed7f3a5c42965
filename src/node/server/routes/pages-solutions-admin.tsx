/**
 * The curators' page of "Veelgenoemde oplossingen" (`/beheer/oplossingen?thema=…`), without JavaScript:
 * per solution its ideas (linked, the quote marked) and forms to give it a summary line, to pin or unpin
 * it and to split it; the ideas in no solution; for the theme a form to move an idea (by its number)
 * and one to merge solutions. Every form sends the token as its first field (the write guard reads it
 * before the rest of the body, form-token.ts) and a reason. The proposals for pinned solutions, the
 * near-duplicates (in groups, a bounded number per answer) and the history are curator's information:
 * shown in the answer to a form that carried the token, never on a plain GET. A form refused (a wrong
 * token, a missing reason) is answered by this page with the form's values filled in again.
 * The token is never carried from one answer to the next: every form asks it, as on /beheer.
 */
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { solutionsAdminText as t } from '../../../core/text/solutions-admin-text.js';
import { ideasMessages } from '../../../core/text/ideas-messages.js';
import { adminText } from '../../../core/text/page-text.js';
import { solutionsText } from '../../../core/text/solutions-text.js';
import {
  SolutionError,
  type ChangedSolutions,
  type FlaggedPair,
  type LabelledChange,
  type SolutionChange,
  type SolutionsStore,
  type SolutionHistoryEntry,
  type ThemeSolutions,
} from '../../store/index.js';
import { requireAdmin } from '../admin-token.js';
import {
  solutionForms,
  themeChoiceQuery,
  type SolutionForm,
  type SolutionFormAction,
} from '../request/request-schemas.js';
import { formOf, queryOf } from '../request/validate.js';
import { problemOf } from '../error-handler.js';
import { HttpProblem } from '../http-problem.js';
import { loadPageView, type PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { securityMessages } from '../../../core/text/security-messages.js';
import { webMessages } from '../../../core/text/web-messages.js';
import { Layout } from '../views/layout.js';
import { renderPage } from '../views/render-page.js';
import { AdminAlert, Field, type AdminMessage } from '../views/admin-form.js';
import { FormHead, PageContents, type SentForm } from '../views/solutions-admin-parts.js';
import { MergeForm, MoveForm, SolutionBlock, UnclusteredList } from '../views/solutions-admin-solutions.js';
import { DuplicateGroups, History, Proposals } from '../views/solutions-admin-curator.js';
import { changeNotes } from './api-solutions.js';

type Message = Pick<AdminMessage, 'kind' | 'text'>;

interface CuratorInfo {
  readonly duplicates: readonly FlaggedPair[];
  readonly history: readonly SolutionHistoryEntry[];
  /** First near-duplicate group shown (0-based). */
  readonly groupsFrom: number;
  readonly fullHistory: boolean;
}

/** The id of the form a refused answer was sent from, to link to it. */
function sentFormId(sent: SentForm, solutions: ThemeSolutions): string | undefined {
  const first = (name: string) => sent.fields[name]?.[0] ?? '';
  const index = solutions.clusters.findIndex((c) => c.key === first('oplossing'));
  const of = (suffix: string) => (index < 0 ? undefined : `o${index + 1}-${suffix}`);
  switch (sent.action) {
    case 'hernoemen':
      return of('naam');
    case 'vastzetten':
    case 'losmaken':
      return of('vast');
    case 'splitsen':
      return of('split');
    case 'samenvoegen':
      return 'samenvoegen-form';
    case 'verplaatsen':
      return 'verplaatsen-form';
    case 'voorstellen-toevoegen':
    case 'voorstellen-afwijzen':
      return of('voorstellen');
    case 'dubbel-groep':
      return 'dubbel';
    default:
      return undefined;
  }
}

function SolutionsAdminPage(props: {
  readonly view: PageView;
  readonly enabled: boolean;
  readonly themes: readonly string[];
  readonly theme: string | undefined;
  readonly solutions: ThemeSolutions | undefined;
  readonly curator: CuratorInfo | undefined;
  readonly message: Message | undefined;
  readonly sent: SentForm | undefined;
}) {
  const { view, themes, theme, solutions, curator, message, sent } = props;
  const sentId = sent && solutions ? sentFormId(sent, solutions) : undefined;
  const info = curator ? undefined : 'beheer-info';
  return (
    <Layout view={view} title={t.title} nav="beheer">
      <p>
        <a href={view.links.to('/beheer')}>← {t.backLink}</a>
      </p>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <AdminAlert message={message} unchanged={t.unchanged} />
      {sentId ? (
        <p>
          <a href={`#${sentId}`}>{t.toSentForm}</a>
        </p>
      ) : null}
      {!props.enabled ? <p class="alert alert--warning">{adminText.disabled}</p> : null}
      {themes.length === 0 ? (
        <p>{t.noThemes}</p>
      ) : (
        <form method="get" action={view.links.path('/beheer/oplossingen')} class="form">
          <Field id="thema-keuze" label={t.themeLabel}>
            <select id="thema-keuze" name="thema">
              {themes.map((name) => (
                <option value={name} selected={name === theme}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
          <button type="submit" class="button">
            {t.themeSubmit}
          </button>
        </form>
      )}
      {solutions && props.enabled ? (
        <>
          <PageContents
            entries={[
              ['oplossingen', t.toc.solutions],
              ['verplaatsen', t.toc.move],
              ...(solutions.clusters.length > 1 ? [['samenvoegen', t.toc.merge] as const] : []),
              [info ?? 'voorstellen', t.toc.proposals],
              [info ?? 'dubbel', t.toc.duplicates],
              ['geen-oplossing', t.toc.unclustered],
              [info ?? 'geschiedenis', t.toc.history],
            ]}
          />
          <section aria-labelledby="oplossingen-kop" id="oplossingen">
            <h2 id="oplossingen-kop">{t.solutionsHeading(solutions.theme, solutions.clusters.length)}</h2>
            <p class="hint">{t.quoteMarkHint}</p>
            {solutions.clusters.map((_, index) => (
              <SolutionBlock view={view} solutions={solutions} index={index} sent={sent} />
            ))}
          </section>
          <MoveForm view={view} solutions={solutions} sent={sent} />
          <MergeForm view={view} solutions={solutions} sent={sent} />
          {curator ? (
            <>
              <Proposals view={view} solutions={solutions} sent={sent} />
              <DuplicateGroups
                view={view}
                solutions={solutions}
                pairs={curator.duplicates}
                from={curator.groupsFrom}
                sent={sent}
              />
            </>
          ) : (
            <section aria-labelledby="beheer-info-kop" id="beheer-info">
              <h2 id="beheer-info-kop">{t.curatorHeading}</h2>
              <p>{t.curatorLead}</p>
              <form method="post" action={view.links.path('/beheer/oplossingen/bekijken')} class="form">
                <FormHead id="bekijken" theme={solutions.theme} />
                <button type="submit" class="button">
                  {t.curatorSubmit}
                </button>
              </form>
            </section>
          )}
          <UnclusteredList view={view} solutions={solutions} />
          {curator ? (
            <History
              view={view}
              theme={solutions.theme}
              history={curator.history}
              full={curator.fullHistory}
            />
          ) : null}
        </>
      ) : null}
    </Layout>
  );
}

const reasonOf = (form: { readonly reden: string }): SolutionChange => ({ reason: form.reden });
/** The proposals a form decides: every one it showed (`alle=ja`, "Alle voorstellen …"), else the ticked ones. */
const proposalsOf = (form: {
  readonly ideeen: readonly string[];
  readonly getoond: readonly string[];
  readonly alle: string;
}): readonly string[] => (form.alle === 'ja' ? form.getoond : form.ideeen);
const labelled = (form: { readonly reden: string; readonly omschrijving: string }): LabelledChange => {
  const label = form.omschrijving.trim();
  return label ? { reason: form.reden, label } : reasonOf(form);
};

/** The "done" text of a change and its notes (stale key followed, lasts until the next import …). */
const noted = async (
  action: SolutionFormAction,
  changed: Promise<ChangedSolutions>,
  done: string = t.done[action],
) => [done, ...changeNotes((await changed).change)].join(' ');

/** Carries out one curator's form, per action (the store records it with its reason); a message of its own, or none. */
const carryOut: {
  readonly [A in SolutionFormAction]: (
    solutions: SolutionsStore,
    form: SolutionForm<A>,
  ) => Promise<string | undefined | void>;
} = {
  bekijken: () => Promise.resolve(undefined),
  geschiedenis: () => Promise.resolve(undefined),
  hernoemen: (s, f) => noted('hernoemen', s.rename(f.thema, f.oplossing, f.omschrijving, reasonOf(f))),
  samenvoegen: (s, f) => noted('samenvoegen', s.merge(f.thema, f.oplossingen, labelled(f))),
  splitsen: (s, f) => noted('splitsen', s.split(f.thema, f.oplossing, f.ideeen, labelled(f))),
  verplaatsen: (s, f) => noted('verplaatsen', s.move(f.thema, f.idee.trim(), f.naar || null, reasonOf(f))),
  vastzetten: (s, f) => noted('vastzetten', s.pin(f.thema, f.oplossing, true, reasonOf(f))),
  losmaken: (s, f) => noted('losmaken', s.pin(f.thema, f.oplossing, false, reasonOf(f))),
  'voorstellen-toevoegen': (s, f) =>
    noted(
      'voorstellen-toevoegen',
      s.decideProposals(f.thema, f.oplossing, proposalsOf(f), true, reasonOf(f)),
      t.proposalsAccepted(new Set(proposalsOf(f)).size),
    ),
  'voorstellen-afwijzen': (s, f) =>
    noted(
      'voorstellen-afwijzen',
      s.decideProposals(f.thema, f.oplossing, proposalsOf(f), false, reasonOf(f)),
      t.proposalsDeclined(new Set(proposalsOf(f)).size),
    ),
  'bijna-dubbel': async (s, f) => {
    const outcome = f.uitkomst;
    const pair = { a: f.a, b: f.b };
    if (outcome !== 'behouden' && outcome !== pair.a && outcome !== pair.b)
      throw new SolutionError('bad-request', securityMessages.badForm);
    const decided = await s.decideNearDuplicate(pair, {
      status: outcome === 'behouden' ? 'kept' : 'merged',
      reason: f.reden,
      ...(outcome === 'behouden' ? {} : { keep: outcome }),
    });
    return decided.hidden && decided.keep
      ? [
          t.done['bijna-dubbel'],
          solutionsText.mergedHidden(decided.hidden, decided.keep),
          decided.publicChanges ? ideasMessages.publicChanges(decided.publicChanges) : '',
        ]
          .filter(Boolean)
          .join(' ')
      : undefined;
  },
  'dubbel-groep': async (s, f) => {
    if (!f.uitkomst) throw new SolutionError('bad-request', t.chooseDecision);
    const outcome = await s.decideNearDuplicateGroup(f.thema, f.ideeen, {
      keep: f.uitkomst === 'behouden' ? null : f.uitkomst,
      reason: f.reden,
    });
    return [
      t.groupDone(outcome.hidden, outcome.kept, outcome.open),
      // What the hides did to other ideas' published values (the k = 5 rule), as every hide says.
      outcome.publicChanges ? ideasMessages.publicChanges(outcome.publicChanges) : '',
    ]
      .filter(Boolean)
      .join(' ');
  },
};

/** The fields of a sent form, every value of each (the token left out). */
async function sentForm(c: Context, action: string): Promise<SentForm | undefined> {
  try {
    const body = await c.req.parseBody({ all: true });
    const fields: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(body)) {
      if (name === 'token') continue;
      const values = (Array.isArray(value) ? value : [value]).filter(
        (v): v is string => typeof v === 'string',
      );
      fields[name] = values;
    }
    return { action, fields };
  } catch {
    return undefined;
  }
}

const firstNumber = (text: string) => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : 0);

export function solutionsAdminPages(services: AppServices): Hono {
  const app = new Hono();
  const enabled = services.config.adminToken !== undefined;

  const themeNames = async () => (await services.solutions.themes()).map((th) => th.theme);

  const page = async (
    c: Context,
    theme: string | undefined,
    options: {
      curator: boolean;
      message?: Message;
      status?: ContentfulStatusCode;
      sent?: SentForm;
      groupsFrom?: number;
      fullHistory?: boolean;
    },
  ) => {
    const [view, themes] = await Promise.all([loadPageView(c, services), themeNames()]);
    // The theme as the API and the command line read it (label, alias, case and accents aside): a
    // curator who types `samenwerking` or follows a reader's link gets the theme, an unknown one a 404
    // that lists the themes, never the bare choice as if nothing had been asked.
    let solutions: ThemeSolutions | undefined;
    let message = options.message;
    let status = options.status;
    if (enabled && theme !== undefined && theme.trim() !== '') {
      try {
        solutions = await services.solutions.forCurators(theme);
      } catch (error) {
        if (!(error instanceof SolutionError) || error.failure !== 'unknown-theme') throw error;
        message ??= { kind: 'error', text: error.message };
        status ??= 404;
      }
    }
    const known = solutions?.theme ?? (theme !== undefined && themes.includes(theme) ? theme : undefined);
    const curator: CuratorInfo | undefined =
      solutions && options.curator
        ? {
            duplicates: await services.solutions.nearDuplicates(solutions.theme),
            history: await services.solutions.history(solutions.theme),
            groupsFrom: options.groupsFrom ?? 0,
            fullHistory: options.fullHistory ?? false,
          }
        : undefined;
    return renderPage(
      c,
      <SolutionsAdminPage
        view={view}
        enabled={enabled}
        themes={themes}
        theme={known}
        solutions={solutions}
        curator={curator}
        message={message}
        sent={options.sent}
      />,
      status ?? 200,
    );
  };

  app.get('/beheer/oplossingen', queryOf(themeChoiceQuery), async (c) =>
    page(c, c.req.valid('query').thema, { curator: false }),
  );

  /** The page answering a form that failed, the form's values kept; the curator's information only to a known curator. */
  const failed = async (c: Context, error: unknown, action: string | undefined) => {
    const status =
      error instanceof SolutionError
        ? error.failure === 'unknown-theme' || error.failure === 'unknown-cluster'
          ? 404
          : 400
        : undefined;
    const problem = problemOf(error, services.effects);
    const authorised = problem.status !== 401 && problem.status !== 403;
    const sent = action ? await sentForm(c, action) : undefined;
    const theme = sent?.fields['thema']?.[0]?.trim() || undefined;
    const text =
      error instanceof SolutionError
        ? error.message
        : problem.status === 401 && problem.message === webMessages.tokenWrong
          ? t.tokenRefusedHere
          : problem.message;
    return page(c, theme, {
      curator: authorised && status !== undefined,
      message: { kind: 'error', text },
      status: status ?? problem.status,
      ...(sent ? { sent } : {}),
    });
  };

  const route = <A extends SolutionFormAction>(action: A) =>
    app.post(
      `/beheer/oplossingen/${action}`,
      ...formOf(
        solutionForms[action],
        async (c, problem) => failed(c, problem, action),
        (_c, form) =>
          requireAdmin(
            services.config.adminToken,
            typeof form.token === 'string' && form.token ? form.token : undefined,
          ),
      ),
      async (c) => {
        const form = c.req.valid('form') as SolutionForm<A>;
        try {
          const said = await carryOut[action](services.solutions, form);
          const vanaf = 'vanaf' in form && typeof form.vanaf === 'string' ? firstNumber(form.vanaf) : 0;
          return await page(c, form.thema, {
            curator: true,
            message: { kind: 'success', text: said || t.done[action] },
            groupsFrom: vanaf,
            fullHistory: action === 'geschiedenis',
          });
        } catch (error) {
          return failed(c, error, action);
        }
      },
    );
  for (const action of Object.keys(solutionForms) as SolutionFormAction[]) route(action);
  // Any other action: the page, saying the form is not one of ours.
  app.post('/beheer/oplossingen/:actie', async (c) =>
    failed(c, new HttpProblem(404, securityMessages.badForm), undefined),
  );

  return app;
}
