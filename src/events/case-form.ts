import type { Case, CasePatch, NewCase } from '../model/types.js';

/**
 * The agent pressed Save on a `ck-case-form` whose values are valid: fired before the adapter call.
 * Cancelable: `preventDefault()` stops the save (the form keeps the values and the draft).
 *
 * @example
 * ```ts
 * form.addEventListener('ck-case-save', (event) => {
 *   if (event.mode === 'create' && !confirmNewCase(event.input)) event.preventDefault();
 * });
 * ```
 */
export class CaseSaveEvent extends Event {
  static readonly eventName = 'ck-case-save' as const;
  /** `create` (the input is a `NewCase`) or `edit` (the input is a `CasePatch` of `caseId`). */
  readonly mode: 'create' | 'edit';
  /** Id of the edited case; undefined for a create. */
  readonly caseId: string | undefined;
  /** What will be sent to the adapter: a `NewCase` for a create, a `CasePatch` for an edit. */
  readonly input: NewCase | CasePatch;

  constructor(detail: { mode: 'create' | 'edit'; caseId?: string | undefined; input: NewCase | CasePatch }) {
    super(CaseSaveEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.mode = detail.mode;
    this.caseId = detail.caseId;
    this.input = detail.input;
  }
}

/** A `ck-case-form` saved: the backend created or updated the case. */
export class CaseSavedEvent extends Event {
  static readonly eventName = 'ck-case-saved' as const;
  /** The case as the backend returned it. */
  readonly case: Case;
  /** true for a new case, false for an edit. */
  readonly created: boolean;

  constructor(detail: { case: Case; created: boolean }) {
    super(CaseSavedEvent.eventName, { bubbles: true, composed: true });
    this.case = detail.case;
    this.created = detail.created;
  }
}

/**
 * The agent cancelled (a form's Cancel, after confirming when there were unsaved changes).
 * Cancelable: `preventDefault()` keeps the element as it is (its values and its draft).
 * Without a veto, the form drops its changes and its draft.
 */
export class CancelEvent extends Event {
  static readonly eventName = 'ck-cancel' as const;
  /** Whether there were unsaved changes (the agent already confirmed dropping them). */
  readonly dirty: boolean;

  constructor(detail: { dirty: boolean }) {
    super(CancelEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.dirty = detail.dirty;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-case-save': CaseSaveEvent;
    'ck-case-saved': CaseSavedEvent;
    'ck-cancel': CancelEvent;
  }
}
