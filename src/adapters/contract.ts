import type {
  Agent,
  AgentQuery,
  Case,
  CasePatch,
  CaseQuery,
  CrmCard,
  CrmCardQuery,
  InteractionListItem,
  InteractionQuery,
  NewCase,
  Page,
  Session,
} from '../model/types.js';

/** Options every adapter method takes last. */
export interface CallOptions {
  /** Aborting rejects the call with an `AbortError` DOMException and changes nothing. */
  readonly signal?: AbortSignal;
}

/** For changes conditional on the case version the caller last saw. */
export interface VersionedCallOptions extends CallOptions {
  readonly version: number;
}

export interface CreateCallOptions extends CallOptions {
  /** One key per agent intent: a replay with the same key returns the first result. */
  readonly idempotencyKey?: string;
}

export interface LinkCallOptions extends CallOptions {
  /** Move an interaction already linked to another case (otherwise that is a `conflict`). */
  readonly move?: boolean;
  /** The target case's version, checked when given. */
  readonly version?: number;
}

export type ChangeType =
  'case-created' | 'case-updated' | 'case-deleted' | 'interaction-linked' | 'interaction-unlinked';

/** A change announced by `subscribe`, whoever made it. */
export interface CaseKitChange {
  readonly type: ChangeType;
  readonly caseId: string;
  readonly interactionId?: string;
  /** For a moved interaction: the case it left. */
  readonly previousCaseId?: string;
  /** The case's version after the change, when it still exists. */
  readonly version?: number;
}

export type ChangeListener = (change: CaseKitChange) => void;

/**
 * The only seam between the elements and a backend. Implementations: `MemoryAdapter`, `RestAdapter`,
 * or a host's own (check it with `runAdapterConformance`).
 *
 * Every failure rejects with a `CaseKitError`, except an abort, which rejects with the platform's
 * `AbortError` DOMException.
 */
export interface CaseKitAdapter {
  getSession(options?: CallOptions): Promise<Session>;
  /** Agents by id (unknown ids are left out). */
  getAgents(ids: readonly string[], options?: CallOptions): Promise<Agent[]>;

  /** Visible cases, searched, filtered, sorted and paged by the backend. */
  listCases(query: CaseQuery, options?: CallOptions): Promise<Page<Case>>;
  getCase(id: string, options?: CallOptions): Promise<Case>;
  /** Creates the case with its CRM card and interaction links in one step, or not at all. */
  createCase(input: NewCase, options?: CreateCallOptions): Promise<Case>;
  /** Refuses a patch that touches `ownerId` or `statusId` (`validation`). */
  updateCase(id: string, patch: CasePatch, options: VersionedCallOptions): Promise<Case>;
  deleteCase(id: string, options: VersionedCallOptions): Promise<void>;
  transferCase(id: string, ownerId: string, options: VersionedCallOptions): Promise<Case>;
  setCaseStatus(id: string, statusId: string, options: VersionedCallOptions): Promise<Case>;

  searchAgents(query: AgentQuery, options?: CallOptions): Promise<Page<Agent>>;

  listInteractions(query: InteractionQuery, options?: CallOptions): Promise<Page<InteractionListItem>>;
  getInteraction(id: string, options?: CallOptions): Promise<InteractionListItem>;
  linkInteraction(
    interactionId: string,
    caseId: string,
    options?: LinkCallOptions,
  ): Promise<InteractionListItem>;
  unlinkInteraction(interactionId: string, options?: CallOptions): Promise<InteractionListItem>;

  searchCrmCards(query: CrmCardQuery, options?: CallOptions): Promise<Page<CrmCard>>;
  getCrmCard(id: string, options?: CallOptions): Promise<CrmCard>;
  setCaseCrmCard(caseId: string, crmCardId: string | null, options: VersionedCallOptions): Promise<Case>;

  /** Change notifications, for changes made here and by others. Returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void;
}
