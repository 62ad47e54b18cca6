import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldIssue } from '../adapters/errors.js';
import { fieldDefinition, isFieldVisible, isEmptyFieldValue, sameFieldValue } from '../model/layout.js';
import { validateCaseInput } from '../model/validation.js';
import type { CasePatch, FieldValue, Layout, NewCase } from '../model/types.js';
import type { FormValues } from './draft-store.js';

export type FormMode = 'create' | 'edit';

/**
 * The values of one case form and what is wrong with them: the values the agent started from (the
 * case, or the layout defaults), what they typed, which fields they have left (touched), and the
 * issues found by the layout rules and by the backend. It re-renders its host on every change.
 *
 * Issues show as the agent works (a field's issue once they leave it, then on every keystroke) and
 * all at once after a save attempt; a backend issue stays on its field until the field changes.
 */
export class FormStateController implements ReactiveController {
  /**
   * The layout rules every `issues()` call runs; a seam for tests that count validation runs (the
   * result is kept per values, starting values, backend issues, layout and mode, so an update runs
   * it at most once).
   */
  static validate: typeof validateCaseInput = validateCaseInput;

  readonly #host: ReactiveControllerHost;
  #base: FormValues = { title: '', fields: {} };
  #values: FormValues = { title: '', fields: {} };
  #touched = new Set<string>();
  #server: Record<string, FieldIssue> = {};
  #attempted = false;
  #issuesMemo:
    | {
        readonly values: FormValues;
        readonly base: FormValues;
        readonly server: Record<string, FieldIssue>;
        readonly layout: Layout;
        readonly mode: FormMode;
        readonly issues: Record<string, FieldIssue>;
      }
    | undefined;
  #shownMemo:
    | {
        readonly all: Record<string, FieldIssue>;
        readonly touched: ReadonlySet<string>;
        readonly shown: Record<string, FieldIssue>;
      }
    | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the agent started from. */
  get base(): FormValues {
    return this.#base;
  }

  /** The current values. */
  get values(): FormValues {
    return this.#values;
  }

  /** Whether a save was attempted since the last reset (every issue then shows). */
  get attempted(): boolean {
    return this.#attempted;
  }

  /** Starts over from these values (a loaded case, the defaults, a saved case). */
  reset(base: FormValues, values: FormValues = base): void {
    this.#base = base;
    this.#values = values;
    this.#touched = new Set();
    this.#server = {};
    this.#attempted = false;
    this.#host.requestUpdate();
  }

  /** Takes new starting values (the latest version after a conflict), keeping what the agent typed. */
  rebase(base: FormValues): void {
    this.#base = base;
    this.#host.requestUpdate();
  }

  set(key: string, value: FieldValue): void {
    if (key === 'title') this.#values = { ...this.#values, title: typeof value === 'string' ? value : '' };
    else if (key === 'status') this.#values = { ...this.#values, statusId: String(value ?? '') };
    else this.#values = { ...this.#values, fields: { ...this.#values.fields, [key]: value } };
    if (Object.hasOwn(this.#server, key)) {
      const server = { ...this.#server };
      delete server[key];
      this.#server = server;
    }
    this.#host.requestUpdate();
  }

  value(key: string): FieldValue {
    if (key === 'title') return this.#values.title;
    if (key === 'status') return this.#values.statusId ?? null;
    return Object.hasOwn(this.#values.fields, key) ? (this.#values.fields[key] ?? null) : null;
  }

  touch(key: string): void {
    if (this.#touched.has(key)) return;
    this.#touched = new Set(this.#touched).add(key);
    this.#host.requestUpdate();
  }

  markAttempted(): void {
    this.#attempted = true;
    this.#host.requestUpdate();
  }

  /** Issues the backend reported (`CaseKitError.fieldErrors`), each shown until its field changes. */
  setServerIssues(issues: Readonly<Record<string, FieldIssue>>): void {
    this.#server = { ...issues };
    this.#attempted = true;
    this.#host.requestUpdate();
  }

  /** The keys whose value differs from the starting values. */
  changedKeys(): string[] {
    const keys: string[] = [];
    if (this.#values.title !== this.#base.title) keys.push('title');
    if ((this.#values.statusId ?? '') !== (this.#base.statusId ?? '')) keys.push('status');
    const all = new Set([...Object.keys(this.#base.fields), ...Object.keys(this.#values.fields)]);
    for (const key of all) {
      if (!sameFieldValue(this.#values.fields[key], this.#base.fields[key])) keys.push(key);
    }
    return keys;
  }

  get dirty(): boolean {
    return this.changedKeys().length > 0;
  }

  /** The create input: the title, the visible editable fields with a value, the initial status. */
  newCase(layout: Layout): NewCase {
    const fields: Record<string, FieldValue> = {};
    const rules = { fields: this.#values.fields, ...statusOf(this.#values) };
    for (const field of layout.fields) {
      if (field.access !== 'edit' || !isFieldVisible(field, rules)) continue;
      const value = this.#values.fields[field.key];
      if (value !== undefined && !isEmptyFieldValue(value)) fields[field.key] = value;
    }
    return { title: this.#values.title.trim(), fields, ...statusOf(this.#values) };
  }

  /** The edit patch: the title and the editable fields that changed. Never a status or an owner. */
  patch(layout: Layout): CasePatch {
    const fields: Record<string, FieldValue> = {};
    for (const key of this.changedKeys()) {
      const field = fieldDefinition(layout, key);
      if (field?.access !== 'edit') continue;
      const value = this.#values.fields[key];
      fields[key] = value === undefined || isEmptyFieldValue(value) ? null : value;
    }
    const title = this.#values.title !== this.#base.title ? { title: this.#values.title.trim() } : {};
    return Object.keys(fields).length > 0 ? { ...title, fields } : title;
  }

  /**
   * Every issue with the current values (by key), whether shown yet or not. Kept until the values,
   * the starting values, the backend issues, the layout or the mode change.
   */
  issues(layout: Layout, mode: FormMode): Record<string, FieldIssue> {
    const memo = this.#issuesMemo;
    if (
      memo?.values === this.#values &&
      memo.base === this.#base &&
      memo.server === this.#server &&
      memo.layout === layout &&
      memo.mode === mode
    ) {
      return memo.issues;
    }
    const found =
      mode === 'create'
        ? FormStateController.validate(layout, this.newCase(layout), { mode: 'create' })
        : FormStateController.validate(layout, this.patch(layout), {
            mode: 'update',
            current: { statusId: this.#base.statusId ?? '', fields: this.#base.fields },
          });
    const issues = { ...found, ...this.#server };
    this.#issuesMemo = { values: this.#values, base: this.#base, server: this.#server, layout, mode, issues };
    return issues;
  }

  /** The issues to show now: those of fields the agent left, all of them after a save attempt. */
  shownIssues(layout: Layout, mode: FormMode): Record<string, FieldIssue> {
    // Nothing left, saved or refused yet (a form just opened): nothing to show, nothing to validate.
    if (!this.#attempted && this.#touched.size === 0 && Object.keys(this.#server).length === 0) return none;
    const all = this.issues(layout, mode);
    if (this.#attempted) return all;
    const memo = this.#shownMemo;
    if (memo?.all === all && memo.touched === this.#touched) {
      return memo.shown;
    }
    const shown = Object.fromEntries(
      Object.entries(all).filter(([key]) => this.#touched.has(key) || Object.hasOwn(this.#server, key)),
    );
    this.#shownMemo = { all, touched: this.#touched, shown };
    return shown;
  }
}

const none: Record<string, FieldIssue> = Object.freeze({});

function statusOf(values: FormValues): { statusId?: string } {
  return values.statusId ? { statusId: values.statusId } : {};
}
