import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { expireCaseDrafts, type CaseDraft, type DraftStore } from './draft-store.js';
import { whenIdle } from './idle.js';

/** Where a `DraftController` keeps drafts and what it writes; read on every use, so they may change. */
export interface DraftSource {
  /** The store (a host property, so it may be swapped). */
  readonly store: () => DraftStore;
  /** How long a draft lives, in milliseconds. */
  readonly ttl: () => number;
  /** The key of the current draft (per agent and context), or `undefined` while there is none. */
  readonly key: () => string | undefined;
  /**
   * The draft to write now: a draft, `null` to remove the stored one (nothing left unsaved), or
   * `undefined` to leave the store alone (nothing to keep in this state, e.g. a read-only view).
   */
  readonly snapshot: () => CaseDraft | null | undefined;
}

/** Writes wait this long after the last change, so a burst of keystrokes is one write. */
const writeDelayMs = 300;

/**
 * Keeps one form's draft in a `DraftStore`: reads it back (dropping it once expired), writes it a
 * moment after the agent's last change, and at once when the page is hidden or the host is removed,
 * so nothing typed is lost to a reload or a closed tab. Once connected it also drops every expired
 * draft (in an idle moment).
 *
 * @example
 * ```ts
 * readonly #draft = new DraftController(this, {
 *   store: () => this.draftStore,
 *   ttl: () => this.draftTtl,
 *   key: () => draftKey(this.session.agent.id, `case:${this.caseId}`),
 *   snapshot: () => (this.dirty ? { savedAt: Date.now(), values: this.values } : null),
 * });
 * // on every change: this.#draft.schedule();
 * ```
 */
export class DraftController implements ReactiveController {
  readonly #source: DraftSource;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, source: DraftSource) {
    this.#source = source;
    host.addController(this);
  }

  hostConnected(): void {
    // The sweep of other drafts waits for an idle moment (after the form's first paint); `read()`
    // checks the expiry of the draft it returns itself.
    whenIdle(() => expireCaseDrafts(this.#source.store(), this.#source.ttl()));
    window.addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.flush);
    this.flush();
  }

  /** The current draft, unless there is none or it has expired (then it is removed). */
  read(): CaseDraft | undefined {
    const key = this.#source.key();
    if (key === undefined) return undefined;
    const store = this.#source.store();
    const draft = store.get(key);
    if (draft && Date.now() - draft.savedAt > this.#source.ttl()) {
      store.delete(key);
      return undefined;
    }
    return draft;
  }

  /** The agent changed something: write the draft after a short pause. */
  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.flush, writeDelayMs);
  }

  /** Writes (or removes) the draft now. */
  readonly flush = (): void => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const key = this.#source.key();
    if (key === undefined) return;
    const draft = this.#source.snapshot();
    if (draft === undefined) return;
    if (draft === null) this.#source.store().delete(key);
    else this.#source.store().set(key, draft);
  };

  /** Removes the current draft (saved or discarded); a pending write is dropped too. */
  remove(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const key = this.#source.key();
    if (key !== undefined) this.#source.store().delete(key);
  }
}
