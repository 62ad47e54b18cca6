import type { Case, FieldValue } from '../model/types.js';

/**
 * The case actions' events: each mutation has a cancelable request, fired before the adapter call
 * (the host may veto it with `preventDefault()`), and a result, fired after the adapter succeeded.
 * All bubble and are composed, so a host listens for them on any ancestor or on `document`.
 */

const request = { bubbles: true, composed: true, cancelable: true } as const;
const result = { bubbles: true, composed: true } as const;

/**
 * The agent chose a new owner for a case (`ck-owner-picker`). Cancel it to keep the owner.
 *
 * @example
 * ```ts
 * picker.addEventListener('ck-owner-change', (event) => {
 *   if (!confirm(`Transfer to ${event.ownerId}?`)) event.preventDefault();
 * });
 * ```
 */
export class OwnerChangeEvent extends Event {
  static readonly eventName = 'ck-owner-change' as const;
  readonly caseId: string;
  /** The agent who would become owner. */
  readonly ownerId: string;

  constructor(detail: { caseId: string; ownerId: string }) {
    super(OwnerChangeEvent.eventName, request);
    this.caseId = detail.caseId;
    this.ownerId = detail.ownerId;
  }
}

/** The adapter transferred the case. `visible` is false when the agent can no longer see it. */
export class CaseTransferredEvent extends Event {
  static readonly eventName = 'ck-case-transferred' as const;
  /** The case as the adapter returned it. */
  readonly case: Case;
  /** Whether the case is still within the agent's visibility after the transfer. */
  readonly visible: boolean;

  constructor(detail: { case: Case; visible: boolean }) {
    super(CaseTransferredEvent.eventName, result);
    this.case = detail.case;
    this.visible = detail.visible;
  }
}

/**
 * The agent chose a new status for a case (`ck-status-picker`), with the values of the fields that
 * status makes required when there were any. Cancel it to keep the status.
 */
export class StatusChangeEvent extends Event {
  static readonly eventName = 'ck-status-change' as const;
  readonly caseId: string;
  readonly statusId: string;
  /** Fields the new status requires, as the agent filled them in (saved before the status changes). */
  readonly fields: Readonly<Record<string, FieldValue>> | undefined;

  constructor(detail: { caseId: string; statusId: string; fields?: Readonly<Record<string, FieldValue>> }) {
    super(StatusChangeEvent.eventName, request);
    this.caseId = detail.caseId;
    this.statusId = detail.statusId;
    this.fields = detail.fields;
  }
}

/** The adapter changed the case's status. */
export class CaseStatusChangedEvent extends Event {
  static readonly eventName = 'ck-case-status-changed' as const;
  /** The case as the adapter returned it. */
  readonly case: Case;

  constructor(detail: { case: Case }) {
    super(CaseStatusChangedEvent.eventName, result);
    this.case = detail.case;
  }
}

/** The agent confirmed the deletion of a case (`ck-delete-case`). Cancel it to keep the case. */
export class CaseDeleteEvent extends Event {
  static readonly eventName = 'ck-case-delete' as const;
  readonly caseId: string;

  constructor(detail: { caseId: string }) {
    super(CaseDeleteEvent.eventName, request);
    this.caseId = detail.caseId;
  }
}

/** The adapter deleted the case; it cannot be retrieved. */
export class CaseDeletedEvent extends Event {
  static readonly eventName = 'ck-case-deleted' as const;
  readonly caseId: string;

  constructor(detail: { caseId: string }) {
    super(CaseDeletedEvent.eventName, result);
    this.caseId = detail.caseId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-owner-change': OwnerChangeEvent;
    'ck-case-transferred': CaseTransferredEvent;
    'ck-status-change': StatusChangeEvent;
    'ck-case-status-changed': CaseStatusChangedEvent;
    'ck-case-delete': CaseDeleteEvent;
    'ck-case-deleted': CaseDeletedEvent;
  }
}
