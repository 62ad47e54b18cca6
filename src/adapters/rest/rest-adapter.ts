import type {
  CallOptions,
  CaseKitAdapter,
  CaseKitChange,
  ChangeListener,
  CreateCallOptions,
  LinkCallOptions,
  VersionedCallOptions,
} from '../contract.js';
import type { CaseKitError } from '../errors.js';
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
} from '../../model/types.js';
import { ChangeFeed } from './change-feed.js';
import { HttpClient, segment, type FetchFunction, type HeadersOption } from './http-client.js';
import { OwnChanges } from './own-changes.js';
import {
  encodeAgentQuery,
  encodeCaseQuery,
  encodeCrmCardQuery,
  encodeIds,
  encodeInteractionQuery,
} from './query-string.js';

export interface RestAdapterOptions {
  /** Where the REST contract is served, absolute or relative to the page (`/api`, `https://…/casekit/v1`). */
  readonly baseUrl: string;
  /** Sent with every request; a function is called per request (sync or async), e.g. to refresh a token. */
  readonly headers?: HeadersOption;
  /** Replaces the global `fetch` (tests, instrumentation). */
  readonly fetch?: FetchFunction;
  /**
   * How changes made by others reach `subscribe`: server-sent events (default, with a polling fallback),
   * polling only, or `off` (listeners then hear only about changes made through this adapter).
   */
  readonly changeFeed?: 'sse' | 'poll' | 'off';
  /** Polling period when polling (default 5,000 ms). */
  readonly pollIntervalMs?: number;
  /** First reconnection delay of the change feed after a failure, doubled up to 30 s (default 1,000 ms). */
  readonly retryMs?: number;
}

/** Fired by a `RestAdapter` when the server answers 401: the host should sign the agent in again. */
export class AdapterUnauthenticatedEvent extends Event {
  static readonly type = 'unauthenticated';
  readonly error: CaseKitError;
  constructor(error: CaseKitError) {
    super(AdapterUnauthenticatedEvent.type);
    this.error = error;
  }
}

export interface RestAdapterEventMap {
  unauthenticated: AdapterUnauthenticatedEvent;
}

/** A link response carries the case the interaction left, so the adapter can announce the change. */
type LinkResponse = InteractionListItem & { readonly previousCaseId?: string | null };

function withoutPreviousCase(response: LinkResponse): InteractionListItem {
  const { previousCaseId: _previous, ...interaction } = response;
  return interaction;
}

/**
 * The adapter for a backend that implements the casekit REST contract (`docs/rest-contract.yaml`).
 *
 * It is an `EventTarget`: every 401 fires an `unauthenticated` event (`AdapterUnauthenticatedEvent`, with the
 * error) before the call rejects, so one listener (`ck-provider`) can ask the host to sign in again.
 *
 * @example
 * const adapter = new RestAdapter({
 *   baseUrl: '/api/casekit',
 *   headers: async () => ({ Authorization: `Bearer ${await auth.token()}` }),
 * });
 * adapter.addEventListener('unauthenticated', () => auth.signIn());
 */
export class RestAdapter extends EventTarget implements CaseKitAdapter {
  readonly #client: HttpClient;
  readonly #feed: ChangeFeed | undefined;
  readonly #listeners = new Set<ChangeListener>();
  readonly #ownChanges = new OwnChanges();

  constructor(options: RestAdapterOptions) {
    super();
    this.#client = new HttpClient({
      baseUrl: options.baseUrl,
      headers: options.headers,
      fetch: options.fetch,
      onUnauthenticated: (error) => this.dispatchEvent(new AdapterUnauthenticatedEvent(error)),
    });
    const mode = options.changeFeed ?? 'sse';
    this.#feed =
      mode === 'off'
        ? undefined
        : new ChangeFeed({
            client: this.#client,
            mode,
            pollIntervalMs: options.pollIntervalMs ?? 5000,
            ...(options.retryMs === undefined ? {} : { retryMs: options.retryMs }),
            emit: (change) => this.#announce(change, 'feed'),
          });
  }

  override addEventListener<K extends keyof RestAdapterEventMap>(
    type: K,
    listener: ((event: RestAdapterEventMap[K]) => void) | EventListenerObject | null,
    options?: AddEventListenerOptions | boolean,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: AddEventListenerOptions | boolean,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: AddEventListenerOptions | boolean,
  ): void {
    super.addEventListener(type, listener, options);
  }

  // ---------------------------------------------------------------- session and agents

  getSession(options?: CallOptions): Promise<Session> {
    return this.#client.json({ path: '/session', signal: options?.signal });
  }

  async getAgents(ids: readonly string[], options?: CallOptions): Promise<Agent[]> {
    if (ids.length === 0) return [];
    const query = new URLSearchParams({ ids: encodeIds(ids) });
    return this.#client.json({ path: '/agents', query, signal: options?.signal });
  }

  searchAgents(query: AgentQuery, options?: CallOptions): Promise<Page<Agent>> {
    return this.#client.json({
      path: '/agents/search',
      query: encodeAgentQuery(query),
      signal: options?.signal,
    });
  }

  // ---------------------------------------------------------------- cases

  listCases(query: CaseQuery, options?: CallOptions): Promise<Page<Case>> {
    return this.#client.json({ path: '/cases', query: encodeCaseQuery(query), signal: options?.signal });
  }

  getCase(id: string, options?: CallOptions): Promise<Case> {
    return this.#client.json({ path: `/cases/${segment(id)}`, signal: options?.signal });
  }

  async createCase(input: NewCase, options?: CreateCallOptions): Promise<Case> {
    const created = await this.#client.json<Case>({
      method: 'POST',
      path: '/cases',
      body: input,
      idempotencyKey: options?.idempotencyKey,
      signal: options?.signal,
    });
    this.#announce({ type: 'case-created', caseId: created.id, version: created.version }, 'local');
    return created;
  }

  updateCase(id: string, patch: CasePatch, options: VersionedCallOptions): Promise<Case> {
    return this.#caseChange({ method: 'PATCH', path: `/cases/${segment(id)}`, body: patch }, options);
  }

  async deleteCase(id: string, options: VersionedCallOptions): Promise<void> {
    await this.#client.send({
      method: 'DELETE',
      path: `/cases/${segment(id)}`,
      version: options.version,
      signal: options.signal,
    });
    this.#announce({ type: 'case-deleted', caseId: id }, 'local');
  }

  transferCase(id: string, ownerId: string, options: VersionedCallOptions): Promise<Case> {
    return this.#caseChange(
      { method: 'PUT', path: `/cases/${segment(id)}/owner`, body: { ownerId } },
      options,
    );
  }

  setCaseStatus(id: string, statusId: string, options: VersionedCallOptions): Promise<Case> {
    return this.#caseChange(
      { method: 'PUT', path: `/cases/${segment(id)}/status`, body: { statusId } },
      options,
    );
  }

  setCaseCrmCard(caseId: string, crmCardId: string | null, options: VersionedCallOptions): Promise<Case> {
    return this.#caseChange(
      { method: 'PUT', path: `/cases/${segment(caseId)}/crm-card`, body: { crmCardId } },
      options,
    );
  }

  async #caseChange(
    request: { method: 'PATCH' | 'PUT'; path: string; body: unknown },
    options: VersionedCallOptions,
  ): Promise<Case> {
    const updated = await this.#client.json<Case>({
      ...request,
      version: options.version,
      signal: options.signal,
    });
    this.#announce({ type: 'case-updated', caseId: updated.id, version: updated.version }, 'local');
    return updated;
  }

  // ---------------------------------------------------------------- interactions

  listInteractions(query: InteractionQuery, options?: CallOptions): Promise<Page<InteractionListItem>> {
    return this.#client.json({
      path: '/interactions',
      query: encodeInteractionQuery(query),
      signal: options?.signal,
    });
  }

  getInteraction(id: string, options?: CallOptions): Promise<InteractionListItem> {
    return this.#client.json({ path: `/interactions/${segment(id)}`, signal: options?.signal });
  }

  async linkInteraction(
    interactionId: string,
    caseId: string,
    options?: LinkCallOptions,
  ): Promise<InteractionListItem> {
    const response = await this.#client.json<LinkResponse>({
      method: 'PUT',
      path: `/interactions/${segment(interactionId)}/case`,
      body: { caseId, move: options?.move ?? false },
      version: options?.version,
      signal: options?.signal,
    });
    const previous = response.previousCaseId;
    if (previous !== caseId) {
      const moved = typeof previous === 'string' ? { previousCaseId: previous } : {};
      this.#announce({ type: 'interaction-linked', caseId, interactionId, ...moved }, 'local');
    }
    return withoutPreviousCase(response);
  }

  async unlinkInteraction(interactionId: string, options?: CallOptions): Promise<InteractionListItem> {
    const response = await this.#client.json<LinkResponse>({
      method: 'DELETE',
      path: `/interactions/${segment(interactionId)}/case`,
      signal: options?.signal,
    });
    const previous = response.previousCaseId;
    if (typeof previous === 'string') {
      this.#announce({ type: 'interaction-unlinked', caseId: previous, interactionId }, 'local');
    }
    return withoutPreviousCase(response);
  }

  // ---------------------------------------------------------------- CRM cards

  searchCrmCards(query: CrmCardQuery, options?: CallOptions): Promise<Page<CrmCard>> {
    return this.#client.json({
      path: '/crm-cards',
      query: encodeCrmCardQuery(query),
      signal: options?.signal,
    });
  }

  getCrmCard(id: string, options?: CallOptions): Promise<CrmCard> {
    return this.#client.json({ path: `/crm-cards/${segment(id)}`, signal: options?.signal });
  }

  // ---------------------------------------------------------------- changes

  /** The change feed runs while there is at least one listener. */
  subscribe(listener: ChangeListener): () => void {
    const wrapped: ChangeListener = (change) => listener(change);
    this.#listeners.add(wrapped);
    this.#feed?.start();
    return () => {
      if (!this.#listeners.delete(wrapped)) return;
      if (this.#listeners.size === 0) {
        this.#feed?.stop();
        this.#ownChanges.clear();
      }
    };
  }

  #announce(change: CaseKitChange, source: 'local' | 'feed'): void {
    if (this.#listeners.size === 0) return;
    if (this.#feed?.running && !this.#ownChanges.admit(change, source)) return;
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        // One failing listener must not silence the others nor stop the feed.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
