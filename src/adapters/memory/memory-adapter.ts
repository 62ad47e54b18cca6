import type {
  CallOptions,
  CaseKitAdapter,
  ChangeListener,
  CreateCallOptions,
  LinkCallOptions,
  VersionedCallOptions,
} from '../contract.js';
import { CaseKitError, abortError, throwIfAborted, type FieldIssue } from '../errors.js';
import { sameFieldValue } from '../../model/layout.js';
import { can } from '../../model/policy.js';
import { validateCaseInput } from '../../model/validation.js';
import type { CaseKitDataset } from '../../model/dataset.js';
import type {
  Agent,
  AgentQuery,
  Case,
  CasePatch,
  CaseQuery,
  CaseRecord,
  CrmCard,
  CrmCardQuery,
  InteractionListItem,
  InteractionQuery,
  NewCase,
  Page,
  Session,
} from '../../model/types.js';
import { prepareQuery, queryCases } from './case-query.js';
import { afterPaint } from './background.js';
import { allow, linkedElsewhere, newCaseRecord, notFound, validation } from './case-writes.js';
import {
  interactionListItem,
  listInteractionItems,
  searchAgentList,
  searchCrmCardList,
} from './memory-lists.js';
import { prepareAgentIndex } from './agent-index.js';
import { buildSession } from './memory-session.js';
import { MemoryStore, type StoreOptions } from './store.js';

export interface MemoryAdapterOptions {
  /** The data to serve (copied into a new store), or a store to share with other adapters. */
  readonly data: CaseKitDataset | MemoryStore;
  /** The signed-in agent. An id the data does not know makes every call `unauthenticated`. */
  readonly agentId: string;
  /** Simulated network latency, awaited before each call acts (default 0). */
  readonly latencyMs?: number;
  /** Persist the new store's changes (ignored when `data` is a store: give the store its own). */
  readonly storage?: Storage | { readonly storage: Storage; readonly key?: string };
}

const patchKeys = new Set(['title', 'fields']);

function storeOptions(storage: MemoryAdapterOptions['storage']): StoreOptions {
  if (storage === undefined) return {};
  // A Storage is told apart by its methods: `'storage' in localStorage` is true when an item has that name.
  if (typeof (storage as Storage).getItem === 'function') return { storage: storage as Storage };
  const { storage: inner, key } = storage as { readonly storage: Storage; readonly key?: string };
  return key === undefined ? { storage: inner } : { storage: inner, key };
}

/**
 * The embedded backend: serves a dataset from memory and enforces what a real backend enforces —
 * the session, visibility (an invisible case is `not-found`), rights (`forbidden` with the policy's
 * reason), layout validation, versions (`conflict` with the current case), the cardinalities and
 * idempotent creates. Every call honours its `signal` and the simulated latency. In idle moments
 * after it is made, it builds what its first answers need: the agents' index, its list's default
 * order and the cases' folded search texts.
 *
 * @example
 * const adapter = new MemoryAdapter({ data: createDemoData(), agentId: demoAgentIdByProfile.agent });
 * const page = await adapter.listCases({ offset: 0, limit: 50, filters: [{ statusClass: 'open' }] });
 */
export class MemoryAdapter implements CaseKitAdapter {
  readonly store: MemoryStore;
  readonly agentId: string;
  latencyMs: number;
  #session: Session | undefined;

  constructor(options: MemoryAdapterOptions) {
    this.store =
      options.data instanceof MemoryStore
        ? options.data
        : new MemoryStore(options.data, storeOptions(options.storage));
    this.agentId = options.agentId;
    this.latencyMs = options.latencyMs ?? 0;
    // The session (its layout parsed) is ready with the adapter, like a backend's; an unknown agent
    // makes every call fail later, as `unauthenticated`.
    try {
      this.#currentSession();
    } catch {
      this.#session = undefined;
    }
    prepareAgentIndex(this.store);
    // The list's first page is asked once, for nobody, after the next frame: the agent's first list
    // then finds the default order built and the query's code run once (its first task at 100k cases
    // was 15–25 % shorter), and the first search finds the search texts folded or folding.
    afterPaint(() => void this.listCases({ offset: 0, limit: 1 }).catch(() => undefined));
  }

  // ------------------------------------------------------------------ session and agents

  async getSession(options: CallOptions = {}): Promise<Session> {
    await this.#settle(options.signal);
    return this.#currentSession();
  }

  async getAgents(ids: readonly string[], options: CallOptions = {}): Promise<Agent[]> {
    await this.#settle(options.signal);
    this.#currentSession();
    return ids.flatMap((id) => {
      const agent = this.store.agents.get(id);
      return agent === undefined ? [] : [agent];
    });
  }

  async searchAgents(query: AgentQuery, options: CallOptions = {}): Promise<Page<Agent>> {
    await this.#settle(options.signal);
    return searchAgentList(this.store, this.#currentSession(), query);
  }

  // ------------------------------------------------------------------ cases

  async listCases(query: CaseQuery, options: CallOptions = {}): Promise<Page<Case>> {
    await this.#settle(options.signal);
    await prepareQuery(this.store, this.#currentSession(), query);
    throwIfAborted(options.signal);
    const page = queryCases(this.store, this.#currentSession(), query);
    return { items: page.items.map((record) => this.#toCase(record)), total: page.total };
  }

  async getCase(id: string, options: CallOptions = {}): Promise<Case> {
    await this.#settle(options.signal);
    return this.#toCase(this.#visibleCase(this.#currentSession(), id));
  }

  async createCase(input: NewCase, options: CreateCallOptions = {}): Promise<Case> {
    await this.#settle(options.signal);
    const session = this.#currentSession();
    const key = options.idempotencyKey;
    if (key !== undefined) {
      const earlier = this.store.getCase(this.store.caseIdForKey(session.agent.id, key) ?? '');
      if (earlier !== undefined) return this.#toCase(earlier);
    }
    const { record, interaction } = newCaseRecord(this.store, session, input);
    this.store.insertCase(record);
    if (interaction !== undefined) this.store.setInteractionCase(interaction.id, record.id);
    if (key !== undefined) this.store.rememberKey(session.agent.id, key, record.id);
    return this.#toCase(record);
  }

  async updateCase(id: string, patch: CasePatch, options: VersionedCallOptions): Promise<Case> {
    await this.#settle(options.signal);
    const session = this.#currentSession();
    const shape: Record<string, FieldIssue> = {};
    for (const key of Object.keys(patch)) {
      if (!patchKeys.has(key))
        shape[key] = { code: key === 'ownerId' || key === 'statusId' ? 'system-field' : 'unknown-field' };
    }
    if (Object.keys(shape).length > 0)
      throw validation(shape, 'Owner and status change through transferCase and setCaseStatus.');
    const record = this.#visibleCase(session, id);
    allow(can(session, 'edit', record));
    this.#checkVersion(record, options.version);
    const issues = validateCaseInput(session.layout, patch, { mode: 'update', current: record });
    if (Object.keys(issues).length > 0) throw validation(issues);

    const fields = { ...record.fields };
    let changed = patch.title !== undefined && patch.title.trim() !== record.title;
    for (const [key, value] of Object.entries(patch.fields ?? {})) {
      if (value === undefined || sameFieldValue(value, record.fields[key])) continue;
      fields[key] = value;
      changed = true;
    }
    if (!changed) return this.#toCase(record);
    return this.#save({ ...record, title: patch.title?.trim() ?? record.title, fields });
  }

  async deleteCase(id: string, options: VersionedCallOptions): Promise<void> {
    await this.#settle(options.signal);
    const session = this.#currentSession();
    const record = this.#visibleCase(session, id);
    allow(can(session, 'delete', record));
    this.#checkVersion(record, options.version);
    this.store.deleteCase(id);
  }

  async transferCase(id: string, ownerId: string, options: VersionedCallOptions): Promise<Case> {
    await this.#settle(options.signal);
    const session = this.#currentSession();
    const record = this.#visibleCase(session, id);
    allow(can(session, 'transfer', record));
    const owner = this.store.agents.get(ownerId);
    if (owner === undefined)
      throw validation({ ownerId: { code: 'unknown-agent' } }, `Unknown agent "${ownerId}".`);
    allow(can(session, 'transfer', record, owner));
    this.#checkVersion(record, options.version);
    return this.#save({ ...record, ownerId });
  }

  async setCaseStatus(id: string, statusId: string, options: VersionedCallOptions): Promise<Case> {
    await this.#settle(options.signal);
    const session = this.#currentSession();
    const record = this.#visibleCase(session, id);
    allow(can(session, 'changeStatus', record));
    const status = session.statuses.find((s) => s.id === statusId);
    if (status === undefined)
      throw validation({ statusId: { code: 'unknown-status' } }, `Unknown status "${statusId}".`);
    allow(can(session, 'changeStatus', record, status));
    this.#checkVersion(record, options.version);
    // A status may make fields required (`requiredWhen`): the case must already hold them.
    const issues = validateCaseInput(session.layout, { statusId }, { mode: 'update', current: record });
    if (Object.keys(issues).length > 0)
      throw validation(issues, 'Fill in the fields this status requires first.');
    return this.#save({ ...record, statusId });
  }

  // ------------------------------------------------------------------ interactions

  async listInteractions(
    query: InteractionQuery,
    options: CallOptions = {},
  ): Promise<Page<InteractionListItem>> {
    await this.#settle(options.signal);
    this.#currentSession();
    return listInteractionItems(this.store, query);
  }

  async getInteraction(id: string, options: CallOptions = {}): Promise<InteractionListItem> {
    await this.#settle(options.signal);
    this.#currentSession();
    const interaction = this.store.getInteraction(id);
    if (interaction === undefined) throw notFound('Interaction', id);
    return interactionListItem(this.store, interaction);
  }

  async linkInteraction(
    interactionId: string,
    caseId: string,
    options: LinkCallOptions = {},
  ): Promise<InteractionListItem> {
    await this.#settle(options.signal);
    const session = this.#currentSession();
    const interaction = this.store.getInteraction(interactionId);
    if (interaction === undefined) throw notFound('Interaction', interactionId);
    const record = this.#visibleCase(session, caseId);
    allow(can(session, 'link', record));
    if (options.version !== undefined) this.#checkVersion(record, options.version);
    if (interaction.caseId !== null && interaction.caseId !== caseId && options.move !== true) {
      throw linkedElsewhere(this.store, interaction.caseId);
    }
    this.store.setInteractionCase(interactionId, caseId);
    return this.#interactionItem(interactionId);
  }

  async unlinkInteraction(interactionId: string, options: CallOptions = {}): Promise<InteractionListItem> {
    await this.#settle(options.signal);
    const session = this.#currentSession();
    const interaction = this.store.getInteraction(interactionId);
    if (interaction === undefined) throw notFound('Interaction', interactionId);
    const linked = interaction.caseId === null ? undefined : this.store.getCase(interaction.caseId);
    if (linked !== undefined) {
      allow(can(session, 'link', linked));
      this.store.setInteractionCase(interactionId, null);
    }
    return this.#interactionItem(interactionId);
  }

  // ------------------------------------------------------------------ CRM cards

  async searchCrmCards(query: CrmCardQuery, options: CallOptions = {}): Promise<Page<CrmCard>> {
    await this.#settle(options.signal);
    this.#currentSession();
    return searchCrmCardList(this.store, query);
  }

  async getCrmCard(id: string, options: CallOptions = {}): Promise<CrmCard> {
    await this.#settle(options.signal);
    this.#currentSession();
    const card = this.store.crmCards.get(id);
    if (card === undefined) throw notFound('CRM card', id);
    return card;
  }

  async setCaseCrmCard(
    caseId: string,
    crmCardId: string | null,
    options: VersionedCallOptions,
  ): Promise<Case> {
    await this.#settle(options.signal);
    const session = this.#currentSession();
    const record = this.#visibleCase(session, caseId);
    allow(can(session, 'link', record));
    if (crmCardId !== null && !this.store.crmCards.has(crmCardId)) {
      throw validation({ crmCardId: { code: 'not-found' } }, `CRM card "${crmCardId}" was not found.`);
    }
    this.#checkVersion(record, options.version);
    if (record.crmCardId === crmCardId) return this.#toCase(record);
    return this.#save({ ...record, crmCardId });
  }

  // ------------------------------------------------------------------ changes

  subscribe(listener: ChangeListener): () => void {
    return this.store.subscribe((change) => listener(change));
  }

  // ------------------------------------------------------------------ internals

  /** Waits the simulated latency; rejects with an AbortError if the signal aborts before or during it. */
  async #settle(signal: AbortSignal | undefined): Promise<void> {
    throwIfAborted(signal);
    const ms = this.latencyMs;
    await new Promise<void>((resolve, reject) => {
      if (ms <= 0) {
        resolve();
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortError(signal));
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    throwIfAborted(signal);
  }

  #currentSession(): Session {
    this.#session ??= buildSession(this.store, this.agentId);
    return this.#session;
  }

  /** The case if it exists and the agent may see it; `not-found` otherwise (never leaked). */
  #visibleCase(session: Session, id: string): CaseRecord {
    const record = this.store.getCase(id);
    if (record === undefined || !can(session, 'view', record).allowed) throw notFound('Case', id);
    return record;
  }

  #checkVersion(record: CaseRecord, version: unknown): void {
    if (typeof version !== 'number') {
      throw validation(
        { version: { code: 'required' } },
        'This change needs the version of the case it applies to.',
      );
    }
    if (version !== record.version) {
      throw new CaseKitError('conflict', {
        message: `Case ${record.number} changed since version ${version} (now ${record.version}).`,
        reason: { code: 'stale-version', params: { version: record.version } },
        current: this.#toCase(record),
      });
    }
  }

  #save(record: CaseRecord): Case {
    const saved: CaseRecord = { ...record, version: record.version + 1, updatedAt: new Date().toISOString() };
    this.store.replaceCase(saved);
    return this.#toCase(saved);
  }

  #interactionItem(id: string): InteractionListItem {
    const interaction = this.store.getInteraction(id);
    if (interaction === undefined) throw notFound('Interaction', id);
    return interactionListItem(this.store, interaction);
  }

  #toCase(record: CaseRecord): Case {
    const card = record.crmCardId === null ? undefined : this.store.crmCards.get(record.crmCardId);
    return {
      ...record,
      interactionCount: this.store.interactionCountOf(record.id),
      ownerName: this.store.agents.get(record.ownerId)?.name ?? record.ownerId,
      crmCard: card === undefined ? null : { id: card.id, name: card.name },
    };
  }
}
