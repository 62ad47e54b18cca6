import { html, type TemplateResult } from 'lit';
import type { CaseKitAdapter } from '../../src/adapters/contract.js';
import { CaseKitError } from '../../src/adapters/errors.js';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../src/adapters/memory/index.js';
import type { CaseRecord } from '../../src/model/types.js';
import type { BackendParameters, DemoProfile } from './backend.js';

/** The stories' demo data (the same seed as the mocked backend's), to pick a case each profile sees. */
const data = createDemoData();
const teamOf = (agentId: string) => data.agents.find((a) => a.id === agentId)?.teamIds ?? [];

/** An open case the profile's demo agent sees: their own, or a teammate's (read-only owns none). */
export function caseFor(profile: DemoProfile, test: (c: CaseRecord) => boolean = () => true): string {
  const agentId = demoAgentIdByProfile[profile];
  const teams = new Set(teamOf(agentId));
  const open = (c: CaseRecord) => !['resolved', 'closed'].includes(c.statusId) && test(c);
  const own = data.cases.find((c) => c.ownerId === agentId && open(c));
  const team = data.cases.find((c) => open(c) && teamOf(c.ownerId).some((t) => teams.has(t)));
  return (own ?? team ?? data.cases[0]!).id;
}

export const casekit = (parameters: BackendParameters) => ({ casekit: parameters });

/** GET of one case (to hold it loading, or make it fail). */
export const caseRead = (request: Request) =>
  request.method === 'GET' && /\/cases\/[^/]+$/.test(new URL(request.url).pathname);

/** A change of one case (PUT owner/status, DELETE), to make it fail. */
export const caseWrite = (request: Request) =>
  request.method !== 'GET' && /\/cases\/[^/]+/.test(new URL(request.url).pathname);

/** A MemoryAdapter signed in as the profile whose changes all answer "someone changed it meanwhile". */
export function conflictingAdapter(profile: DemoProfile): CaseKitAdapter {
  const adapter = new MemoryAdapter({ data, agentId: demoAgentIdByProfile[profile] });
  const conflict = () => Promise.reject(new CaseKitError('conflict', { message: 'Stale version.' }));
  return new Proxy(adapter, {
    get(target, name) {
      if (name === 'transferCase' || name === 'setCaseStatus' || name === 'deleteCase') return conflict;
      const value: unknown = Reflect.get(target, name);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export function memoryProvider(adapter: CaseKitAdapter, content: TemplateResult): TemplateResult {
  return html`<ck-provider .adapter=${adapter}>${content}</ck-provider>`;
}
