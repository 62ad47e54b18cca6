import type { HttpHandler } from 'msw';
import { createDemoData, MemoryStore } from '../adapters/memory/index.js';
import type { CaseKitDataset } from '../model/dataset.js';
import { caseRoutes } from './case-routes.js';
import { ChangeStreams, changeRoutes } from './change-routes.js';
import { directoryRoutes } from './directory-routes.js';
import { FailurePlan, type MockFailure } from './failures.js';
import { routeBuilder, type BackendState } from './route-builder.js';

export interface MockBackendOptions {
  /** Where the REST contract is served (the `RestAdapter`'s `baseUrl`), e.g. `/api` or `https://api.test/casekit`. */
  readonly baseUrl: string;
  /** The data, or a store shared with other backends or adapters (default: `createDemoData()`). */
  readonly data?: CaseKitDataset | MemoryStore;
  /** The agent of requests sent without an `Authorization` header (otherwise they get a 401). */
  readonly agentId?: string;
}

/** The REST contract served by msw from an in-memory store, with knobs for stories and tests. */
export interface MockBackend {
  /** Pass to `setupWorker(...)`, `setupServer(...)` or `worker.use(...)`. */
  readonly handlers: HttpHandler[];
  /** The store the handlers serve now (replaced by `useData`). */
  readonly store: MemoryStore;
  readonly baseUrl: string;
  /** How many change streams are open (a test can wait for a client's feed to connect). */
  readonly openStreams: number;
  /** The agent of requests without an `Authorization` header; `undefined`: those get a 401. */
  setAgent(agentId: string | undefined): void;
  /** Delay before every answer, in milliseconds. */
  setLatency(ms: number): void;
  /** Makes matching requests fail; returns a function that removes this failure. */
  fail(failure: MockFailure): () => void;
  /** Serves other data from now on; open change streams end (clients reconnect and resume). */
  useData(data: CaseKitDataset | MemoryStore): void;
  /** Back to the initial data; no failures, no latency, streams ended. */
  reset(): void;
}

/**
 * Creates the msw handlers of the REST contract (`docs/rest-contract.yaml`) over a `MemoryStore`:
 * every request runs through a `MemoryAdapter` for the agent its Bearer token names, so the mocked
 * backend enforces the same rules as the embedded one.
 *
 * @example
 * const backend = createHandlers({ baseUrl: '/api', agentId: demoAgentIdByProfile.agent });
 * await setupWorker(...backend.handlers).start();
 * backend.fail({ kind: 'unavailable', retryAfter: 30, times: 1 });
 */
export function createHandlers(options: MockBackendOptions): MockBackend {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const toStore = (data: CaseKitDataset | MemoryStore): MemoryStore =>
    data instanceof MemoryStore ? data : new MemoryStore(data);
  let store = toStore(options.data ?? createDemoData());
  let defaultAgentId = options.agentId;
  let latencyMs = 0;
  const failures = new FailurePlan();
  const streams = new ChangeStreams();

  const state = (): BackendState => ({ baseUrl, store, defaultAgentId, latencyMs, failures });
  const route = routeBuilder(state);
  const handlers = [
    ...caseRoutes(route, baseUrl),
    ...directoryRoutes(route),
    ...changeRoutes(route, streams),
  ];

  return {
    handlers,
    baseUrl,
    get store() {
      return store;
    },
    get openStreams() {
      return streams.open;
    },
    setAgent(agentId) {
      defaultAgentId = agentId;
    },
    setLatency(ms) {
      latencyMs = Math.max(0, ms);
    },
    fail(failure) {
      return failures.add(failure);
    },
    useData(data) {
      streams.closeAll();
      store = toStore(data);
    },
    reset() {
      failures.clear();
      latencyMs = 0;
      streams.closeAll();
      store.reset();
    },
  };
}
