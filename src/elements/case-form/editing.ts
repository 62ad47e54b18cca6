import type { PropertyValues, ReactiveController } from 'lit';
import { isCaseKitError } from '../../adapters/errors.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { draftKey, type CaseDraft } from '../../controllers/draft-store.js';
import type { FormStateController } from '../../controllers/form-state.js';
import { CancelEvent } from '../../events/case-form.js';
import type { Translator } from '../../i18n/strings.js';
import type { Layout, Session } from '../../model/types.js';
import type { CaseForm } from './case-form.js';
import { createValues, valuesOfCase } from './case-values.js';
import { controlId } from './fields.js';
import { FormRecords } from './records.js';
import { SaveFlow } from './saving.js';
import { fieldOrder } from './sections.js';

/**
 * What `ck-case-form` does over time: starts the form for its mode, case and agent (from the case
 * or the layout defaults, then from a draft if one is kept), keeps the draft as the agent types,
 * and moves between view and edit, discard and cancel. It composes the parts that have a life of
 * their own: the records it shows (`FormRecords`), the draft (`DraftController`) and the save and
 * conflict flow (`SaveFlow`). The values themselves live in the `FormStateController`.
 */
export class FormEditing implements ReactiveController {
  readonly host: CaseForm;
  readonly form: FormStateController;
  readonly t: () => Translator;
  readonly records: FormRecords;
  readonly drafts: DraftController;
  readonly saveFlow: SaveFlow;

  /** What the visually hidden status line says (saving, saved, nothing to save). */
  announcement = '';
  draftNotice: { readonly kind: 'restored' | 'pending'; readonly savedAt: number } | undefined;
  /** Whether the form was started for the current mode, case and agent. */
  ready = false;
  session: Session | undefined;
  layout: Layout | undefined;

  #startedFor = '';
  #startedWith: Layout | undefined;
  #enteredFromView = false;

  constructor(host: CaseForm, form: FormStateController, translator: () => Translator) {
    this.host = host;
    this.form = form;
    this.t = translator;
    this.records = new FormRecords(host, {
      quiet: () => !this.form.dirty && !this.saveFlow.saving,
      describe: (error) => this.describe(error),
      onLoadFailed: () => (this.ready = false),
    });
    this.drafts = new DraftController(host, {
      store: () => host.draftStore,
      ttl: () => host.draftTtl,
      key: () => this.#draftKey(),
      snapshot: () => this.#draft(),
    });
    this.saveFlow = new SaveFlow(this);
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) {
      this.records.connect();
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.records.disconnect();
  }

  /** Called from `willUpdate`: (re)loads and (re)starts the form when what it shows changed. */
  sync(changed: PropertyValues, session: Session | undefined, layout: Layout | undefined): void {
    const host = this.host;
    this.session = session;
    this.layout = layout;
    if (changed.has('mode') && host.mode !== 'edit') this.#enteredFromView = false;
    this.records.sync(session !== undefined && layout !== undefined);
    if (!session || !layout) return;
    if (
      (host.mode === 'create' || this.records.caseRecord) &&
      (this.#currentStartKey() !== this.#startedFor || layout !== this.#startedWith)
    ) {
      this.#start(session, layout);
    }
  }

  /** The form is started for what it shows now (no restart on the next update). */
  markStarted(): void {
    this.#startedFor = this.#currentStartKey();
  }

  /** Starts the form over on the next update (from the defaults, the case or a draft). */
  restart(): void {
    this.#startedFor = '';
    this.host.requestUpdate();
  }

  #contextKey(): string {
    const host = this.host;
    if (host.mode !== 'create') return `case:${host.caseId ?? ''}`;
    const parts = ['create'];
    if (host.interactionId) parts.push(`interaction:${host.interactionId}`);
    if (host.crmCardId) parts.push(`crm-card:${host.crmCardId}`);
    return parts.join(':');
  }

  #currentStartKey(): string {
    const version = this.records.caseRecord?.version ?? '';
    return [this.host.mode, this.session?.agent.id, this.#contextKey(), version].join('|');
  }

  /** Starts the form from the case or the defaults, then from the draft if there is one. */
  #start(session: Session, layout: Layout): void {
    this.#startedFor = this.#currentStartKey();
    this.#startedWith = layout;
    this.ready = true;
    this.saveFlow.conflict = undefined;
    this.saveFlow.saveError = undefined;
    this.draftNotice = undefined;
    const mode = this.host.mode;
    const record = this.records.caseRecord;
    const base = mode === 'create' || !record ? createValues(session, layout) : valuesOfCase(record);
    const draft = this.drafts.read();
    this.saveFlow.idempotencyKey = mode === 'create' ? draft?.idempotencyKey : undefined;
    if (!draft) {
      this.form.reset(base);
      return;
    }
    if (mode === 'view') {
      this.form.reset(base);
      this.draftNotice = { kind: 'pending', savedAt: draft.savedAt };
      return;
    }
    this.draftNotice = { kind: 'restored', savedAt: draft.savedAt };
    if (mode === 'edit' && record && draft.base && draft.base.version !== record.version) {
      this.saveFlow.startConflict(record, draft.base, draft.values);
      return;
    }
    this.form.reset(
      base,
      mode === 'edit' ? { ...draft.values, statusId: base.statusId ?? '' } : draft.values,
    );
  }

  // ------------------------------------------------------------------ drafts

  #draftKey(): string | undefined {
    const agentId = this.session?.agent.id;
    return agentId === undefined ? undefined : draftKey(agentId, this.#contextKey());
  }

  /** The draft to keep now: none in view mode, and none left once nothing is unsaved. */
  #draft(): CaseDraft | null | undefined {
    if (!this.ready || this.host.mode === 'view') return undefined;
    const idempotencyKey = this.saveFlow.idempotencyKey;
    if (!this.form.dirty && idempotencyKey === undefined) return null;
    const record = this.records.caseRecord;
    return {
      savedAt: Date.now(),
      values: this.form.values,
      ...(this.host.mode === 'edit' && record
        ? { base: { ...this.form.base, version: record.version } }
        : {}),
      ...(idempotencyKey ? { idempotencyKey } : {}),
    };
  }

  /** Called on every change the agent makes. */
  changed(): void {
    this.saveFlow.saveError = undefined;
    this.drafts.schedule();
  }

  /** Drops the draft and starts over from the case or the defaults. */
  discard(): void {
    this.drafts.remove();
    this.saveFlow.idempotencyKey = undefined;
    this.restart();
  }

  // ------------------------------------------------------------------ modes

  /** The agent chose to cancel (and confirmed if the form was dirty). */
  cancel(dirty: boolean): void {
    if (!this.host.dispatchEvent(new CancelEvent({ dirty }))) return;
    this.discard();
    this.leaveEditing();
  }

  /** The Edit button of view mode. */
  startEditing(): void {
    this.#enteredFromView = true;
    this.host.mode = 'edit';
    void this.host.updateComplete.then(() => this.#focusFirst(fieldOrder(this.layout!)));
  }

  /** After a cancel or a saved edit: back to view mode if the agent came from there. */
  leaveEditing(): void {
    if (this.#enteredFromView) this.host.mode = 'view';
  }

  describe(error: unknown): string {
    const t = this.t();
    if (!isCaseKitError(error)) return t.t('error.unknown');
    if (error.code === 'unavailable' && error.retryAfter) {
      return t.t('error.unavailable-retry', { count: error.retryAfter });
    }
    return t.t(`error.${error.code}`);
  }

  // ------------------------------------------------------------------ focus

  focusFirstInvalid(issues: Readonly<Record<string, unknown>>): void {
    const order = fieldOrder(this.layout!).filter((key) => Object.hasOwn(issues, key));
    void this.host.updateComplete.then(() => this.#focusFirst(order, true));
  }

  focusField(key: string): void {
    this.#focusFirst([key]);
  }

  #focusFirst(keys: readonly string[], summaryFallback = false): void {
    const root = this.host.renderRoot;
    for (const key of keys) {
      const control = root.querySelector<HTMLElement>(`#${CSS.escape(controlId(key))}`);
      if (control && control.tagName !== 'SPAN') {
        control.focus();
        return;
      }
    }
    if (summaryFallback) root.querySelector<HTMLElement>('.summary')?.focus();
  }
}
