import type { FieldValue } from '../model/types.js';

/**
 * Drafts of `ck-case-form`: what an agent typed and has not saved yet, kept so that nothing is lost
 * (a failed save, the element removed, a page reload). Drafts hold customer data on shared desks, so
 * they are keyed per agent, expire, and a host can clear them (at sign-out, say).
 */

/** The values of a case form: the title and the layout fields (status on a create). */
export interface FormValues {
  readonly title: string;
  readonly fields: Readonly<Record<string, FieldValue>>;
  /** The initial status of a create. */
  readonly statusId?: string;
}

/** One unsaved form. */
export interface CaseDraft {
  /** When it was last written (ms since the epoch); drafts older than the form's `draftTtl` are dropped. */
  readonly savedAt: number;
  readonly values: FormValues;
  /** Edit: the case's values and version the agent started from (to detect changes made meanwhile). */
  readonly base?: FormValues & { readonly version: number };
  /** Create: the idempotency key of the agent's save attempt, reused by every retry. */
  readonly idempotencyKey?: string;
}

/**
 * Where drafts live. Keys are opaque strings that start with `casekit:draft@1:<agentId>:`.
 * Methods may be synchronous; a host may back it with IndexedDB-like storage by keeping a cache.
 */
export interface DraftStore {
  get(key: string): CaseDraft | undefined;
  set(key: string, draft: CaseDraft): void;
  delete(key: string): void;
  /** Every key held (the form filters by prefix to clear or expire them). */
  keys(): string[];
}

const prefix = 'casekit:draft@1:';

/** A draft's key: per agent, then per case (`case:<id>`) or per create context. */
export function draftKey(agentId: string, context: string): string {
  return `${prefix}${encodeURIComponent(agentId)}:${context}`;
}

/** The key prefix of every draft of one agent, or of every agent. */
export function draftKeyPrefix(agentId?: string): string {
  return agentId === undefined ? prefix : `${prefix}${encodeURIComponent(agentId)}:`;
}

/** Seven days, the default life of a draft. */
export const defaultDraftTtlMs = 7 * 24 * 60 * 60 * 1000;

function isDraft(value: unknown): value is CaseDraft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<CaseDraft>;
  return (
    typeof draft.savedAt === 'number' &&
    typeof draft.values === 'object' &&
    draft.values !== null &&
    typeof draft.values.title === 'string' &&
    typeof draft.values.fields === 'object'
  );
}

/**
 * Drafts in a Web Storage area (`localStorage` by default): they survive a reload. A storage that
 * refuses to write (full, or disabled) loses the draft quietly rather than breaking the form.
 */
export class WebStorageDraftStore implements DraftStore {
  readonly #storage: Storage | undefined;

  constructor(storage?: Storage) {
    this.#storage = storage ?? globalThis.localStorage;
  }

  get(key: string): CaseDraft | undefined {
    try {
      const raw = this.#storage?.getItem(key);
      if (!raw) return undefined;
      const value: unknown = JSON.parse(raw);
      return isDraft(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  set(key: string, draft: CaseDraft): void {
    try {
      this.#storage?.setItem(key, JSON.stringify(draft));
    } catch {
      // Quota or privacy mode: the form keeps working, without a persisted draft.
    }
  }

  delete(key: string): void {
    try {
      this.#storage?.removeItem(key);
    } catch {
      // As above.
    }
  }

  keys(): string[] {
    const storage = this.#storage;
    if (!storage) return [];
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  }
}

/** Drafts in memory only (tests, or hosts that must not persist customer data). */
export class MemoryDraftStore implements DraftStore {
  readonly #drafts = new Map<string, CaseDraft>();

  get(key: string): CaseDraft | undefined {
    return this.#drafts.get(key);
  }
  set(key: string, draft: CaseDraft): void {
    this.#drafts.set(key, structuredClone(draft));
  }
  delete(key: string): void {
    this.#drafts.delete(key);
  }
  keys(): string[] {
    return [...this.#drafts.keys()];
  }
}

/**
 * Removes drafts: every casekit draft in the store, or one agent's. Returns how many were removed.
 *
 * @example
 * ```ts
 * signOutButton.addEventListener('click', () => clearCaseDrafts(new WebStorageDraftStore()));
 * ```
 */
export function clearCaseDrafts(store: DraftStore, agentId?: string): number {
  const start = draftKeyPrefix(agentId);
  const keys = store.keys().filter((key) => key.startsWith(start));
  for (const key of keys) store.delete(key);
  return keys.length;
}

/** Removes the drafts older than `ttlMs` (of every agent). */
export function expireCaseDrafts(store: DraftStore, ttlMs: number, now = Date.now()): void {
  for (const key of store.keys()) {
    if (!key.startsWith(prefix)) continue;
    const draft = store.get(key);
    if (!draft || now - draft.savedAt > ttlMs) store.delete(key);
  }
}
