import type { CaseListViewState } from '../elements/case-list/view-state.js';

/**
 * The agent activated a case row (click, or Enter on the focused row). The host opens the case,
 * e.g. in a `ck-case-workspace`.
 *
 * @example
 * ```ts
 * list.addEventListener('ck-case-open', (event) => workspace.open(event.caseId));
 * ```
 */
export class CaseOpenEvent extends Event {
  static readonly eventName = 'ck-case-open' as const;
  /** Id of the case to open. */
  readonly caseId: string;

  constructor(detail: { caseId: string }) {
    super(CaseOpenEvent.eventName, { bubbles: true, composed: true });
    this.caseId = detail.caseId;
  }
}

/**
 * The agent asked for a new case ("New case"). From a list scoped to one CRM card, the new case
 * should be linked to that card: `crmCardId` carries it.
 */
export class CaseCreateEvent extends Event {
  static readonly eventName = 'ck-case-create' as const;
  /** The CRM card to link the new case to, when the list shows one card's cases. */
  readonly crmCardId: string | undefined;
  /** Not set by the list; kept so every `ck-case-create` has the same shape. */
  readonly interactionId: string | undefined;

  constructor(detail: { crmCardId?: string | undefined; interactionId?: string | undefined } = {}) {
    super(CaseCreateEvent.eventName, { bubbles: true, composed: true });
    this.crmCardId = detail.crmCardId;
    this.interactionId = detail.interactionId;
  }
}

/**
 * The agent changed the sort, the filters or the search. Fired on user action only, never because
 * the host set `viewState`.
 */
export class ViewChangeEvent extends Event {
  static readonly eventName = 'ck-view-change' as const;
  /** The list's new view state. */
  readonly viewState: CaseListViewState;

  constructor(detail: { viewState: CaseListViewState }) {
    super(ViewChangeEvent.eventName, { bubbles: true, composed: true });
    this.viewState = detail.viewState;
  }
}

declare global {
  interface HTMLElementEventMap {
    'ck-case-open': CaseOpenEvent;
    'ck-case-create': CaseCreateEvent;
    'ck-view-change': ViewChangeEvent;
  }
}
