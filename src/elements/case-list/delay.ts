import type { ReactiveControllerHost } from 'lit';

/**
 * A state shown only once it has lasted a moment (grey rows for a page that takes a while): `due()`
 * starts the wait and is true once it is over, when the host renders again; `reset()` when the state ends.
 */
export class Delay {
  readonly #host: ReactiveControllerHost;
  readonly #ms: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #over = false;

  constructor(host: ReactiveControllerHost, ms: number) {
    this.#host = host;
    this.#ms = ms;
  }

  due(): boolean {
    this.#timer ??= setTimeout(() => {
      this.#over = true;
      this.#host.requestUpdate();
    }, this.#ms);
    return this.#over;
  }

  reset(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#over = false;
  }
}
