import type { CaseKitChange, ChangeType } from '../contract.js';
import { CaseKitError } from '../errors.js';
import { EventStreamParser, type StreamEvent } from './event-stream.js';
import type { HttpClient } from './http-client.js';

export type ChangeFeedMode = 'sse' | 'poll';

/** `GET /changes?since=` answers with this. */
export interface ChangesPage {
  readonly changes: readonly CaseKitChange[];
  /** Pass back as `since` (the same value as an SSE `id:`). */
  readonly cursor: string;
  /** The cursor was unknown (too old, or the backend restarted): `changes` is empty, resume from `cursor`. */
  readonly reset?: boolean;
}

export interface ChangeFeedOptions {
  readonly client: HttpClient;
  readonly mode: ChangeFeedMode;
  readonly pollIntervalMs: number;
  readonly emit: (change: CaseKitChange) => void;
  /** First reconnection delay after a failure, doubled on each failure in a row up to `maxRetryMs`. */
  readonly retryMs?: number;
  readonly maxRetryMs?: number;
}

const changeTypes: readonly string[] = [
  'case-created',
  'case-updated',
  'case-deleted',
  'interaction-linked',
  'interaction-unlinked',
] satisfies ChangeType[];

/** Keeps the known members of a change from the wire; `undefined` when it is not one. */
export function readChange(value: unknown): CaseKitChange | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, caseId, interactionId, previousCaseId, version } = value as Record<string, unknown>;
  if (typeof type !== 'string' || !changeTypes.includes(type) || typeof caseId !== 'string') return undefined;
  return {
    type: type as ChangeType,
    caseId,
    ...(typeof interactionId === 'string' ? { interactionId } : {}),
    ...(typeof previousCaseId === 'string' ? { previousCaseId } : {}),
    ...(typeof version === 'number' ? { version } : {}),
  };
}

/** Waits, or stops waiting as soon as the signal aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

type StreamOutcome = 'ended' | 'failed' | 'unsupported' | 'stopped';

/**
 * The REST contract's change feed: server-sent events over `fetch` (so the `headers` option applies),
 * reconnecting with backoff and `Last-Event-ID`, and polling `GET /changes?since=` whenever the
 * stream is down or unsupported. Starts from "now": changes before `start()` are not replayed.
 */
export class ChangeFeed {
  readonly #options: ChangeFeedOptions;
  #controller: AbortController | undefined;
  #cursor: string | undefined;
  #serverRetryMs: number | undefined;

  constructor(options: ChangeFeedOptions) {
    this.#options = options;
  }

  get running(): boolean {
    return this.#controller !== undefined;
  }

  start(): void {
    if (this.#controller) return;
    const controller = new AbortController();
    this.#controller = controller;
    void this.#run(controller.signal);
  }

  stop(): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.#cursor = undefined;
  }

  #backoff(failures: number): number {
    const first = this.#serverRetryMs ?? this.#options.retryMs ?? 1000;
    return Math.min(this.#options.maxRetryMs ?? 30_000, first * 2 ** Math.max(0, failures - 1));
  }

  async #run(signal: AbortSignal): Promise<void> {
    let streamSupported = this.#options.mode === 'sse';
    let streamFailures = 0;
    let pollFailures = 0;
    let nextStreamAt = 0;
    while (!signal.aborted) {
      if (streamSupported && Date.now() >= nextStreamAt) {
        const outcome = await this.#stream(signal, () => (streamFailures = 0));
        if (outcome === 'stopped') return;
        if (outcome === 'unsupported') streamSupported = false;
        else {
          if (outcome === 'failed') streamFailures += 1;
          nextStreamAt =
            Date.now() +
            (outcome === 'ended' ? (this.#serverRetryMs ?? 1000) : this.#backoff(streamFailures));
        }
      }
      // The stream is down: poll to catch up, then until the next stream attempt.
      if (await this.#poll(signal)) pollFailures = 0;
      else pollFailures += 1;
      if (signal.aborted) return;
      const pollWait = pollFailures > 0 ? this.#backoff(pollFailures) : this.#options.pollIntervalMs;
      await sleep(
        streamSupported ? Math.max(0, Math.min(pollWait, nextStreamAt - Date.now())) : pollWait,
        signal,
      );
    }
  }

  async #stream(signal: AbortSignal, opened: () => void): Promise<StreamOutcome> {
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (this.#cursor !== undefined) headers['Last-Event-ID'] = this.#cursor;
    let response: Response;
    try {
      response = await this.#options.client.send({ path: '/changes/stream', headers, signal });
    } catch (error) {
      if (signal.aborted) return 'stopped';
      const status = error instanceof CaseKitError ? error.status : undefined;
      return status === 404 || status === 405 || status === 501 ? 'unsupported' : 'failed';
    }
    const contentType = response.headers.get('Content-Type') ?? '';
    if (!response.body || !contentType.toLowerCase().startsWith('text/event-stream')) {
      await response.body?.cancel().catch(() => undefined);
      return 'unsupported';
    }
    opened();
    const reader = response.body.getReader();
    const parser = new EventStreamParser(
      { event: (event) => this.#receive(event), retry: (ms) => (this.#serverRetryMs = ms) },
      this.#cursor,
    );
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return 'ended';
        parser.push(value);
      }
    } catch {
      return signal.aborted ? 'stopped' : 'failed';
    } finally {
      reader.cancel().catch(() => undefined);
    }
  }

  #receive(event: StreamEvent): void {
    if (event.lastEventId !== undefined) this.#cursor = event.lastEventId;
    // `reset` (and any other event type) only moves the cursor.
    if (event.type !== 'message' || event.data === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(event.data);
    } catch {
      return;
    }
    const change = readChange(parsed);
    if (change) this.#options.emit(change);
  }

  /** One poll; false when it failed. */
  async #poll(signal: AbortSignal): Promise<boolean> {
    const query = new URLSearchParams();
    if (this.#cursor !== undefined) query.set('since', this.#cursor);
    try {
      const page = await this.#options.client.json<ChangesPage>({ path: '/changes', query, signal });
      if (signal.aborted) return true;
      if (!page.reset && this.#cursor !== undefined) {
        for (const raw of page.changes) {
          const change = readChange(raw);
          if (change) this.#options.emit(change);
        }
      }
      if (typeof page.cursor === 'string') this.#cursor = page.cursor;
      else if (typeof page.cursor === 'number') this.#cursor = String(page.cursor);
      return true;
    } catch {
      return false;
    }
  }
}
