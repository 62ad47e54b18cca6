import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { CaseKitAdapter } from '../../adapters/contract.js';
import { CaseKitError, isCaseKitError } from '../../adapters/errors.js';
import { adapterContext } from '../../context/adapter.js';
import { sessionContext } from '../../context/session.js';
import { LocaleController } from '../../controllers/locale.js';
import { UnauthenticatedEvent, type CaseKitErrorEvent } from '../../events/provider.js';
import type { Session } from '../../model/types.js';
import { hostStyles } from '../../styles/host.js';
import { sessionLoaded } from './first-session.js';
import { styles } from './provider.styles.js';

export const sessionStates = ['unconfigured', 'loading', 'ready', 'error'] as const;
/** Where `ck-provider` is with the session. */
export type SessionState = (typeof sessionStates)[number];

// Shared by every provider on the page, so one 401 is announced once even through nested providers.
const announced = new WeakSet<CaseKitError>();

/**
 * Wraps the casekit elements of a page: takes the adapter, loads the signed-in agent's session and
 * provides both to every casekit element inside it (by context).
 *
 * While the session loads it shows its children, which show their own loading state. If the session
 * cannot load it shows why, with a button to try again; without an adapter it shows a configuration
 * message. It never provides a stale session: when the adapter changes, the previous request is
 * aborted and the elements get `undefined` until the new session arrives.
 *
 * Elements report failures they cannot show in place with a `ck-error` event, which bubbles through
 * the provider to the host. The provider also announces a `CaseKitError` with code `unauthenticated`
 * (from its own request, from a `ck-error`, or from an adapter that reports it) as `ck-unauthenticated`.
 *
 * @tagname ck-provider
 * @summary Gives the casekit elements inside it their adapter and session.
 * @slot - The casekit elements (and anything else) that use this adapter and session.
 * @csspart message - The box that says why there is no session (configuration or error).
 * @csspart retry - The button that loads the session again.
 * @cssprop [--ck-provider-message-padding=var(--ck-space-4)] - Padding of the message box.
 * @cssprop [--ck-provider-message-radius=var(--ck-radius)] - Corner radius of the message box.
 * @fires {UnauthenticatedEvent} ck-unauthenticated - The backend says the agent is not signed in (HTTP 401).
 *
 * @example
 * ```html
 * <ck-provider id="cases"><ck-case-list></ck-case-list></ck-provider>
 * <script type="module">
 *   import 'casekit/define.js';
 *   import { RestAdapter } from 'casekit/adapters/rest.js';
 *   document.querySelector('#cases').adapter = new RestAdapter({ baseUrl: '/api' });
 * </script>
 * ```
 */
export class CaseKitProvider extends LitElement {
  static override styles = [hostStyles, styles];

  /** The backend seam every element inside uses. Set as a property; changing it reloads the session. */
  @property({ attribute: false }) adapter?: CaseKitAdapter;

  readonly #locale = new LocaleController(this);
  readonly #adapterProvider = new ContextProvider(this, { context: adapterContext });
  readonly #sessionProvider = new ContextProvider(this, { context: sessionContext });

  #state: SessionState = 'unconfigured';
  #error: Error | undefined;
  /** The adapter whose session is loaded, or loading (`null`: nothing requested yet). */
  #requestedFor: CaseKitAdapter | undefined | null = null;
  #request: AbortController | undefined;
  #retrying = false;
  /** The adapter whose `unauthenticated` events are listened to. */
  #watched: EventTarget | undefined;

  /** `unconfigured` (no adapter), `loading`, `ready` or `error`. */
  get sessionState(): SessionState {
    return this.#state;
  }

  /** The loaded session, the same value the elements inside receive. */
  get session(): Session | undefined {
    return this.#sessionProvider.value;
  }

  /** Why the session could not load, in the `error` state. */
  get error(): Error | undefined {
    return this.#error;
  }

  constructor() {
    super();
    this.addEventListener('ck-error', this.#onElementError);
  }

  /** Loads the session again (after the host signed the agent in again, for instance). */
  reload(): void {
    this.#retrying = false;
    this.#load();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watch(this.adapter);
    // A request cut short by a disconnection starts again on reconnection.
    if (this.hasUpdated && this.#requestedFor !== this.adapter) this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watch(undefined);
    if (this.#state === 'loading') {
      this.#request?.abort();
      this.#request = undefined;
      this.#requestedFor = null;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) {
      this.#adapterProvider.setValue(this.adapter);
      this.#watch(this.adapter);
    }
    if (this.#requestedFor !== this.adapter) {
      this.#retrying = false;
      this.#start();
    }
  }

  override render(): TemplateResult {
    const t = this.#locale.t;
    if (this.#state === 'unconfigured') {
      return html`<div class="message" part="message" data-tone="warning" role="alert">
        <p>${t('provider.no-adapter')}</p>
      </div>`;
    }
    if (this.#state === 'error' || (this.#retrying && this.#state === 'loading')) {
      const busy = this.#state === 'loading';
      return html`<div class="message" part="message" data-tone="danger" role="alert">
        <p class="title">${t('provider.session-error')}</p>
        <p>${this.#describe(this.#error)}</p>
        <button
          class="button"
          part="retry"
          type="button"
          aria-disabled=${busy ? 'true' : nothing}
          @click=${this.#retry}
        >
          ${busy ? t('state.loading') : t('action.retry')}
        </button>
      </div>`;
    }
    return html`<slot></slot>`;
  }

  /** Starts loading the session for the current adapter, dropping whatever was loaded or loading. */
  #start(): void {
    this.#request?.abort();
    this.#request = undefined;
    this.#requestedFor = this.adapter;
    this.#sessionProvider.setValue(undefined);
    if (!this.#retrying) this.#error = undefined;
    const adapter = this.adapter;
    if (!adapter) {
      this.#state = 'unconfigured';
      return;
    }
    this.#state = 'loading';
    const request = new AbortController();
    this.#request = request;
    adapter.getSession({ signal: request.signal }).then(
      (session) => {
        if (request.signal.aborted) return; // a newer request (or a disconnection) won
        this.#request = undefined;
        this.#state = 'ready';
        this.#error = undefined;
        this.#retrying = false;
        this.#sessionProvider.setValue(session);
        this.requestUpdate();
        sessionLoaded(session);
      },
      (error: unknown) => {
        if (request.signal.aborted) return;
        this.#request = undefined;
        this.#state = 'error';
        this.#retrying = false;
        this.#error = toError(error);
        this.requestUpdate();
        if (isCaseKitError(error, 'unauthenticated')) this.#announceUnauthenticated(error);
      },
    );
  }

  #load(): void {
    this.#start();
    this.requestUpdate();
  }

  #retry = (): void => {
    if (this.#state === 'loading') return;
    this.#retrying = true;
    this.#load();
  };

  #describe(error: Error | undefined): string {
    const t = this.#locale.t;
    if (!isCaseKitError(error)) return t('error.unknown');
    if (error.code === 'unavailable' && error.retryAfter) {
      return t('error.unavailable-retry', { count: error.retryAfter });
    }
    return t(`error.${error.code}`);
  }

  /**
   * Listens to an adapter that reports 401s itself: an `EventTarget` firing `unauthenticated` events
   * with the `error` (as `RestAdapter` does), so a 401 on any call reaches the host.
   */
  #watch(adapter: CaseKitAdapter | undefined): void {
    const target = adapter instanceof EventTarget ? adapter : undefined;
    if (target === this.#watched) return;
    this.#watched?.removeEventListener('unauthenticated', this.#onAdapterUnauthenticated);
    this.#watched = target;
    target?.addEventListener('unauthenticated', this.#onAdapterUnauthenticated);
  }

  #onAdapterUnauthenticated = (event: Event): void => {
    const { error } = event as Event & { readonly error?: unknown };
    this.#announceUnauthenticated(
      isCaseKitError(error, 'unauthenticated')
        ? error
        : new CaseKitError('unauthenticated', { cause: error }),
    );
  };

  #onElementError = (event: CaseKitErrorEvent): void => {
    if (isCaseKitError(event.error, 'unauthenticated')) this.#announceUnauthenticated(event.error);
  };

  #announceUnauthenticated(error: CaseKitError): void {
    if (announced.has(error)) return;
    announced.add(error);
    // Built first: the manifest analyzer reads `dispatchEvent(new X(arg))` as an event named after `arg`.
    const event = new UnauthenticatedEvent(error);
    this.dispatchEvent(event);
  }
}

function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  return new CaseKitError('unknown', { cause: error });
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-provider': CaseKitProvider;
  }
}
