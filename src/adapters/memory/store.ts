import type { CaseKitChange } from '../contract.js';
import type { CaseKitDataset } from '../../model/dataset.js';
import type { Agent, CaseRecord, CrmCard, Interaction, Profile, Status, Team } from '../../model/types.js';
import { CaseTable, caseNumberValue } from './case-table.js';
import { StorePersistence, type StoredState } from './store-persistence.js';

/** A change as the log keeps it: the change and its sequence number (1, 2, 3…). */
export type LoggedChange = CaseKitChange & { readonly seq: number };

export type StoreListener = (change: CaseKitChange, seq: number) => void;

export interface StoreOptions {
  /** Keep changes in this storage (e.g. `localStorage`) and load them back on construction. */
  readonly storage?: Storage;
  /** Storage key (default `casekit:memory-store`). */
  readonly key?: string;
  /** How many changes `changesSince` can replay (default 1,000). */
  readonly logSize?: number;
}

export interface ChangesSince {
  readonly changes: readonly LoggedChange[];
  /** The latest sequence number: pass it to the next call. */
  readonly cursor: number;
  /** True when the given cursor is older than the log (or unknown): reload everything. */
  readonly reset: boolean;
}

const idempotencyMemory = 500;

/**
 * The mutable state of the in-memory backend: the cases, the interaction ↔ case index, the case-number
 * counter, a change log and idempotency keys. Several `MemoryAdapter`s (one per agent) may share one
 * store; it enforces the data's invariants (an interaction has at most one case), not the rights
 * (that is the adapter's job).
 */
export class MemoryStore {
  readonly agents: ReadonlyMap<string, Agent>;
  readonly teams: ReadonlyMap<string, Team>;
  readonly profiles: ReadonlyMap<string, Profile>;
  /** All statuses, in `order`. */
  readonly statuses: readonly Status[];
  readonly crmCards: ReadonlyMap<string, CrmCard>;
  readonly layoutDocuments: Readonly<Record<string, unknown>>;

  readonly #original: CaseKitDataset;
  readonly #persistence: StorePersistence | undefined;
  readonly #logSize: number;
  readonly #listeners = new Set<StoreListener>();
  readonly #cases = new CaseTable();
  #interactions = new Map<string, Interaction>();
  #caseInteractions = new Map<string, Set<string>>();
  #createdByKey = new Map<string, string>();
  #nextNumber = 1;
  #revision = 0;
  #caseList: readonly CaseRecord[] | undefined;
  #log: LoggedChange[] = [];
  #seq = 0;
  /** Cursors below this can no longer be answered from the log. */
  #floor = 0;

  /**
   * Keeps the given records by reference (records are readonly: a change replaces a record, never
   * mutates it), so a store over 100k cases is ready in milliseconds; only the lists are copied.
   */
  constructor(data: CaseKitDataset, options: StoreOptions = {}) {
    this.#original = {
      ...data,
      cases: [...data.cases],
      interactions: [...data.interactions],
      layouts: { ...data.layouts },
    };
    const original = this.#original;
    this.agents = new Map(original.agents.map((a) => [a.id, a]));
    this.teams = new Map(original.teams.map((t) => [t.id, t]));
    this.profiles = new Map(original.profiles.map((p) => [p.id, p]));
    this.statuses = [...original.statuses].sort((a, b) => a.order - b.order);
    this.crmCards = new Map(original.crmCards.map((c) => [c.id, c]));
    this.layoutDocuments = original.layouts;
    this.#logSize = options.logSize ?? 1000;
    this.#load();
    if (options.storage !== undefined) {
      this.#persistence = new StorePersistence(
        options.storage,
        options.key ?? 'casekit:memory-store',
        original,
      );
      const stored = this.#persistence.load();
      if (stored !== undefined) this.#apply(stored);
    }
  }

  /** Increases on every change to a case or a link: query caches key on it. */
  get revision(): number {
    return this.#revision;
  }

  /** The cases in slots with their query columns (read by the list query and its caches). */
  get table(): CaseTable {
    return this.#cases;
  }

  /** Every case, in insertion order (the array is cached until the next change). */
  caseList(): readonly CaseRecord[] {
    this.#caseList ??= [...this.#cases.values()];
    return this.#caseList;
  }

  getCase(id: string): CaseRecord | undefined {
    return this.#cases.get(id);
  }

  get caseCount(): number {
    return this.#cases.size;
  }

  getInteraction(id: string): Interaction | undefined {
    return this.#interactions.get(id);
  }

  interactionList(): IterableIterator<Interaction> {
    return this.#interactions.values();
  }

  /** Ids of the interactions linked to a case. */
  interactionIdsOf(caseId: string): readonly string[] {
    return [...(this.#caseInteractions.get(caseId) ?? [])];
  }

  interactionCountOf(caseId: string): number {
    return this.#caseInteractions.get(caseId)?.size ?? 0;
  }

  // ------------------------------------------------------------------ mutations

  /** The next free case number and id, e.g. `C-00501` / `case-501`; consumed only by `insertCase`. */
  peekCaseIdentity(): { id: string; number: string } {
    let n = this.#nextNumber;
    while (this.#cases.has(`case-${n}`)) n++;
    return { id: `case-${n}`, number: `C-${String(this.#nextNumber).padStart(5, '0')}` };
  }

  insertCase(record: CaseRecord): void {
    if (this.#cases.has(record.id)) throw new Error(`Case ${record.id} already exists.`);
    this.#cases.set(record);
    this.#nextNumber = Math.max(this.#nextNumber, caseNumberValue(record.number) + 1);
    this.#persistence?.markCase(record.id);
    this.#changed({ type: 'case-created', caseId: record.id, version: record.version });
  }

  replaceCase(record: CaseRecord): void {
    if (!this.#cases.has(record.id)) throw new Error(`Case ${record.id} does not exist.`);
    this.#cases.set(record);
    this.#persistence?.markCase(record.id);
    this.#changed({ type: 'case-updated', caseId: record.id, version: record.version });
  }

  /** Deletes a case and unlinks its interactions (announced one by one, then the deletion). */
  deleteCase(id: string): void {
    if (!this.#cases.has(id)) return;
    for (const interactionId of this.interactionIdsOf(id)) this.setInteractionCase(interactionId, null);
    this.#cases.delete(id);
    this.#caseInteractions.delete(id);
    this.#persistence?.markCase(id);
    this.#changed({ type: 'case-deleted', caseId: id });
  }

  /** Links an interaction to a case (moving it if linked elsewhere), or unlinks it with `null`. */
  setInteractionCase(interactionId: string, caseId: string | null): void {
    const interaction = this.#interactions.get(interactionId);
    if (interaction === undefined) throw new Error(`Interaction ${interactionId} does not exist.`);
    const previous = interaction.caseId;
    if (previous === caseId) return;
    this.#index(interactionId, previous, caseId);
    this.#interactions.set(interactionId, { ...interaction, caseId });
    this.#persistence?.markInteraction(interactionId);
    if (caseId === null) {
      if (previous !== null) this.#changed({ type: 'interaction-unlinked', caseId: previous, interactionId });
    } else {
      const moved = previous === null ? {} : { previousCaseId: previous };
      this.#changed({ type: 'interaction-linked', caseId, interactionId, ...moved });
    }
  }

  /** The case an agent created with this idempotency key, if any. */
  caseIdForKey(agentId: string, key: string): string | undefined {
    return this.#createdByKey.get(`${agentId}\u0000${key}`);
  }

  rememberKey(agentId: string, key: string, caseId: string): void {
    this.#createdByKey.set(`${agentId}\u0000${key}`, caseId);
    if (this.#createdByKey.size > idempotencyMemory) {
      const oldest = this.#createdByKey.keys().next().value;
      if (oldest !== undefined) this.#createdByKey.delete(oldest);
    }
    this.#persistence?.schedule(() => this.#state());
  }

  // ------------------------------------------------------------------ changes

  subscribe(listener: StoreListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The changes after `seq` (0 = from the start of the log), for polling clients. */
  changesSince(seq: number): ChangesSince {
    if (seq < this.#floor || seq > this.#seq) return { changes: [], cursor: this.#seq, reset: true };
    const changes = this.#log.filter((change) => change.seq > seq);
    return { changes, cursor: this.#seq, reset: false };
  }

  /** The latest sequence number. */
  get cursor(): number {
    return this.#seq;
  }

  // ------------------------------------------------------------------ whole state

  /** The current state as a dataset (a deep copy). */
  snapshot(): CaseKitDataset {
    return structuredClone({
      ...this.#original,
      cases: this.caseList(),
      interactions: [...this.#interactions.values()],
    });
  }

  /** Back to the original data; clears the storage. Cursors from before answer `reset: true`. */
  reset(): void {
    this.#load();
    this.#persistence?.clear();
    this.#revision++;
    this.#log = [];
    this.#floor = this.#seq;
  }

  /** Writes pending changes to the storage now (they are otherwise written after the current task). */
  flush(): void {
    this.#persistence?.flush();
  }

  #load(): void {
    this.#cases.reset(this.#original.cases);
    this.#interactions = new Map(this.#original.interactions.map((i) => [i.id, i]));
    this.#caseInteractions = new Map();
    for (const interaction of this.#interactions.values())
      this.#index(interaction.id, null, interaction.caseId);
    this.#createdByKey = new Map();
    let max = 0;
    const numbers = this.#cases.numberColumn;
    for (let slot = 0; slot < this.#cases.slotCount; slot++) max = Math.max(max, numbers[slot] as number);
    this.#nextNumber = max + 1;
    this.#caseList = undefined;
  }

  #apply(stored: StoredState): void {
    for (const id of stored.deletedCaseIds) this.#cases.delete(id);
    for (const record of stored.cases) this.#cases.set(record);
    for (const [interactionId, caseId] of stored.links) {
      const interaction = this.#interactions.get(interactionId);
      if (interaction === undefined) continue;
      this.#index(interactionId, interaction.caseId, caseId);
      this.#interactions.set(interactionId, { ...interaction, caseId });
    }
    this.#createdByKey = new Map(stored.keys);
    this.#nextNumber = Math.max(this.#nextNumber, stored.nextNumber);
    this.#caseList = undefined;
  }

  #state(): StoredState {
    return {
      ...this.#persistence!.diff(this.#cases, this.#interactions),
      nextNumber: this.#nextNumber,
      keys: [...this.#createdByKey],
    };
  }

  #index(interactionId: string, from: string | null, to: string | null): void {
    if (from !== null) this.#caseInteractions.get(from)?.delete(interactionId);
    if (to === null) return;
    let ids = this.#caseInteractions.get(to);
    if (ids === undefined) this.#caseInteractions.set(to, (ids = new Set()));
    ids.add(interactionId);
  }

  #changed(change: CaseKitChange): void {
    this.#revision++;
    this.#caseList = undefined;
    const seq = ++this.#seq;
    this.#log.push({ ...change, seq });
    if (this.#log.length > this.#logSize) {
      this.#log.splice(0, this.#log.length - this.#logSize);
      this.#floor = (this.#log[0]?.seq ?? seq) - 1;
    }
    this.#persistence?.schedule(() => this.#state());
    for (const listener of [...this.#listeners]) {
      try {
        listener(change, seq);
      } catch (error) {
        // A failing listener must not break the change nor the other listeners.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
