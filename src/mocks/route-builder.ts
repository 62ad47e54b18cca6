import { http, type HttpHandler } from 'msw';
import { CaseKitError } from '../adapters/errors.js';
import { MemoryAdapter, type MemoryStore } from '../adapters/memory/index.js';
import type { FailurePlan } from './failures.js';
import { requestAgent, responseForError } from './http-responses.js';

/** One request, as a route sees it: who sends it, and a `MemoryAdapter` acting for them. */
export interface MockCall {
  readonly request: Request;
  readonly url: URL;
  readonly params: Readonly<Record<string, string>>;
  readonly agentId: string;
  readonly adapter: MemoryAdapter;
  readonly store: MemoryStore;
  readonly signal: AbortSignal;
}

export type MockResolver = (call: MockCall) => Promise<Response> | Response;

/** What the routes read from the backend at request time (it changes between requests). */
export interface BackendState {
  readonly baseUrl: string;
  readonly store: MemoryStore;
  readonly defaultAgentId: string | undefined;
  readonly latencyMs: number;
  readonly failures: FailurePlan;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      resolve();
    }
  });
}

function stringParams(
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') result[key] = value;
  }
  return result;
}

/**
 * Makes msw handlers that serve the REST contract from the backend's store: each request waits the
 * configured latency, may meet an injected failure, is authenticated (the Bearer token is the agent
 * id), and runs through a fresh `MemoryAdapter` for that agent, whose `CaseKitError`s become problems.
 */
export function routeBuilder(
  state: () => BackendState,
): Record<Method, (path: string, resolver: MockResolver) => HttpHandler> {
  const route =
    (method: Method) =>
    (path: string, resolver: MockResolver): HttpHandler =>
      http[method](`${state().baseUrl}${path}`, async ({ request, params }) => {
        const { latencyMs, failures } = state();
        await sleep(latencyMs, request.signal);
        const failed = await failures.answer(request);
        if (failed) return failed;
        try {
          const { store, defaultAgentId } = state();
          const agentId = requestAgent(request, defaultAgentId);
          if (!store.agents.has(agentId))
            throw new CaseKitError('unauthenticated', { message: 'Unknown token.' });
          const adapter = new MemoryAdapter({ data: store, agentId });
          return await resolver({
            request,
            url: new URL(request.url),
            params: stringParams(params),
            agentId,
            adapter,
            store,
            signal: request.signal,
          });
        } catch (error) {
          return responseForError(error);
        }
      });
  return {
    get: route('get'),
    post: route('post'),
    put: route('put'),
    patch: route('patch'),
    delete: route('delete'),
  };
}
