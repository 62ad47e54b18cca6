import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { StringKey } from '../i18n/strings.js';
import type { CaseKitAdapter } from '../adapters/contract.js';
import { isAbortError, isCaseKitError } from '../adapters/errors.js';
import type { Case } from '../model/types.js';

/**
 * Where a `CaseQueryController` is: `idle` (no adapter or id), `loading` (nothing to show yet),
 * `ready`, `error` (the first load failed), or `gone` (deleted, or out of the agent's visibility).
 */
export type CaseQueryStatus = 'idle' | 'loading' | 'ready' | 'error' | 'gone';

/** How a mutation ended: its value, or the error (never an abort: aborted mutations resolve `aborted`). */
export type CaseMutationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly aborted: boolean; readonly error: unknown };

export interface CaseQueryControllerOptions {
  readonly adapter: () => CaseKitAdapter | undefined;
  readonly caseId: () => string;
}

/**
 * Loads one case through `adapter.getCase`, keeps it fresh from the adapter's change notifications,
 * and runs mutations on it with an `AbortSignal` and the version it last saw. It aborts what is in
 * flight when the id or the adapter changes and on disconnection, and never shows a stale answer.
 *
 * A mutation refused with a `conflict` that carries the server's current record takes that record, so
 * the element shows what is true now; one refused with `not-found` marks the case `gone`.
 *
 * @example
 * ```ts
 * readonly #case = new CaseQueryController(this, { adapter: () => this.adapter, caseId: () => this.caseId });
 * const result = await this.#case.mutate((adapter, c, signal) =>
 *   adapter.setCaseStatus(c.id, statusId, { version: c.version, signal }));
 * if (result.ok) this.#case.replace(result.value);
 * ```
 */
export class CaseQueryController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: CaseQueryControllerOptions;
  #adapter: CaseKitAdapter | undefined;
  #caseId = '';
  #case: Case | undefined;
  #status: CaseQueryStatus = 'idle';
  #error: unknown;
  #load: AbortController | undefined;
  #mutation: AbortController | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: CaseQueryControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The case as last loaded or returned by a mutation (kept while it refreshes). */
  get case(): Case | undefined {
    return this.#case;
  }

  get status(): CaseQueryStatus {
    return this.#status;
  }

  /** Why the load failed (`error`), or why the case is `gone`. */
  get error(): unknown {
    return this.#error;
  }

  /** A mutation is in flight. */
  get busy(): boolean {
    return this.#mutation !== undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
    // A load cut short by a disconnection starts again.
    if (this.#status === 'loading' && !this.#load) this.#start();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#subscribe();
    this.#load?.abort();
    this.#load = undefined;
    this.#mutation?.abort();
    this.#mutation = undefined;
  }

  hostUpdate(): void {
    const adapter = this.#options.adapter();
    const caseId = this.#options.caseId();
    if (adapter === this.#adapter && caseId === this.#caseId) return;
    const adapterChanged = adapter !== this.#adapter;
    this.#adapter = adapter;
    this.#caseId = caseId;
    this.#mutation?.abort();
    this.#mutation = undefined;
    this.#case = undefined;
    this.#error = undefined;
    if (adapterChanged) this.#subscribe();
    if (!adapter || !caseId) {
      this.#load?.abort();
      this.#status = 'idle';
      return;
    }
    this.#status = 'loading';
    this.#start();
  }

  /**
   * What an element showing this case renders while it cannot show it: loading, the load failed (with
   * a retry), or gone. Undefined once the case is there. `waiting`: the element still waits for
   * something else (the session), so it shows the loading state whatever the case's.
   */
  renderUnavailable(t: (key: StringKey) => string, waiting = false): TemplateResult | undefined {
    if (waiting || this.#status === 'loading' || this.#status === 'idle') {
      return html`<p class="value loading" aria-busy="true">${t('caseActions.loading')}</p>`;
    }
    if (this.#status === 'ready' && this.#case) return undefined;
    const failed = this.#status === 'error';
    return html`<p class="message error" part="message" role="alert">
        ${t(failed ? 'caseActions.loadError' : 'caseActions.gone')}
      </p>
      ${
        failed
          ? html`<button class="button" type="button" @click=${() => this.reload()}>
              ${t('action.retry')}
            </button>`
          : nothing
      }`;
  }

  /** Loads the case again; the one shown stays until the answer comes. */
  reload(): void {
    if (!this.#adapter || !this.#caseId) return;
    if (this.#status === 'error') this.#status = 'loading';
    this.#start();
    this.#host.requestUpdate();
  }

  /** Takes a case a mutation returned. */
  replace(value: Case): void {
    if (value.id !== this.#caseId) return;
    this.#case = value;
    this.#status = 'ready';
    this.#host.requestUpdate();
  }

  /** The case left the agent's reach (deleted, or transferred out of their visibility). */
  markGone(error?: unknown): void {
    this.#load?.abort();
    this.#load = undefined;
    this.#status = 'gone';
    this.#error = error;
    this.#host.requestUpdate();
  }

  /**
   * Runs one change on the loaded case, with a signal aborted by a newer mutation, a new id or
   * adapter, or a disconnection. The host applies the value (`replace`, `markGone`).
   */
  async mutate<T>(
    run: (adapter: CaseKitAdapter, current: Case, signal: AbortSignal) => Promise<T>,
  ): Promise<CaseMutationResult<T>> {
    const adapter = this.#adapter;
    const current = this.#case;
    if (!adapter || !current) return { ok: false, aborted: true, error: undefined };
    this.#mutation?.abort();
    const controller = new AbortController();
    this.#mutation = controller;
    this.#host.requestUpdate();
    try {
      const value = await run(adapter, current, controller.signal);
      if (controller.signal.aborted) return { ok: false, aborted: true, error: undefined };
      return { ok: true, value };
    } catch (error) {
      const aborted = controller.signal.aborted || isAbortError(error);
      if (!aborted) {
        if (isCaseKitError(error, 'conflict') && error.current?.id === this.#caseId) {
          this.#case = error.current;
        } else if (isCaseKitError(error, 'conflict')) {
          this.reload();
        } else if (isCaseKitError(error, 'not-found')) {
          this.markGone(error);
        }
      }
      return { ok: false, aborted, error };
    } finally {
      if (this.#mutation === controller) this.#mutation = undefined;
      this.#host.requestUpdate();
    }
  }

  #start(): void {
    this.#load?.abort();
    const adapter = this.#adapter;
    const caseId = this.#caseId;
    if (!adapter || !caseId) return;
    const controller = new AbortController();
    this.#load = controller;
    adapter.getCase(caseId, { signal: controller.signal }).then(
      (value) => {
        if (this.#load !== controller) return;
        this.#load = undefined;
        this.#case = value;
        this.#status = 'ready';
        this.#error = undefined;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (this.#load !== controller || isAbortError(error)) return;
        this.#load = undefined;
        if (isCaseKitError(error, 'not-found') && this.#case) {
          this.markGone(error);
          return;
        }
        // A failed refresh keeps the case on screen; a failed first load is an error.
        if (!this.#case) {
          this.#status = isCaseKitError(error, 'not-found') ? 'gone' : 'error';
          this.#error = error;
        }
        this.#host.requestUpdate();
      },
    );
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    const adapter = this.#adapter;
    if (!this.#connected || !adapter) return;
    this.#unsubscribe = adapter.subscribe((change) => {
      if (change.caseId !== this.#caseId || this.#status === 'gone') return;
      if (change.type === 'case-deleted') {
        this.markGone();
        return;
      }
      // Our own mutation's change arrives with its answer; others' changes load the case again.
      if (this.#mutation) return;
      if (change.version !== undefined && change.version === this.#case?.version) return;
      this.reload();
    });
  }
}
