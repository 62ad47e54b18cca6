import { isCaseKitError, type CaseKitError } from '../../adapters/errors.js';
import type { FormValues } from '../../controllers/draft-store.js';
import { CaseSaveEvent, CaseSavedEvent } from '../../events/case-form.js';
import type { Case, CasePatch, NewCase, Reason } from '../../model/types.js';
import { mergeEdits, valuesOfCase, visibleChanges } from './case-values.js';
import type { FormEditing } from './editing.js';

/** Someone else's version, and the fields they changed that the agent sees. */
export interface Conflict {
  readonly theirs: Case;
  readonly keys: readonly string[];
}

/**
 * Saving a case form: validation first, then one request at a time with one idempotency key per
 * create attempt (kept in the draft, so a retry, even after a reload, never makes two cases), and
 * what a failure leaves: the backend's field errors on their fields, a refusal (read-only with the
 * reason), a failure with Try again, or a conflict, where the agent compares their version with
 * the latest and keeps theirs (all or per field) or re-applies their edits. The draft is kept
 * through every failure.
 */
export class SaveFlow {
  readonly #editing: FormEditing;

  /** A save request is under way. */
  saving = false;
  /** Why the last save failed (text for the agent), with Try again. */
  saveError: string | undefined;
  /** Why the backend refused the last save (the form is then read-only). */
  forbidden: Reason | undefined;
  conflict: Conflict | undefined;
  /** The create attempt's idempotency key, from the first Save press to its success or discard. */
  idempotencyKey: string | undefined;

  constructor(editing: FormEditing) {
    this.#editing = editing;
  }

  async save(): Promise<void> {
    const { host, form, session, layout } = this.#editing;
    const adapter = host.adapter;
    if (this.saving || !session || !layout || !adapter || host.mode === 'view' || this.forbidden) return;
    const creating = host.mode === 'create';
    const mode = creating ? 'create' : 'edit';
    const record = this.#editing.records.caseRecord;
    if (!creating && !record) return;
    form.markAttempted();
    const issues = form.issues(layout, mode);
    if (Object.keys(issues).length > 0) {
      this.#editing.focusFirstInvalid(issues);
      return;
    }
    const newCase: NewCase = {
      ...form.newCase(layout),
      ...(host.crmCardId ? { crmCardId: host.crmCardId } : {}),
      ...(host.interactionId ? { interactionId: host.interactionId } : {}),
    };
    const input: NewCase | CasePatch = creating ? newCase : form.patch(layout);
    if (!creating && Object.keys(input).length === 0) {
      this.#editing.announcement = this.#editing.t().t('caseForm.noChanges');
      host.requestUpdate();
      return;
    }
    if (!host.dispatchEvent(new CaseSaveEvent({ mode, caseId: record?.id, input }))) return;
    if (creating) this.idempotencyKey ??= crypto.randomUUID();
    this.#editing.drafts.flush();
    this.saving = true;
    this.saveError = undefined;
    this.#editing.announcement = this.#editing.t().t('caseForm.saving');
    host.requestUpdate();
    const request = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, host.saveTimeout);
    try {
      const saved = creating
        ? await adapter.createCase(newCase, { idempotencyKey: this.idempotencyKey!, signal: request.signal })
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
    const editing = this.#editing;
    // Nothing is unsaved from here on, even if the host removes the form on ck-case-saved (its
    // last draft write must find nothing to keep); the form restarts on the next update.
    editing.form.reset(created ? editing.form.values : valuesOfCase(saved));
    editing.drafts.remove();
    this.idempotencyKey = undefined;
    this.forbidden = undefined;
    editing.announcement = editing
      .t()
      .t(created ? 'caseForm.created' : 'caseForm.saved', { number: saved.number });
    if (created) editing.restart();
    else editing.records.caseRecord = saved;
    if (!created) editing.leaveEditing();
    editing.host.dispatchEvent(new CaseSavedEvent({ case: saved, created }));
  }

  #failed(error: unknown, timedOut: boolean): void {
    const editing = this.#editing;
    const t = editing.t();
    editing.announcement = '';
    if (isCaseKitError(error, 'validation') && error.fieldErrors) {
      editing.form.setServerIssues(error.fieldErrors);
      editing.focusFirstInvalid(error.fieldErrors);
    } else if (
      isCaseKitError(error, 'conflict') &&
      editing.records.caseRecord &&
      editing.host.mode === 'edit'
    ) {
      void this.#conflictFrom(error);
    } else if (isCaseKitError(error, 'forbidden')) {
      this.forbidden = error.reason ?? { code: 'no-right' };
    } else {
      this.saveError = timedOut
        ? t.t('caseForm.timeout')
        : `${t.t('caseForm.saveFailed')} ${editing.describe(error)}`;
    }
    editing.drafts.flush();
  }

  // ------------------------------------------------------------------ conflicts

  async #conflictFrom(error: CaseKitError): Promise<void> {
    const { form, host, records } = this.#editing;
    const start = form.base;
    const mine = form.values;
    try {
      const theirs = error.current ?? (await host.adapter!.getCase(records.caseRecord!.id));
      this.startConflict(theirs, start, mine);
    } catch (failure) {
      this.saveError = `${this.#editing.t().t('caseForm.saveFailed')} ${this.#editing.describe(failure)}`;
      host.requestUpdate();
    }
  }

  /**
   * Shows their version against the agent's: the form starts from theirs with the agent's edits
   * (from `start` to `mine`) re-applied, and the panel lists the fields they changed.
   */
  startConflict(theirs: Case, start: FormValues, mine: FormValues): void {
    const { form, host, records, layout } = this.#editing;
    const theirValues = valuesOfCase(theirs);
    records.caseRecord = theirs;
    this.conflict = { theirs, keys: visibleChanges(layout!, theirValues, start) };
    form.reset(theirValues, mergeEdits(theirValues, start, mine));
    this.#editing.markStarted();
    this.#editing.drafts.flush();
    host.requestUpdate();
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('.conflict')?.focus());
  }

  keepTheirs(key: string): void {
    const theirs = this.conflict?.theirs;
    if (!theirs) return;
    this.#editing.form.set(key, key === 'title' ? theirs.title : (theirs.fields[key] ?? null));
    this.#editing.changed();
  }

  keepAllTheirs(): void {
    this.conflict = undefined;
    this.#editing.discard();
  }

  reapply(): Promise<void> {
    this.conflict = undefined;
    return this.save();
  }
}
