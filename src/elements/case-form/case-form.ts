import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { CaseKitAdapter } from '../../adapters/contract.js';
import { adapterContext } from '../../context/adapter.js';
import { sessionContext } from '../../context/session.js';
import {
  WebStorageDraftStore,
  clearCaseDrafts,
  defaultDraftTtlMs,
  type DraftStore,
} from '../../controllers/draft-store.js';
import { FormStateController } from '../../controllers/form-state.js';
import { LocaleController } from '../../controllers/locale.js';
import { LayoutError } from '../../model/layout.js';
import { can } from '../../model/policy.js';
import type { Case, Layout, Session } from '../../model/types.js';
import type { Translator } from '../../i18n/strings.js';
import { hostStyles } from '../../styles/host.js';
import { styles } from './case-form.styles.js';
import { FormEditing } from './editing.js';
import type { FieldRenderers } from './fields.js';
import { FieldViews } from './field-view.js';
import { formActions, showForm } from './form-view.js';
import { FormShell } from './form-shell.js';
import { renderLayoutError, renderLoadError, renderLoading } from './notices.js';
import { saveNoticesLoading } from './save-notices-loader.js';
import { SectionViews } from './section-view.js';

export type CaseFormMode = 'create' | 'edit' | 'view';

const sharedDraftStore = new WebStorageDraftStore();
// The first use of the page's localStorage waits for the browser to hand its contents over (~10 ms
// on a loaded machine): have it happen in an idle moment after this module loads, so the first form
// opened does not wait for it while reading its draft.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void sharedDraftStore.keys());

// The layout parser is only needed for a layout given as the `layout` property (a preview; the
// session's layout comes parsed), so it is loaded the first time one is given, not with every page.
let parseLayout: ((json: unknown) => Layout) | undefined;
let parserLoading: Promise<unknown> | undefined;
function loadParser(): Promise<unknown> {
  parserLoading ??= import('../../model/layout-parse.js').then(
    (module) => (parseLayout = module.parseLayout),
    (error: unknown) => {
      parserLoading = undefined;
      throw error;
    },
  );
  return parserLoading;
}

/**
 * Creates, edits or shows one case with the fields of the agent's layout: the layout's sections as
 * titled groups, a native control per field type with its label, hint, required marker and error;
 * validation as the agent works and on save; the create presets (an interaction, a CRM card); drafts
 * that keep every keystroke across a failed save, a removal or a reload; and the conflict flow when
 * someone else changed the case meanwhile. Status and owner are never part of its patch: in edit mode
 * it shows `ck-status-picker` / `ck-owner-picker` when they are registered, else the value read-only
 * with the reason.
 *
 * Hosts may render a field their own way with `fieldRenderers`, keyed by field key or by
 * `type:<field type>`; the renderer gets a `FieldRenderContext` (id, label, hint, error, value,
 * `setValue`, `touch`) and returns a lit template. A field's template (a renderer's call too) is made
 * again only when what it shows changed, so a keystroke re-renders that field and the fields whose
 * `visibleWhen` / `requiredWhen` rules read it, not the whole form.
 *
 * @tagname ck-case-form
 * @summary Create, edit or view a case from the profile's layout.
 * @csspart section - Each layout section (a fieldset).
 * @csspart error-summary - The list of problems after a failed save.
 * @csspart draft-notice - "Your unsaved changes were restored", with Discard.
 * @csspart conflict - The panel comparing their version and the agent's.
 * @csspart forbidden - Why the agent may not create or edit.
 * @csspart save-error - Why the last save failed, with Try again.
 * @csspart context - The interaction a create starts from.
 * @csspart layout-error - The problems of a layout the parser refused.
 * @csspart actions - The bar with Save, Cancel and Edit.
 * @cssprop [--ck-case-form-gap=var(--ck-space-4)] - Space between sections and columns.
 * @cssprop [--ck-case-form-section-surface=var(--ck-color-surface)] - Background of a section.
 * @cssprop [--ck-case-form-control-surface=var(--ck-color-surface-raised)] - Background of inputs.
 * @fires {CaseSaveEvent} ck-case-save - Save pressed with valid values, before the adapter call (cancelable).
 * @fires {CaseSavedEvent} ck-case-saved - The case was created or updated: `{ case, created }`.
 * @fires {CancelEvent} ck-cancel - The agent cancelled, after confirming if the form was dirty (cancelable).
 *
 * @example
 * ```html
 * <ck-provider>
 *   <ck-case-form mode="create" interaction-id="int-00012"></ck-case-form>
 * </ck-provider>
 * <script type="module">
 *   const form = document.querySelector('ck-case-form');
 *   form.addEventListener('ck-case-saved', (event) => openCase(event.case.id));
 *   signOut.addEventListener('click', () => form.clearDrafts());
 * </script>
 * ```
 */
export class CaseForm extends LitElement {
  static override styles = [hostStyles, styles];

  /** `create`, `edit` or `view`. The Edit button (view mode) switches to `edit`. */
  @property({ reflect: true }) mode: CaseFormMode = 'create';

  /** The case to edit or view. */
  @property({ attribute: 'case-id' }) caseId?: string;

  /** Create preset: the interaction (call, e-mail…) the case starts from; it is linked in the same save. */
  @property({ attribute: 'interaction-id' }) interactionId?: string;

  /** Create preset: the CRM card to link the new case to. */
  @property({ attribute: 'crm-card-id' }) crmCardId?: string;

  /**
   * A layout to use instead of the session's: a parsed `Layout` or raw layout JSON (a layout
   * preview). A layout the parser refuses shows its problems instead of the form. The parser is
   * loaded the first time a layout is given (the form shows its loading state meanwhile, and
   * `updateComplete` waits for it).
   */
  @property({ attribute: false }) layout?: unknown;

  /** Host renderers for some fields, keyed by field key or `type:<field type>`. */
  @property({ attribute: false }) fieldRenderers: FieldRenderers = {};

  /** Where drafts are kept (default: `localStorage`). */
  @property({ attribute: false }) draftStore: DraftStore = sharedDraftStore;

  /** How long a draft is kept, in milliseconds (default 7 days). */
  @property({ type: Number, attribute: 'draft-ttl' }) draftTtl = defaultDraftTtlMs;

  /** A save with no answer after this many milliseconds is abandoned (the draft stays; retry it). */
  @property({ type: Number, attribute: 'save-timeout' }) saveTimeout = 30_000;

  /** The backend seam, from `ck-provider`. */
  @consume({ context: adapterContext, subscribe: true })
  @property({ attribute: false })
  adapter?: CaseKitAdapter;

  /** The signed-in agent's session, from `ck-provider`. */
  @consume({ context: sessionContext, subscribe: true })
  @property({ attribute: false })
  session?: Session;

  @query('dialog') private readonly confirmDialog?: HTMLDialogElement | null;

  readonly #locale = new LocaleController(this);
  readonly #form = new FormStateController(this);
  readonly #editing = new FormEditing(this, this.#form, () => this.#locale.translator);

  readonly #views = new FieldViews();
  readonly #sections = new SectionViews();
  #shell: FormShell | undefined;
  #confirmRendered = false;
  #parsedFrom: unknown = Symbol('none');
  #parsed: Layout | LayoutError | undefined;
  #parserFailed = false;

  /** Whether the agent changed something that is not saved. */
  get dirty(): boolean {
    return this.#editing.ready && this.#form.dirty;
  }

  /** The case shown (edit and view), as last loaded or saved. */
  get case(): Case | undefined {
    return this.#editing.records.caseRecord;
  }

  /**
   * Removes every case-form draft from the draft store (all agents by default, or one agent's): call
   * it at sign-out on shared desks. Returns how many drafts were removed.
   */
  clearDrafts(agentId?: string): number {
    return clearCaseDrafts(this.draftStore, agentId);
  }

  /** Saves, as the Save button does (validation first; one request at a time). */
  save(): Promise<void> {
    return this.#editing.saveFlow.save();
  }

  /**
   * The layout in use: the `layout` property parsed, or the session's. `undefined` while the
   * session, or the parser for a `layout` property (loaded the first time one is given), is on its way.
   */
  resolvedLayout(): Layout | LayoutError | undefined {
    if (this.layout === undefined) return this.session?.layout;
    if (this.layout !== this.#parsedFrom) {
      if (!parseLayout) {
        this.#awaitParser();
        return undefined;
      }
      this.#parsedFrom = this.layout;
      try {
        this.#parsed = parseLayout(this.layout);
      } catch (error) {
        this.#parsed = error instanceof LayoutError ? error : new LayoutError([]);
      }
    }
    return this.#parsed;
  }

  #awaitParser(): void {
    if (this.#parserFailed) return;
    loadParser().then(
      () => this.requestUpdate(),
      () => {
        this.#parserFailed = true;
        this.requestUpdate();
      },
    );
  }

  /** Also waits for the layout parser when a `layout` property is waiting for it, and for the code of the notices a save attempt shows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const notices = saveNoticesLoading();
    if (notices) {
      await notices.catch(() => undefined);
      return this.getUpdateComplete();
    }
    if (this.layout === undefined || parseLayout) return done;
    await loadParser().catch(() => undefined);
    return super.getUpdateComplete();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // With the session in hand, the first render happens in the task that attached the form, not a
    // microtask later: the fields are there (and focusable) as soon as `append` returns, and the
    // first frame paints them, with the host's focus, instead of an empty element. Properties set
    // after attaching still land in the next (batched) update.
    if (!this.hasUpdated && this.session) this.performUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const layout = this.resolvedLayout();
    this.#editing.sync(changed, this.session, layout instanceof LayoutError ? undefined : layout);
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.#locale.translator;
    const session = this.session;
    if (!session) return renderLoading(t, '');
    const layout = this.resolvedLayout();
    if (layout instanceof LayoutError) return renderLayoutError(t, layout);
    if (this.#parserFailed && !layout && this.layout !== undefined) {
      return renderLoadError(t, t.t('error.network'), () => {
        this.#parserFailed = false;
        this.requestUpdate();
      });
    }
    if (!layout) return renderLoading(t, '');
    const editing = this.#editing;
    const { records } = editing;
    if (this.mode !== 'create') {
      if (records.loadError) return renderLoadError(t, records.loadError, () => records.reload());
      if (!records.caseRecord || !editing.ready) return renderLoading(t, t.t('caseForm.loading'));
    }
    if (!editing.ready) return renderLoading(t, '');
    this.#shell ??= new FormShell(formActions(this, this.#form, editing));
    return html`${showForm({
      t,
      host: this,
      session,
      layout,
      form: this.#form,
      editing,
      canEdit: records.caseRecord ? can(session, 'edit', records.caseRecord).allowed : false,
      views: this.#views,
      sections: this.#sections,
      shell: this.#shell,
    })}
    ${this.#confirmRendered ? this.#renderConfirm(t) : nothing}`;
  }

  /** The "discard your changes?" dialog, rendered from the first time it is needed on. */
  #renderConfirm(t: Translator): TemplateResult {
    return html`<dialog aria-labelledby="confirm-title" @cancel=${this.#closeConfirm}>
      <h3 id="confirm-title">${t.t('caseForm.confirm.title')}</h3>
      <p>${t.t('caseForm.confirm.body')}</p>
      <div class="actions">
        <button
          class="button danger"
          type="button"
          data-action="confirm-discard"
          @click=${this.#confirmDiscard}
        >
          ${t.t('caseForm.confirm.discard')}
        </button>
        <button class="button" type="button" data-action="keep-editing" @click=${this.#closeConfirm}>
          ${t.t('caseForm.confirm.keep')}
        </button>
      </div>
    </dialog>`;
  }

  /** Cancel pressed: asks first when there are unsaved changes. */
  requestCancel = (): void => {
    if (!this.#form.dirty) {
      this.#editing.cancel(false);
      return;
    }
    if (!this.#confirmRendered) {
      // The dialog is not rendered with the form (nothing of it shows until now): render it at once.
      this.#confirmRendered = true;
      this.requestUpdate();
      this.performUpdate();
    }
    this.confirmDialog?.showModal();
  };

  readonly #closeConfirm = (): void => {
    this.confirmDialog?.close();
    this.renderRoot.querySelector<HTMLElement>('[data-action="cancel"]')?.focus();
  };

  readonly #confirmDiscard = (): void => {
    this.confirmDialog?.close();
    this.#editing.cancel(true);
  };
}

// The shared constructable style sheets are made when the module loads, not on the first form's
// connect (Lit makes them lazily): opening the first form then parses no CSS.
for (const result of [hostStyles, styles]) void result.styleSheet;

declare global {
  interface HTMLElementTagNameMap {
    'ck-case-form': CaseForm;
  }
}
