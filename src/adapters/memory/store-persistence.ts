import type { CaseKitDataset } from '../../model/dataset.js';
import type { CaseRecord, Interaction } from '../../model/types.js';

/** What a store keeps in storage: only what changed since the original data, so big datasets fit. */
export interface StoredState {
  readonly cases: readonly CaseRecord[];
  readonly deletedCaseIds: readonly string[];
  /** Interaction id → its case id, for the interactions whose link changed. */
  readonly links: readonly (readonly [string, string | null])[];
  readonly nextNumber: number;
  readonly keys: readonly (readonly [string, string])[];
}

interface StoredDocument extends StoredState {
  readonly format: 1;
  /** Which original data the changes apply to. */
  readonly fingerprint: string;
}

function fingerprintOf(data: CaseKitDataset): string {
  const cases = data.cases;
  return [
    cases.length,
    cases[0]?.id,
    cases.at(-1)?.id,
    cases.at(-1)?.updatedAt,
    data.interactions.length,
  ].join('|');
}

/** Saves a store's changes to a `Storage` after each mutation (batched per task) and loads them back. */
export class StorePersistence {
  readonly #storage: Storage;
  readonly #key: string;
  readonly #fingerprint: string;
  readonly #originalCaseIds: ReadonlySet<string>;
  #dirtyCases = new Set<string>();
  #dirtyInteractions = new Set<string>();
  #pending: (() => StoredState) | undefined;
  #warned = false;

  constructor(storage: Storage, key: string, original: CaseKitDataset) {
    this.#storage = storage;
    this.#key = key;
    this.#fingerprint = fingerprintOf(original);
    this.#originalCaseIds = new Set(original.cases.map((c) => c.id));
  }

  /** The stored changes, when they exist and belong to the same original data. */
  load(): StoredState | undefined {
    let parsed: unknown;
    try {
      const text = this.#storage.getItem(this.#key);
      if (text === null) return undefined;
      parsed = JSON.parse(text);
    } catch {
      return undefined;
    }
    const stored = parsed as Partial<StoredDocument> | null;
    if (stored?.format !== 1 || stored.fingerprint !== this.#fingerprint) return undefined;
    if (!Array.isArray(stored.cases) || !Array.isArray(stored.deletedCaseIds) || !Array.isArray(stored.links))
      return undefined;
    for (const record of stored.cases) this.#dirtyCases.add(record.id);
    for (const id of stored.deletedCaseIds) this.#dirtyCases.add(id);
    for (const [id] of stored.links) this.#dirtyInteractions.add(id);
    return {
      cases: stored.cases,
      deletedCaseIds: stored.deletedCaseIds,
      links: stored.links,
      nextNumber: typeof stored.nextNumber === 'number' ? stored.nextNumber : 1,
      keys: Array.isArray(stored.keys) ? stored.keys : [],
    };
  }

  markCase(id: string): void {
    this.#dirtyCases.add(id);
  }

  markInteraction(id: string): void {
    this.#dirtyInteractions.add(id);
  }

  diff(
    cases: { get(id: string): CaseRecord | undefined },
    interactions: ReadonlyMap<string, Interaction>,
  ): Pick<StoredState, 'cases' | 'deletedCaseIds' | 'links'> {
    const changed: CaseRecord[] = [];
    const deleted: string[] = [];
    for (const id of this.#dirtyCases) {
      const record = cases.get(id);
      if (record !== undefined) changed.push(record);
      else if (this.#originalCaseIds.has(id)) deleted.push(id);
    }
    const links: (readonly [string, string | null])[] = [];
    for (const id of this.#dirtyInteractions) {
      const interaction = interactions.get(id);
      if (interaction !== undefined) links.push([id, interaction.caseId]);
    }
    return { cases: changed, deletedCaseIds: deleted, links };
  }

  /** Saves once the current synchronous work is done, however many mutations it made. */
  schedule(state: () => StoredState): void {
    const first = this.#pending === undefined;
    this.#pending = state;
    if (first) queueMicrotask(() => this.flush());
  }

  flush(): void {
    const state = this.#pending;
    this.#pending = undefined;
    if (state === undefined) return;
    const document: StoredDocument = { format: 1, fingerprint: this.#fingerprint, ...state() };
    try {
      this.#storage.setItem(this.#key, JSON.stringify(document));
    } catch (error) {
      // Quota exceeded or storage disabled: the store keeps working in memory.
      if (!this.#warned) console.warn('casekit: the memory store could not be saved.', error);
      this.#warned = true;
    }
  }

  clear(): void {
    this.#pending = undefined;
    this.#dirtyCases = new Set();
    this.#dirtyInteractions = new Set();
    try {
      this.#storage.removeItem(this.#key);
    } catch {
      // Nothing to clear.
    }
  }
}
