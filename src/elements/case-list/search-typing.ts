import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Backends slower than this (a network round trip) get a debounce on typing; the in-memory one
 * answers under it even at 100k cases on a busy machine (its latency is its fastest recent call).
 */
const slowBackendMs = 60;
const debounceMs = 200;

export interface SearchTypingOptions {
  /** The backend's recent latency, in ms. */
  readonly latency: () => number;
  /** The search box shows `search`, not searched yet (a debounce is running). */
  readonly onTyped: (search: string) => void;
  /** Search for `search` now. */
  readonly onSearch: (search: string) => void;
}

/**
 * Typing in the search box: with a fast backend every keystroke searches at once (the earlier
 * request is aborted); a slow one gets a short debounce, so it is not asked for every letter.
 */
export class SearchTyping implements ReactiveController {
  readonly #options: SearchTypingOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: SearchTypingOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** The agent typed: the search box now holds `search`. */
  typed(search: string): void {
    this.cancel();
    if (this.#options.latency() < slowBackendMs) {
      this.#options.onSearch(search);
      return;
    }
    this.#options.onTyped(search);
    this.#timer = setTimeout(() => this.#options.onSearch(search), debounceMs);
  }

  /** Drops a search still waiting for its debounce (the view changed another way). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
