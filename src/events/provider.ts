import type { CaseKitError } from '../adapters/errors.js';

/**
 * The backend said the agent is not (or no longer) signed in (HTTP 401, `CaseKitError` code
 * `unauthenticated`). Fired by `ck-provider` when its session cannot load for that reason, when the
 * adapter reports it, or when an element inside reports it with a `ck-error`. The host signs the agent
 * in again (refreshing the token its adapter sends), then calls `provider.reload()`.
 *
 * @example
 * ```ts
 * provider.addEventListener('ck-unauthenticated', async () => {
 *   await signIn();
 *   provider.reload();
 * });
 * ```
 */
export class UnauthenticatedEvent extends Event {
  static readonly eventName = 'ck-unauthenticated' as const;
  /** The adapter's error. */
  readonly error: CaseKitError;

  constructor(error: CaseKitError) {
    super(UnauthenticatedEvent.eventName, { bubbles: true, composed: true });
    this.error = error;
  }
}

/**
 * An unexpected failure that an element could not show in place (a failed background refresh, a
 * notification it could not apply…). Any casekit element dispatches it on itself; it bubbles out of
 * the shadow roots, through `ck-provider`, to the host, which may log or report it. Failures an element
 * does show (a list's error state, a form's field errors) are not re-announced this way.
 *
 * `ck-provider` only watches these events for a `CaseKitError` with code `unauthenticated`, which it
 * also announces as `ck-unauthenticated`; it never stops them.
 *
 * @example
 * ```ts
 * // inside an element
 * this.dispatchEvent(new CaseKitErrorEvent(error));
 * // in the host
 * document.addEventListener('ck-error', (event) => reportToMonitoring(event.error));
 * ```
 */
export class CaseKitErrorEvent extends Event {
  static readonly eventName = 'ck-error' as const;
  /** What went wrong: usually a `CaseKitError`. */
  readonly error: Error;

  constructor(error: Error) {
    super(CaseKitErrorEvent.eventName, { bubbles: true, composed: true });
    this.error = error;
  }
}

// GlobalEventHandlersEventMap types the listeners of elements (HTMLElementEventMap extends it), of
// `document` and of `window`, where hosts often listen for these bubbling, composed events.
declare global {
  interface GlobalEventHandlersEventMap {
    'ck-unauthenticated': UnauthenticatedEvent;
    'ck-error': CaseKitErrorEvent;
  }
}
