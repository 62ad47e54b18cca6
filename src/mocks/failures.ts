import { HttpResponse } from 'msw';
import { CaseKitError } from '../adapters/errors.js';
import { problemResponse } from './http-responses.js';

export const failureKinds = ['server-error', 'unavailable', 'timeout', 'offline', 'unauthenticated'] as const;
export type FailureKind = (typeof failureKinds)[number];

/** A failure a story or a test injects into the mocked backend. */
export interface MockFailure {
  /**
   * - `server-error`: 500 · `unavailable`: 503 with `Retry-After` · `timeout`: no answer until the
   *   request is aborted · `offline`: a network error (`fetch` rejects) · `unauthenticated`: 401
   */
  readonly kind: FailureKind;
  /** Seconds, for `unavailable` (default 5). */
  readonly retryAfter?: number;
  /** How many requests fail (default: every one until removed or `reset()`). */
  readonly times?: number;
  /** Which requests fail (default: all). */
  readonly match?: (request: Request) => boolean;
}

interface ActiveFailure {
  readonly failure: MockFailure;
  remaining: number;
}

/** The injected failures, in the order they were added; the first that matches a request answers it. */
export class FailurePlan {
  #active: ActiveFailure[] = [];
  /** Requests held by a `timeout`, let go on `clear()`. */
  readonly #held = new Set<() => void>();

  add(failure: MockFailure): () => void {
    const active: ActiveFailure = { failure, remaining: failure.times ?? Number.POSITIVE_INFINITY };
    this.#active.push(active);
    return () => {
      this.#active = this.#active.filter((entry) => entry !== active);
    };
  }

  clear(): void {
    this.#active = [];
    for (const release of [...this.#held]) release();
  }

  /** The failure response for this request, or `undefined` to serve it normally. */
  async answer(request: Request): Promise<Response | undefined> {
    const active = this.#active.find(
      (entry) => entry.remaining > 0 && (entry.failure.match?.(request) ?? true),
    );
    if (!active) return undefined;
    active.remaining -= 1;
    if (active.remaining <= 0) this.#active = this.#active.filter((entry) => entry !== active);
    const { failure } = active;
    switch (failure.kind) {
      case 'server-error':
        return problemResponse(
          new CaseKitError('unknown', { status: 500, message: 'Injected server error.' }),
        );
      case 'unavailable':
        return problemResponse(
          new CaseKitError('unavailable', {
            status: 503,
            retryAfter: failure.retryAfter ?? 5,
            message: 'Injected outage.',
          }),
        );
      case 'unauthenticated':
        return problemResponse(new CaseKitError('unauthenticated', { message: 'Injected sign-out.' }));
      case 'offline':
        return HttpResponse.error();
      case 'timeout':
        await this.#hold(request.signal);
        return HttpResponse.error();
    }
  }

  /** Never answers until the request is aborted (or the plan is cleared). */
  #hold(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const release = (): void => {
        this.#held.delete(release);
        signal.removeEventListener('abort', release);
        resolve();
      };
      this.#held.add(release);
      if (signal.aborted) release();
      else signal.addEventListener('abort', release, { once: true });
    });
  }
}
