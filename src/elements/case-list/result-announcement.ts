import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The polite announcement of a list's results ("1,204 cases", "No case matches"), made once the
 * results of a query have settled for a moment: a count per keystroke would chatter, and formatting
 * it before the first rows paint delayed them.
 */
export class ResultAnnouncement implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #delayMs: number;
  #text = '';
  /** The query whose results are (or are about to be) announced. */
  #key: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, delayMs: number) {
    this.#host = host;
    this.#delayMs = delayMs;
    host.addController(this);
  }

  /** What the live region says. */
  get text(): string {
    return this.#text;
  }

  /** Announces `message()` once the results of query `key` have stayed for the delay (once per query). */
  settle(key: string, message: () => string): void {
    if (this.#key === key) return;
    this.#key = key;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.#key !== key) return;
      this.#text = message();
      this.#host.requestUpdate();
    }, this.#delayMs);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#key = undefined;
  }
}
