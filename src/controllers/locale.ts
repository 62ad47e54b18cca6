import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onStringsRegistered, stringsVersion, translatorFor, type Translator } from '../i18n/strings.js';

/**
 * The language an element inherits: its own or its nearest ancestor's non-empty `lang` attribute,
 * walking out of shadow roots to their hosts, then `<html lang>`, then `'en'`.
 */
export function inheritedLang(element: Element): string {
  let node: Element | undefined = element;
  while (node) {
    const lang = node.closest('[lang]:not([lang=""])')?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return element.ownerDocument.documentElement.lang || 'en';
}

/** The writing direction an element inherits (from `dir` attributes, through shadow roots). */
export function inheritedDirection(element: Element): 'ltr' | 'rtl' {
  return element.matches(':dir(rtl)') ? 'rtl' : 'ltr';
}

// One observer for every connected controller: it only wakes up when a `lang` attribute changes,
// or when a strings table is registered (a language loaded on demand arrives).
const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;
let stopListening: (() => void) | undefined;

function refreshAll(): void {
  for (const controller of connected) controller.refresh();
}

function startObserving(): void {
  if (observer) return;
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  stopListening = onStringsRegistered(refreshAll);
}

function stopObservingWhenIdle(): void {
  if (connected.size > 0 || !observer) return;
  observer.disconnect();
  observer = undefined;
  stopListening?.();
}

/**
 * Gives an element the `Translator` for the language it inherits from the host page, and re-renders
 * it when a `lang` attribute in the document changes. (A `lang` changed inside another component's
 * shadow root is seen when the element reconnects, or on `refresh()`.)
 *
 * @example
 * ```ts
 * readonly #locale = new LocaleController(this);
 * override render() {
 *   return html`<button>${this.#locale.t('action.retry')}</button>`;
 * }
 * ```
 */
export class LocaleController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #translator: Translator = translatorFor('en');
  #stringsVersion = stringsVersion();

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** The inherited language tag, e.g. `fr` or `fr-CA`. */
  get lang(): string {
    return this.#translator.lang;
  }

  /** The translator for the inherited language. */
  get translator(): Translator {
    return this.#translator;
  }

  /** Shorthand for `translator.t`. */
  readonly t: Translator['t'] = (key, params) => this.#translator.t(key, params);

  /** The inherited writing direction, read when asked (for arrow-key handling; styles use `:dir()`). */
  get dir(): 'ltr' | 'rtl' {
    return inheritedDirection(this.#host);
  }

  hostConnected(): void {
    connected.add(this);
    startObserving();
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    stopObservingWhenIdle();
  }

  /** Re-reads the inherited language; re-renders the host when it or its strings table changed. */
  refresh(): void {
    const lang = inheritedLang(this.#host);
    if (lang === this.#translator.lang && this.#stringsVersion === stringsVersion()) return;
    this.#stringsVersion = stringsVersion();
    this.#translator = translatorFor(lang);
    this.#host.requestUpdate();
  }
}
