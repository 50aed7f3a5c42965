/**
 * The analyst's page `/beheer`: upload a new table (multipart form with the token) and choose the shown
 * version. A rejected upload answers with the same page listing every error of the file, and nothing is
 * stored; an accepted one answers with the page saying which version it became (or that it equals the
 * newest version) and listing the table's data-quality notes. The default button, "Uploaden en
 * controleren", stores it without showing it: the answer then adds the check step (upload-check.tsx),
 * which compares it with the shown version and shows it on request. Versions never shown are listed
 * as such under the choice of the shown version.
 */
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { formatCount, formatNumber } from '../../../core/text/format.js';
import { versionTitle } from '../../../core/text/chart-text.js';
import { warningForAnalyst } from '../../../core/text/import-messages.js';
import { adminText } from '../../../core/text/page-text.js';
import { solutionsAdminText } from '../../../core/text/solutions-admin-text.js';
import { eraseText, securityMessages } from '../../../core/text/security-messages.js';
import { webMessages } from '../../../core/text/web-messages.js';
import { publishableLabels } from '../../../core/ideas/known-labels.js';
import { MASK_NAMES, ideasMessages, labelAdminText } from '../../../core/text/ideas-messages.js';
import { ideasPerMaskKind } from '../../../core/ideas/idea-batch.js';
import { CurationError, type ThemeImportSummary } from '../../store/index.js';
import { requireAdmin } from '../admin-token.js';
import { storeUpload } from '../dataset-upload.js';
import { importUploadedIdeas } from '../ideas-upload.js';
import { solutionsText } from '../../../core/text/solutions-text.js';
import { problemOf } from '../error-handler.js';
import { HttpProblem } from '../http-problem.js';
import { isHeld, loadPageView, type PageView } from '../page-view.js';
import type { AppServices } from '../services.js';
import { readUpload } from '../upload-body.js';
import {
  adminPageQuery,
  checkAccessForm,
  eraseForm,
  exportForm,
  labelDecisionForm,
  showVersionForm,
} from '../request/request-schemas.js';
import { formOf, queryOf, uploadOf } from '../request/validate.js';
import { AdminAlert, Field, TextField, TokenField, type AdminMessage } from '../views/admin-form.js';
import { UploadCheckStep, type UploadCheck } from '../views/upload-check.js';
import { Layout } from '../views/layout.js';
import { renderPage } from '../views/render-page.js';
import { exportArchiveResponse } from '../export-archive.js';
import { grantCheck } from '../version-access.js';
import { storedMessage, uploadLimit } from './api-datasets.js';
import { curate } from './api-ideas.js';

/** The file of an upload form (field `bestand`, as the upload reader expects). */
function FileField(props: {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly accept: string;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint}>
      <input
        type="file"
        id={props.id}
        name="bestand"
        required
        accept={props.accept}
        aria-describedby={`${props.id}-hint`}
      />
    </Field>
  );
}

/** "These are constructed examples" (field `voorbeeld`). */
function ExampleBox(props: { readonly id: string; readonly label: string }) {
  return (
    <div class="field field--checkbox">
      <input type="checkbox" id={props.id} name="voorbeeld" value="ja" />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}

/**
 * What an import of ideas means for the solutions, per theme: near-duplicates flagged (pairs and the
 * groups they form) and proposals waiting, each theme linked to its curators' page.
 * Hook: when the store reports which themes lost unpinned curation, it belongs in this list too.
 */
function ImportSolutions(props: { readonly view: PageView; readonly themes: readonly ThemeImportSummary[] }) {
  const t = solutionsAdminText;
  return (
    <section aria-labelledby="import-oplossingen" class="import-solutions">
      <h2 id="import-oplossingen">{t.importHeading}</h2>
      {props.themes.length === 0 ? (
        <p>{t.importNone}</p>
      ) : (
        <ul>
          {props.themes.map((s) => (
            <li>
              {t.importTheme(s.theme, s.pairs, s.groups, s.proposals)}{' '}
              <a href={props.view.links.to(`/beheer/oplossingen?thema=${encodeURIComponent(s.theme)}`)}>
                {t.importThemeLink(s.theme)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Which of the three a version is for the analyst: shown now, never shown (held for a check, `isHeld`),
 * or shown before (itself, or with the other periods of its upload).
 */
function versionState(view: PageView, d: PageView['datasets'][number]) {
  if (d.version === view.shownVersion) return 'shown';
  return isHeld(view, d.version) ? 'never-shown' : 'earlier';
}

/** The versions stored but never shown, each with its comparison with the shown version and its pages. */
function NeverShown(props: { readonly view: PageView }) {
  const { view } = props;
  const { links, shownVersion } = view;
  const waiting = view.datasets.filter((d) => versionState(view, d) === 'never-shown');
  if (waiting.length === 0) return null;
  return (
    <>
      <h3 id="nog-niet-getoond">{adminText.neverShownHeading}</h3>
      <p>{adminText.neverShownLead(waiting.length)}</p>
      <ul aria-labelledby="nog-niet-getoond">
        {waiting.map((d) => (
          <li>
            {adminText.neverShownItem(d.version, versionTitle(d))}
            <br />
            {shownVersion !== undefined ? (
              <>
                <a href={links.to('/vergelijk', { a: shownVersion, b: d.version })}>
                  {adminText.neverShownCompare(d.version, shownVersion)}
                </a>
                {' · '}
              </>
            ) : null}
            <a href={links.to('/', { versie: d.version })}>{adminText.neverShownView(d.version)}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

function AdminPage(props: {
  readonly view: PageView;
  readonly services: AppServices;
  readonly message?: AdminMessage | undefined;
  /** After an import of ideas: what it means for the solutions, per theme. */
  readonly importSolutions?: readonly ThemeImportSummary[];
  readonly check?: UploadCheck | undefined;
}) {
  const { view, services, message, check } = props;
  const { links } = view;
  const enabled = services.config.adminToken !== undefined;
  const maxMb = `${formatNumber(services.config.maxUploadBytes / 1024 / 1024, 0)} MB`;
  return (
    <Layout view={view} title={adminText.title} nav="beheer">
      <h1>{adminText.heading}</h1>
      <p class="lead">{adminText.lead}</p>
      <AdminAlert message={message} unchanged={adminText.unchanged} errorsHeading={adminText.errorsHeading} />
      {props.importSolutions ? <ImportSolutions view={view} themes={props.importSolutions} /> : null}
      {check && enabled ? <UploadCheckStep check={check} links={links} /> : null}
      {!enabled ? (
        <p class="alert alert--warning">{adminText.disabled}</p>
      ) : (
        <>
          <section aria-labelledby="uploaden">
            <h2 id="uploaden">{adminText.uploadHeading}</h2>
            <form
              method="post"
              action={links.path('/beheer/upload')}
              enctype="multipart/form-data"
              class="form"
            >
              <TokenField id="token-upload" hint={adminText.tokenHint} />
              <FileField
                id="bestand"
                label={adminText.fileLabel}
                hint={adminText.fileHint(maxMb, formatCount(services.config.maxUploadRows))}
                accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,text/tab-separated-values"
              />
              <TextField
                id="titel"
                name="titel"
                label={adminText.titleLabel}
                hint={adminText.titleHint}
                maxlength={300}
              />
              <ExampleBox id="voorbeeld" label={adminText.exampleLabel} />
              <p class="hint" id="upload-gevolg">
                {adminText.uploadNote}
              </p>
              {/* The first button is the default (Enter in a field): check first, show later. */}
              <div class="button-row">
                <button
                  type="submit"
                  class="button"
                  name="tonen"
                  value="nee"
                  aria-describedby="upload-gevolg"
                >
                  {adminText.uploadCheckSubmit}
                </button>
                <button
                  type="submit"
                  class="button button--secondary"
                  name="tonen"
                  value="ja"
                  aria-describedby="upload-gevolg"
                >
                  {adminText.uploadSubmit}
                </button>
              </div>
            </form>
          </section>
          <section aria-labelledby="ideeen-importeren">
            <h2 id="ideeen-importeren">{adminText.ideasHeading}</h2>
            <p>{adminText.ideasLead}</p>
            <form
              method="post"
              action={links.path('/beheer/ideeen')}
              enctype="multipart/form-data"
              class="form"
            >
              <TokenField id="token-ideeen" />
              <FileField
                id="bestand-ideeen"
                label={adminText.ideasFileLabel}
                hint={adminText.ideasFileHint(maxMb)}
                accept=".csv,.tsv,.xlsx,.json,text/csv,text/tab-separated-values,application/json"
              />
              <ExampleBox id="voorbeeld-ideeen" label={adminText.ideasExampleLabel} />
              <button type="submit" class="button">
                {adminText.ideasSubmit}
              </button>
            </form>
            <p>
              <a href={links.to('/beheer/oplossingen')}>{solutionsAdminText.adminLink}</a>
            </p>
          </section>
          <LabelForm view={view} />
          {view.datasets.length > 0 || !view.mayCheck ? (
            <section aria-labelledby="tonen">
              <h2 id="tonen">{adminText.chooseHeading}</h2>
              {view.datasets.length > 0 ? (
                <form method="post" action={links.path('/beheer/tonen')} class="form">
                  <TokenField id="token-tonen" />
                  <Field id="versie-tonen" label={adminText.chooseLabel}>
                    <select id="versie-tonen" name="versie">
                      {view.datasets.map((d) => (
                        <option value={String(d.version)} selected={d.version === view.shownVersion}>
                          {adminText.optionLabel(d.version, versionTitle(d), versionState(view, d))}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <button type="submit" class="button">
                    {adminText.chooseSubmit}
                  </button>
                </form>
              ) : null}
              <NeverShown view={view} />
              {view.mayCheck ? null : (
                <form method="post" action={links.path('/beheer/controleren')} class="form">
                  <TokenField id="token-controleren" />
                  <p class="hint" id="controleren-uitleg">
                    {adminText.checkAccessHint}
                  </p>
                  <button
                    type="submit"
                    class="button button--secondary"
                    aria-describedby="controleren-uitleg"
                  >
                    {adminText.checkAccessSubmit}
                  </button>
                </form>
              )}
            </section>
          ) : null}
          <section aria-labelledby="export">
            <h2 id="export">{adminText.exportHeading}</h2>
            <p>{adminText.exportLead}</p>
            <form method="post" action={links.path('/beheer/export')} class="form">
              <TokenField id="token-export" />
              <TextField
                id="basis-url-export"
                name="basis-url"
                label={adminText.exportUrlLabel}
                hint={adminText.exportUrlHint}
                maxlength={2000}
                autocomplete="url"
              />
              <button type="submit" class="button">
                {adminText.exportSubmit}
              </button>
            </form>
          </section>
          <section aria-labelledby="wissen">
            <h2 id="wissen">{eraseText.heading}</h2>
            <p>{eraseText.lead}</p>
            <form method="post" action={links.path('/beheer/wissen')} class="form">
              <TokenField id="token-wissen" />
              <TextField
                id="idee-wissen"
                name="idee"
                label={eraseText.idLabel}
                hint={eraseText.idHint}
                maxlength={200}
                required
                autocomplete="off"
              />
              <TextField
                id="reden-wissen"
                name="reden"
                label={eraseText.reasonLabel}
                hint={eraseText.reasonHint}
                maxlength={500}
                required
                autocomplete="off"
              />
              <div class="field field--checkbox">
                <input type="checkbox" id="zeker-wissen" name="zeker" value="ja" required />
                <label for="zeker-wissen">{eraseText.confirmLabel}</label>
              </div>
              <button type="submit" class="button">
                {eraseText.submit}
              </button>
            </form>
          </section>
        </>
      )}
    </Layout>
  );
}

/** Map an unknown label to a known one, or accept it (ideas-labels.ts). */
function LabelForm(props: { readonly view: PageView }) {
  const t = labelAdminText;
  const known = publishableLabels();
  return (
    <section aria-labelledby="labels">
      <h2 id="labels">{t.heading}</h2>
      <p>{t.lead}</p>
      <form method="post" action={props.view.links.path('/beheer/labels')} class="form">
        <TokenField id="token-labels" />
        <Field id="label-veld" label={t.fieldLabel}>
          <select id="label-veld" name="veld">
            {Object.entries(t.fieldOptions).map(([value, label]) => (
              <option value={value}>{label}</option>
            ))}
          </select>
        </Field>
        <TextField id="label-waarde" name="waarde" label={t.valueLabel} hint={t.valueHint} maxlength={500} />
        <fieldset class="field">
          <legend>{t.actionLabel}</legend>
          <div class="field--radio">
            <input type="radio" id="label-koppelen" name="actie" value="koppelen" checked />
            <label for="label-koppelen">{t.mapLabel}</label>
          </div>
          <div class="field--radio">
            <input type="radio" id="label-goedkeuren" name="actie" value="goedkeuren" />
            <label for="label-goedkeuren">{t.acceptLabel}</label>
          </div>
        </fieldset>
        <Field id="label-naar" label={t.toLabel}>
          <input type="text" id="label-naar" name="naar" list="bekende-labels" maxlength={300} />
          <datalist id="bekende-labels">
            {[...known.branch, ...known.province, ...known.profession, ...known.theme].map((label) => (
              <option value={label} />
            ))}
          </datalist>
        </Field>
        <TextField id="label-reden" name="reden" label={t.reasonLabel} maxlength={500} />
        <button type="submit" class="button">
          {t.submit}
        </button>
      </form>
    </section>
  );
}

function successMessage(query: z.output<typeof adminPageQuery>): AdminMessage | undefined {
  const { opgeslagen, getoond } = query;
  if (opgeslagen !== undefined) return { kind: 'success', text: adminText.stored(opgeslagen) };
  if (getoond !== undefined) return { kind: 'success', text: adminText.chosen(getoond) };
  return undefined;
}

export function adminPages(services: AppServices): Hono {
  const app = new Hono();

  const failed = async (c: Context, error: unknown) => {
    const problem = problemOf(error, services.effects);
    const view = await loadPageView(c, services);
    const message: AdminMessage = { kind: 'error', text: problem.message, details: problem.details };
    return renderPage(c, <AdminPage view={view} services={services} message={message} />, problem.status);
  };

  app.get('/beheer', queryOf(adminPageQuery), async (c) => {
    const view = await loadPageView(c, services);
    const message = successMessage(c.req.valid('query'));
    return renderPage(c, <AdminPage view={view} services={services} message={message} />);
  });

  // Writes need a configured token (403 before anything is read); the token in the form is checked
  // after the form has been read.
  const writesEnabled = () => {
    if (!services.config.adminToken) throw new HttpProblem(403, webMessages.writesDisabled);
  };

  app.post('/beheer/upload', uploadLimit(services, failed), ...uploadOf(failed, writesEnabled), async (c) => {
    try {
      const upload = await readUpload(c);
      requireAdmin(services.config.adminToken, upload.token || undefined);
      const outcome = await storeUpload(services, upload);
      // Answered here, not by a redirect: the data-quality notes must reach the analyst. Sending the form
      // again stores nothing: the same table as the newest version makes no new version.
      const message: AdminMessage = {
        kind: 'success',
        text: storedMessage(outcome),
        details: outcome.warnings.map((w) => ({ message: warningForAnalyst(w) })),
      };
      // Stored for a check and not shown (or equal to a version not shown): the check step.
      const check: UploadCheck | undefined =
        outcome.held && outcome.dataset.version !== outcome.shown
          ? {
              version: outcome.dataset.version,
              versions: outcome.datasets.map((d) => d.version),
              shown: outcome.shown,
            }
          : undefined;
      // The token was given: this browser may open the held version's pages (version-access.ts).
      if (services.config.adminToken)
        grantCheck(c, services.config.adminToken, services.config.trustedProxies);
      const view = await loadPageView(c, services, true);
      return renderPage(c, <AdminPage view={view} services={services} message={message} check={check} />);
    } catch (error) {
      return failed(c, error);
    }
  });

  app.post('/beheer/ideeen', uploadLimit(services, failed), ...uploadOf(failed, writesEnabled), async (c) => {
    try {
      const upload = await readUpload(c);
      requireAdmin(services.config.adminToken, upload.token || undefined);
      const r = await importUploadedIdeas(services, upload);
      const dropped = r.droppedCuration.map((d) => ({ message: solutionsText.importDroppedTheme(d) }));
      // Answered here, not by a redirect: the warnings (unknown columns, unknown labels, texts twice)
      // must reach the analyst, and sending the form again changes nothing (the import is idempotent).
      const message: AdminMessage = {
        kind: 'success',
        text: [
          adminText.ideasImported(
            r.added,
            r.updated,
            r.unchanged,
            r.refused,
            r.masked.length,
            ideasPerMaskKind(r.masked).map(([kind, n]) => [MASK_NAMES[kind], n] as const),
          ),
          solutionsText.importDropped(r.droppedCuration),
          // Ideas not in the file whose published values the k = 5 rule changed, and why.
          ideasMessages.publicChanges(r.publicChanges),
          // Beside warnings, what went is told in the text; alone, it is the list below it.
          ...(r.warnings.length > 0 ? dropped.map((d) => `${d.message}.`) : []),
        ]
          .filter(Boolean)
          .join(' '),
        details: r.warnings.length > 0 ? r.warnings.map((w) => ({ message: w.message })) : dropped,
        ...(r.warnings.length === 0 && dropped.length > 0
          ? { detailsHeading: solutionsText.importDroppedHeading }
          : {}),
      };
      const [view, importSolutions] = await Promise.all([
        loadPageView(c, services),
        services.solutions.importSummary(r.nearDuplicates),
      ]);
      return renderPage(
        c,
        <AdminPage view={view} services={services} message={message} importSolutions={importSolutions} />,
      );
    } catch (error) {
      return failed(c, error);
    }
  });

  // The forms below carry the token; it is checked before the form's schema, so a wrong token is
  // answered first.
  const adminForm = <T extends z.ZodType>(schema: T) =>
    formOf(schema, failed, (_c, form) =>
      requireAdmin(
        services.config.adminToken,
        typeof form.token === 'string' && form.token ? form.token : undefined,
      ),
    );

  // Unknown labels: with a value, carry out the decision; without one, only list them. The list is
  // shown only to whoever gave the token (an unknown label may hold a name).
  app.post('/beheer/labels', ...adminForm(labelDecisionForm), async (c) => {
    try {
      const decision = c.req.valid('form');
      let text = '';
      if (decision) text = (await curate(() => services.ideas.decideLabel(decision))).message;
      const unknown = await services.ideas.unknownLabels();
      const message: AdminMessage = {
        kind: 'success',
        text: text || labelAdminText.listHeading(unknown.length),
        detailsHeading: labelAdminText.listHeading(unknown.length),
        details: unknown.map((u) => ({
          message: labelAdminText.listItem(labelAdminText.fieldNames[u.field], u.label, u.ideas),
        })),
      };
      const view = await loadPageView(c, services, true);
      return renderPage(c, <AdminPage view={view} services={services} message={message} />);
    } catch (error) {
      return failed(c, error);
    }
  });

  app.post('/beheer/tonen', ...adminForm(showVersionForm), async (c) => {
    try {
      const { versie } = c.req.valid('form');
      const version = /^\d{1,9}$/.test(versie) ? Number(versie) : NaN;
      if (!Number.isInteger(version) || !(await services.datasets.choose(version))) {
        throw new HttpProblem(404, webMessages.unknownVersion(versie));
      }
      return c.redirect(`/beheer?getoond=${version}`, 303);
    } catch (error) {
      return failed(c, error);
    }
  });

  // The static export as a zip, made by this server (export-archive.ts); a problem shows on the page.
  app.post('/beheer/export', ...adminForm(exportForm), async (c) => {
    try {
      return await exportArchiveResponse(services, c.req.valid('form')['basis-url']);
    } catch (error) {
      return failed(c, error);
    }
  });

  // The token once more, to see the versions never shown: this browser gets the check cookie.
  app.post('/beheer/controleren', ...adminForm(checkAccessForm), (c) => {
    if (services.config.adminToken) grantCheck(c, services.config.adminToken, services.config.trustedProxies);
    return c.redirect('/beheer#tonen', 303);
  });

  app.post('/beheer/wissen', ...adminForm(eraseForm), async (c) => {
    try {
      const { idee, reden } = c.req.valid('form');
      let erasure;
      try {
        erasure = await services.ideas.erase(idee, { reason: reden });
      } catch (error) {
        if (error instanceof CurationError)
          throw new HttpProblem(error.failure === 'not-found' ? 404 : 400, error.message);
        throw error;
      }
      const message: AdminMessage = {
        kind: 'success',
        text: [
          securityMessages.erased(erasure.id, erasure.versions),
          erasure.publicChanges ? ideasMessages.publicChanges(erasure.publicChanges) : '',
        ]
          .filter(Boolean)
          .join(' '),
      };
      const view = await loadPageView(c, services);
      return renderPage(c, <AdminPage view={view} services={services} message={message} />);
    } catch (error) {
      return failed(c, error);
    }
  });

  return app;
}
