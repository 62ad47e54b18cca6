import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CaseKitAdapter } from '../../adapters/contract.js';
import { isAbortError } from '../../adapters/errors.js';
import type { Agent } from '../../model/types.js';

/**
 * Resolves when `answered` does, or in the next task if that comes first (a message: unlike timers,
 * not throttled in background pages). An answer that comes first closes the channel: no task is run
 * for the message then.
 */
function answeredOrNext(answered: Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const done = (): void => {
      channel.port1.close();
      resolve();
    };
    channel.port1.onmessage = done;
    channel.port2.postMessage(null);
    void answered.then(done);
  });
}

/**
 * The "Everyone" group of the owner picker: `searchAgents({ scope: 'everyone' })`, one page at a time
 * (`more()` appends the next), every request for an older search aborted and its answer dropped, so
 * thousands of agents never reach the DOM at once and typing fast never shows a stale list.
 */
export class AgentSearch implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #pageSize: () => number;
  #search: string | undefined;
  #items: Agent[] = [];
  #total: number | undefined;
  #request: AbortController | undefined;
  #error: unknown;
  /** Resolves when the request in flight has answered (or failed, or was dropped). */
  #answered: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost, pageSize: () => number) {
    this.#host = host;
    this.#pageSize = pageSize;
    host.addController(this);
  }

  get items(): readonly Agent[] {
    return this.#items;
  }

  get loading(): boolean {
    return this.#request !== undefined;
  }

  get error(): unknown {
    return this.#error;
  }

  /**
   * Resolves when the request in flight has answered, or after one task if it takes longer: the
   * host waits for it before rendering, so an answer that comes within the same task (the in-memory
   * adapter) renders once, instead of the "searching" state first and the results a few microtasks later.
   * An answer within 8 microtask turns (the in-memory adapter's answer takes 3) is waited for without
   * the next-task message: its channel costs more than the search on a keystroke.
   */
  async answeredOrNextTask(): Promise<void> {
    for (let turns = 8; turns > 0 && this.#request; turns--) await null;
    if (this.#request) await answeredOrNext(this.#answered);
  }

  /** Searches from the first page (nothing when the same search is loaded or loading). */
  search(adapter: CaseKitAdapter, search: string): void {
    if (search === this.#search && (this.#total !== undefined || this.#request)) return;
    this.#search = search;
    this.#items = [];
    this.#total = undefined;
    void this.#fetch(adapter, 0);
  }

  /** Loads the next page of the current search, when there is one and none is loading. */
  more(adapter: CaseKitAdapter): void {
    if (this.#request || this.#total === undefined || this.#items.length >= this.#total) return;
    void this.#fetch(adapter, this.#items.length);
  }

  /** Forgets the results (the next `search` loads again). */
  clear(): void {
    this.#request?.abort();
    this.#request = undefined;
    this.#search = undefined;
    this.#items = [];
    this.#total = undefined;
    this.#error = undefined;
  }

  hostDisconnected(): void {
    this.clear();
  }

  async #fetch(adapter: CaseKitAdapter, offset: number): Promise<void> {
    this.#request?.abort();
    const controller = new AbortController();
    this.#request = controller;
    this.#error = undefined;
    let answered = (): void => {};
    this.#answered = new Promise((resolve) => (answered = resolve));
    // Its loading state is rendered by the update that asked for it (typing, opening, scrolling).
    const search = this.#search ?? '';
    try {
      const page = await adapter.searchAgents(
        { search, scope: 'everyone', offset, limit: this.#pageSize() },
        { signal: controller.signal },
      );
      // An answer for an older search (or page) is dropped.
      if (this.#request !== controller || controller.signal.aborted) return;
      this.#items = offset === 0 ? [...page.items] : [...this.#items, ...page.items];
      this.#total = page.total;
    } catch (error) {
      if (this.#request !== controller || isAbortError(error)) return;
      this.#error = error;
    } finally {
      answered();
    }
    this.#request = undefined;
    this.#host.requestUpdate();
  }
}
