/**
 * An incremental reader of `text/event-stream` (the server-sent events wire format), for SSE over
 * `fetch`: `EventSource` cannot send an `Authorization` header.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
 */

/** One block of fields ended by a blank line. */
export interface StreamEvent {
  /** The `event:` field, `message` by default. */
  readonly type: string;
  /** The `data:` lines joined with `\n` (may be empty: an `id:`-only block just moves the cursor). */
  readonly data: string;
  /** The last event id after this block (the stream's cursor), if any was ever sent. */
  readonly lastEventId: string | undefined;
}

export interface EventStreamHandlers {
  readonly event: (event: StreamEvent) => void;
  /** The server's `retry:` reconnection time, in milliseconds. */
  readonly retry?: (ms: number) => void;
}

export class EventStreamParser {
  readonly #handlers: EventStreamHandlers;
  readonly #decoder = new TextDecoder();
  #buffer = '';
  #type = '';
  #data: string[] = [];
  #hasFields = false;
  #lastEventId: string | undefined;

  constructor(handlers: EventStreamHandlers, lastEventId?: string) {
    this.#handlers = handlers;
    this.#lastEventId = lastEventId;
  }

  /** Feeds bytes (or text) as they arrive. */
  push(chunk: Uint8Array | string): void {
    this.#buffer += typeof chunk === 'string' ? chunk : this.#decoder.decode(chunk, { stream: true });
    if (this.#buffer.startsWith('\uFEFF')) this.#buffer = this.#buffer.slice(1);
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.#buffer);
      if (!match) return;
      // A CR at the very end may be the first half of a CRLF split across chunks.
      if (match[0] === '\r' && match.index === this.#buffer.length - 1) return;
      const line = this.#buffer.slice(0, match.index);
      this.#buffer = this.#buffer.slice(match.index + match[0].length);
      this.#line(line);
    }
  }

  #line(line: string): void {
    if (line === '') {
      this.#dispatch();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (name) {
      case 'event':
        this.#type = value;
        this.#hasFields = true;
        break;
      case 'data':
        this.#data.push(value);
        this.#hasFields = true;
        break;
      case 'id':
        if (!value.includes('\0')) this.#lastEventId = value;
        this.#hasFields = true;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.#handlers.retry?.(Number(value));
        break;
    }
  }

  #dispatch(): void {
    if (this.#hasFields) {
      this.#handlers.event({
        type: this.#type || 'message',
        data: this.#data.join('\n'),
        lastEventId: this.#lastEventId,
      });
    }
    this.#type = '';
    this.#data = [];
    this.#hasFields = false;
  }
}
