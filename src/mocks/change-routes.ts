import { HttpResponse, type HttpHandler } from 'msw';
import type { CaseKitChange } from '../adapters/contract.js';
import type { MemoryStore } from '../adapters/memory/index.js';
import type { routeBuilder } from './route-builder.js';

type Routes = ReturnType<typeof routeBuilder>;

/** The open change streams, so the backend can end them when its data is swapped or reset. */
export class ChangeStreams {
  readonly #close = new Set<() => void>();

  get open(): number {
    return this.#close.size;
  }

  add(close: () => void): () => void {
    this.#close.add(close);
    return () => this.#close.delete(close);
  }

  closeAll(): void {
    for (const close of [...this.#close]) close();
  }
}

/** A cursor from a client: a sequence number, or `undefined` when absent or not one. */
function readCursor(text: string | null): number | undefined {
  return text !== null && /^\d+$/.test(text) ? Number(text) : undefined;
}

function frame(change: CaseKitChange, seq: number): string {
  return `id: ${seq}\ndata: ${JSON.stringify(change)}\n\n`;
}

/**
 * The first frames of a stream: the changes after the client's `Last-Event-ID`, an `event: reset`
 * when that cursor is unknown, or just the current cursor for a new client.
 */
function opening(store: MemoryStore, lastEventId: string | null): string {
  if (lastEventId === null) return `retry: 1000\nid: ${store.cursor}\n\n`;
  const since = store.changesSince(readCursor(lastEventId) ?? -1);
  if (since.reset) return `retry: 1000\nevent: reset\nid: ${since.cursor}\n\n`;
  return 'retry: 1000\n\n' + since.changes.map(({ seq, ...change }) => frame(change, seq)).join('');
}

/** `GET /changes/stream` (server-sent events) and `GET /changes?since=` (polling). */
export function changeRoutes(route: Routes, streams: ChangeStreams): HttpHandler[] {
  return [
    route.get('/changes/stream', ({ store, request }) => {
      const encoder = new TextEncoder();
      let stop = (): void => undefined;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          let closed = false;
          const write = (text: string): void => {
            if (!closed) controller.enqueue(encoder.encode(text));
          };
          const unsubscribe = store.subscribe((change, seq) => write(frame(change, seq)));
          const forget = streams.add(() => {
            if (!closed) controller.close();
            stop();
          });
          stop = () => {
            closed = true;
            unsubscribe();
            forget();
            request.signal.removeEventListener('abort', stop);
          };
          request.signal.addEventListener('abort', stop, { once: true });
          write(opening(store, request.headers.get('Last-Event-ID')));
        },
        cancel() {
          stop();
        },
      });
      return new HttpResponse(body, {
        headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
      });
    }),

    route.get('/changes', ({ store, url }) => {
      const sinceText = url.searchParams.get('since');
      if (sinceText === null)
        return HttpResponse.json({ changes: [], cursor: String(store.cursor), reset: false });
      const since = store.changesSince(readCursor(sinceText) ?? -1);
      return HttpResponse.json({
        changes: since.reset ? [] : since.changes,
        cursor: String(since.cursor),
        reset: since.reset,
      });
    }),
  ];
}
