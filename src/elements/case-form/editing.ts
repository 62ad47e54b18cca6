import type { PropertyValues, ReactiveController } from 'lit';
import type { CaseKitAdapter, CaseKitChange } from '../../adapters/contract.js';
import { isAbortError, isCaseKitError, type CaseKitError } from '../../adapters/errors.js';
import {
  draftKey,
  expireCaseDrafts,
  type CaseDraft,
  type FormValues,
} from '../../controllers/draft-store.js';
import type { FormStateController } from '../../controllers/form-state.js';
import { CancelEvent, CaseSaveEvent, CaseSavedEvent } from '../../events/case-form.js';
import type { Translator } from '../../i18n/strings.js';
import type {
  Case,
  CasePatch,
  CrmCard,
  NewCase,
  InteractionListItem,
  Layout,
  Reason,
  Session,
} from '../../model/types.js';
import type { CaseForm } from './case-form.js';
import { createValues, mergeEdits, valuesOfCase, visibleChanges } from './case-values.js';
import { controlId } from './fields.js';
import { fieldOrder } from './sections.js';

/** Someone else's version, and the fields they changed that the agent sees. */
export interface Conflict {
  readonly theirs: Case;
  readonly keys: readonly string[];
}

const draftWriteDelayMs = 300;

/**
 * What `ck-case-form` does over time: loads the case and the create presets, starts the form from
 * the case, the defaults or a draft, keeps the draft, saves (one request at a time, one idempotency
 * key per create attempt), and handles a conflict, a refusal or a failure. The element renders from
 * its state; the form values live in the `FormStateController`.
 */
export class FormEditing implements ReactiveController {
  readonly #host: CaseForm;
  readonly #form: FormStateController;
  readonly #t: () => Translator;

  caseRecord: Case | undefined;
  loadError: string | undefined;
  interaction: InteractionListItem | undefined;
  crmCard: CrmCard | undefined;
  presetFailed = false;
  saving = false;
  saveError: string | undefined;
  announcement = '';
  /** Why the backend refused the last save (the form is then read-only). */
  forbidden: Reason | undefined;
  conflict: Conflict | undefined;
  draftNotice: { readonly kind: 'restored' | 'pending'; readonly savedAt: number } | undefined;
  /** Whether the form was started for the current mode, case and agent. */
  ready = false;

  #session: Session | undefined;
  #layout: Layout | undefined;
  #adapter: CaseKitAdapter | undefined;
  #initKey = '';
  #initLayout: Layout | undefined;
  #loadKey: string | undefined;
  #presetKey: string | undefined;
  #load: AbortController | undefined;
  #presets: AbortController | undefined;
  #unsubscribe: (() => void) | undefined;
  #subscribedTo: CaseKitAdapter | undefined;
  #draftTimer: ReturnType<typeof setTimeout> | undefined;
  #idempotencyKey: string | undefined;
  #enteredFromView = false;

  constructor(
    host: CaseForm,
    form: FormStateController,
    options: { element: CaseForm; translator: () => Translator },
  ) {
    this.#host = host;
    this.#form = form;
    this.#t = options.translator;
    host.addController(this);
  }

  hostConnected(): void {}

  connect(): void {
    expireCaseDrafts(this.#host.draftStore, this.#host.draftTtl);
    window.addEventListener('pagehide', this.#flushDraft);
    if (this.#host.hasUpdated) {
      this.#loadKey = undefined;
      this.#presetKey = undefined;
      this.#host.requestUpdate();
    }
  }

  disconnect(): void {
    window.removeEventListener('pagehide', this.#flushDraft);
    this.#flushDraft();
    this.#load?.abort();
    this.#presets?.abort();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribedTo = undefined;
  }

  /** Called from `willUpdate`: (re)loads and (re)starts the form when what it shows changed. */
  sync(changed: PropertyValues, session: Session | undefined, layout: Layout | undefined): void {
    const host = this.#host;
    this.#session = session;
    this.#layout = layout;
    this.#adapter = host.adapter;
    if (changed.has('mode') && host.mode !== 'edit') this.#enteredFromView = false;
    this.#subscribe(host.adapter);
    if (!session || !layout) return;
    const creating = host.mode === 'create';
    if (!creating && host.adapter && `${host.caseId}` !== this.#loadKey) this.#fetchCase();
    if (creating && host.adapter && this.#presetsKey() !== this.#presetKey) this.#fetchPresets();
    if (
      (creating || this.caseRecord) &&
      (this.#currentInitKey() !== this.#initKey || layout !== this.#initLayout)
    ) {
      this.#start(session, layout);
    }
  }

  reload(): void {
    this.#loadKey = undefined;
    this.#host.requestUpdate();
  }

  #contextKey(): string {
    const host = this.#host;
    if (host.mode !== 'create') return `case:${host.caseId ?? ''}`;
    const parts = ['create'];
    if (host.interactionId) parts.push(`interaction:${host.interactionId}`);
    if (host.crmCardId) parts.push(`crm-card:${host.crmCardId}`);
    return parts.join(':');
  }

  #presetsKey(): string {
    return `${this.#host.interactionId ?? ''}|${this.#host.crmCardId ?? ''}`;
  }

  #currentInitKey(): string {
    const mode = this.#host.mode;
    return [mode, this.#session?.agent.id, this.#contextKey(), this.caseRecord?.version ?? ''].join('|');
  }

  #draftKey(): string | undefined {
    const agentId = this.#session?.agent.id;
    return agentId === undefined ? undefined : draftKey(agentId, this.#contextKey());
  }

  #readDraft(): CaseDraft | undefined {
    const key = this.#draftKey();
    if (key === undefined) return undefined;
    const draft = this.#host.draftStore.get(key);
    if (draft && Date.now() - draft.savedAt > this.#host.draftTtl) {
      this.#host.draftStore.delete(key);
      return undefined;
    }
    return draft;
  }

  /** Starts the form from the case or the defaults, then from the draft if there is one. */
  #start(session: Session, layout: Layout): void {
    this.#initKey = this.#currentInitKey();
    this.#initLayout = layout;
    this.ready = true;
    this.conflict = undefined;
    this.saveError = undefined;
    this.draftNotice = undefined;
    const mode = this.#host.mode;
    const record = this.caseRecord;
    const base = mode === 'create' || !record ? createValues(session, layout) : valuesOfCase(record);
    const draft = this.#readDraft();
    this.#idempotencyKey = mode === 'create' ? draft?.idempotencyKey : undefined;
    if (!draft) {
      this.#form.reset(base);
      return;
    }
    if (mode === 'view') {
      this.#form.reset(base);
      this.draftNotice = { kind: 'pending', savedAt: draft.savedAt };
      return;
    }
    this.draftNotice = { kind: 'restored', savedAt: draft.savedAt };
    if (mode === 'edit' && record && draft.base && draft.base.version !== record.version) {
      this.#startConflict(record, draft.base, draft.values);
      return;
    }
    this.#form.reset(
      base,
      mode === 'edit' ? { ...draft.values, statusId: base.statusId ?? '' } : draft.values,
    );
  }

  #fetchCase(): void {
    const adapter = this.#host.adapter;
    const id = this.#host.caseId;
    this.#load?.abort();
    this.#loadKey = `${id}`;
    this.loadError = undefined;
    if (!adapter || !id) return;
    const request = new AbortController();
    this.#load = request;
    adapter.getCase(id, { signal: request.signal }).then(
      (record) => {
        if (request.signal.aborted) return;
        this.caseRecord = record;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (request.signal.aborted || isAbortError(error)) return;
        this.caseRecord = undefined;
        this.ready = false;
        this.loadError = this.#describe(error);
        this.#host.requestUpdate();
      },
    );
  }

  #fetchPresets(): void {
    const { adapter, interactionId, crmCardId } = this.#host;
    this.#presets?.abort();
    this.#presetKey = this.#presetsKey();
    this.interaction = undefined;
    this.crmCard = undefined;
    this.presetFailed = false;
    if (!adapter || (!interactionId && !crmCardId)) return;
    const request = new AbortController();
    this.#presets = request;
    const { signal } = request;
    const load = async () => {
      const interaction = interactionId ? await adapter.getInteraction(interactionId, { signal }) : undefined;
      const cardId = crmCardId ?? interaction?.crmCardId;
      const card = cardId ? await adapter.getCrmCard(cardId, { signal }) : undefined;
      return { interaction, card };
    };
    load().then(
      ({ interaction, card }) => {
        if (signal.aborted) return;
        this.interaction = interaction;
        this.crmCard = card;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (signal.aborted || isAbortError(error)) return;
        this.presetFailed = true;
        this.#host.requestUpdate();
      },
    );
  }

  #subscribe(adapter: CaseKitAdapter | undefined): void {
    if (adapter === this.#subscribedTo || !this.#host.isConnected) return;
    this.#unsubscribe?.();
    this.#subscribedTo = adapter;
    this.#unsubscribe = adapter?.subscribe(this.#onChange);
  }

  readonly #onChange = (change: CaseKitChange): void => {
    const record = this.caseRecord;
    if (!record || change.caseId !== record.id || this.#host.mode === 'create') return;
    if (change.version !== undefined && change.version === record.version) return;
    // Fresh values for a form the agent is not changing; a dirty one finds out on save (conflict).
    if (!this.#form.dirty && !this.saving) this.reload();
  };

  // ------------------------------------------------------------------ drafts

  /** Called on every change the agent makes. */
  changed(): void {
    this.saveError = undefined;
    clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(this.#flushDraft, draftWriteDelayMs);
  }

  readonly #flushDraft = (): void => {
    clearTimeout(this.#draftTimer);
    this.#draftTimer = undefined;
    const key = this.#draftKey();
    if (key === undefined || !this.ready || this.#host.mode === 'view') return;
    const store = this.#host.draftStore;
    if (!this.#form.dirty && this.#idempotencyKey === undefined) {
      store.delete(key);
      return;
    }
    const record = this.caseRecord;
    const draft: CaseDraft = {
      savedAt: Date.now(),
      values: this.#form.values,
      ...(this.#host.mode === 'edit' && record
        ? { base: { ...this.#form.base, version: record.version } }
        : {}),
      ...(this.#idempotencyKey ? { idempotencyKey: this.#idempotencyKey } : {}),
    };
    store.set(key, draft);
  };

  /** Drops the draft and starts over from the case or the defaults. */
  discard(): void {
    const key = this.#draftKey();
    if (key !== undefined) this.#host.draftStore.delete(key);
    this.#idempotencyKey = undefined;
    this.#initKey = '';
    this.#host.requestUpdate();
  }

  /** The agent chose to cancel (and confirmed if the form was dirty). */
  cancel(dirty: boolean): void {
    if (!this.#host.dispatchEvent(new CancelEvent({ dirty }))) return;
    this.discard();
    if (this.#enteredFromView) this.#host.mode = 'view';
  }

  /** The Edit button of view mode. */
  startEditing(): void {
    this.#enteredFromView = true;
    this.#host.mode = 'edit';
    void this.#host.updateComplete.then(() => this.#focusFirst(fieldOrder(this.#layout!)));
  }

  // ------------------------------------------------------------------ conflicts

  #startConflict(theirs: Case, start: FormValues, mine: FormValues): void {
    const theirValues = valuesOfCase(theirs);
    this.caseRecord = theirs;
    this.conflict = { theirs, keys: visibleChanges(this.#layout!, theirValues, start) };
    this.#form.reset(theirValues, mergeEdits(theirValues, start, mine));
    this.#initKey = this.#currentInitKey();
    this.#flushDraft();
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>('.conflict')?.focus(),
    );
  }

  keepTheirs(key: string): void {
    const theirs = this.conflict?.theirs;
    if (!theirs) return;
    this.#form.set(key, key === 'title' ? theirs.title : (theirs.fields[key] ?? null));
    this.changed();
  }

  keepAllTheirs(): void {
    this.conflict = undefined;
    this.discard();
  }

  reapply(): Promise<void> {
    this.conflict = undefined;
    return this.save();
  }

  // ------------------------------------------------------------------ save

  async save(): Promise<void> {
    const host = this.#host;
    const session = this.#session;
    const layout = this.#layout;
    const adapter = this.#adapter;
    if (this.saving || !session || !layout || !adapter || host.mode === 'view' || this.forbidden) return;
    const creating = host.mode === 'create';
    const mode = creating ? 'create' : 'edit';
    const record = this.caseRecord;
    if (!creating && !record) return;
    this.#form.markAttempted();
    const issues = this.#form.issues(layout, mode);
    if (Object.keys(issues).length > 0) {
      this.#focusFirstInvalid(issues);
      return;
    }
    const newCase: NewCase = {
      ...this.#form.newCase(layout),
      ...(host.crmCardId ? { crmCardId: host.crmCardId } : {}),
      ...(host.interactionId ? { interactionId: host.interactionId } : {}),
    };
    const input: NewCase | CasePatch = creating ? newCase : this.#form.patch(layout);
    if (!creating && Object.keys(input).length === 0) {
      this.announcement = this.#t().t('caseForm.noChanges');
      host.requestUpdate();
      return;
    }
    if (!host.dispatchEvent(new CaseSaveEvent({ mode, caseId: record?.id, input }))) return;
    // One key per attempt, kept in the draft, so a retry (even after a reload) never makes two cases.
    if (creating) this.#idempotencyKey ??= crypto.randomUUID();
    this.#flushDraft();
    this.saving = true;
    this.saveError = undefined;
    this.announcement = this.#t().t('caseForm.saving');
    host.requestUpdate();
    const request = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, host.saveTimeout);
    try {
      const saved = creating
        ? await adapter.createCase(newCase, { idempotencyKey: this.#idempotencyKey!, signal: request.signal })
        : await adapter.updateCase(record!.id, input as CasePatch, {
            version: record!.version,
            signal: request.signal,
          });
      this.#saved(saved, creating);
    } catch (error) {
      this.#failed(error, timedOut);
    } finally {
      clearTimeout(timer);
      this.saving = false;
      host.requestUpdate();
    }
  }

  #saved(saved: Case, created: boolean): void {
    const key = this.#draftKey();
    if (key !== undefined) this.#host.draftStore.delete(key);
    this.#idempotencyKey = undefined;
    this.forbidden = undefined;
    const t = this.#t();
    this.announcement = t.t(created ? 'caseForm.created' : 'caseForm.saved', { number: saved.number });
    if (created) this.#initKey = '';
    else this.caseRecord = saved;
    if (!created && this.#enteredFromView) this.#host.mode = 'view';
    this.#host.dispatchEvent(new CaseSavedEvent({ case: saved, created }));
  }

  #failed(error: unknown, timedOut: boolean): void {
    const t = this.#t();
    this.announcement = '';
    if (isCaseKitError(error, 'validation') && error.fieldErrors) {
      this.#form.setServerIssues(error.fieldErrors);
      this.#focusFirstInvalid(error.fieldErrors);
    } else if (isCaseKitError(error, 'conflict') && this.caseRecord && this.#host.mode === 'edit') {
      void this.#conflictFrom(error);
    } else if (isCaseKitError(error, 'forbidden')) {
      this.forbidden = error.reason ?? { code: 'no-right' };
    } else {
      this.saveError = timedOut
        ? t.t('caseForm.timeout')
        : `${t.t('caseForm.saveFailed')} ${this.#describe(error)}`;
    }
    this.#flushDraft();
  }

  async #conflictFrom(error: CaseKitError): Promise<void> {
    const start = this.#form.base;
    const mine = this.#form.values;
    try {
      const theirs = error.current ?? (await this.#adapter!.getCase(this.caseRecord!.id));
      this.#startConflict(theirs, start, mine);
    } catch (failure) {
      this.saveError = `${this.#t().t('caseForm.saveFailed')} ${this.#describe(failure)}`;
      this.#host.requestUpdate();
    }
  }

  #describe(error: unknown): string {
    const t = this.#t();
    if (!isCaseKitError(error)) return t.t('error.unknown');
    if (error.code === 'unavailable' && error.retryAfter) {
      return t.t('error.unavailable-retry', { count: error.retryAfter });
    }
    return t.t(`error.${error.code}`);
  }

  // ------------------------------------------------------------------ focus

  #focusFirstInvalid(issues: Readonly<Record<string, unknown>>): void {
    const order = fieldOrder(this.#layout!).filter((key) => Object.hasOwn(issues, key));
    void this.#host.updateComplete.then(() => this.#focusFirst(order, true));
  }

  #focusFirst(keys: readonly string[], summaryFallback = false): void {
    const root = this.#host.renderRoot;
    for (const key of keys) {
      const control = root.querySelector<HTMLElement>(`#${CSS.escape(controlId(key))}`);
      if (control && control.tagName !== 'SPAN') {
        control.focus();
        return;
      }
    }
    if (summaryFallback) root.querySelector<HTMLElement>('.summary')?.focus();
  }

  focusField(key: string): void {
    this.#focusFirst([key]);
  }
}
