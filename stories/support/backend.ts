import { createDemoData, demoAgentIdByProfile } from '../../src/adapters/memory/index.js';
import { RestAdapter } from '../../src/adapters/rest/index.js';
import { createHandlers, type MockBackend } from '../../src/mocks/index.js';

export type DemoProfile = keyof typeof demoAgentIdByProfile;

/** Where the stories' REST backend lives; MSW answers there. */
export const apiBaseUrl = '/api';

/** What a story asks of its mocked backend (the `casekit` parameter). */
export interface BackendParameters {
  /** Sign in with this profile's demo agent instead of the toolbar's. */
  readonly profile?: DemoProfile;
  readonly latencyMs?: number;
  readonly failure?: Parameters<MockBackend['fail']>[0];
  /** false: the story renders its own provider (the global decorator adds none). */
  readonly provider?: boolean;
}

const demoData = createDemoData();

/** A fresh mocked backend over the demo data, signed in as the profile's demo agent. */
export function createStoryBackend(profile: DemoProfile, parameters: BackendParameters = {}): MockBackend {
  const backend = createHandlers({
    baseUrl: apiBaseUrl,
    data: demoData,
    agentId: demoAgentIdByProfile[profile],
  });
  if (parameters.latencyMs !== undefined) backend.setLatency(parameters.latencyMs);
  if (parameters.failure) backend.fail(parameters.failure);
  return backend;
}

/** The adapter every story uses: the real RestAdapter, talking to MSW. */
export function createStoryAdapter(profile: DemoProfile): RestAdapter {
  return new RestAdapter({
    baseUrl: apiBaseUrl,
    headers: () => ({ Authorization: `Bearer ${demoAgentIdByProfile[profile]}` }),
  });
}
