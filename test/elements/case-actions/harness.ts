import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CaseKitAdapter } from '../../../src/adapters/contract.js';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../../src/adapters/memory/index.js';
import { DeleteCase } from '../../../src/elements/delete-case/delete-case.js';
import { OwnerPicker } from '../../../src/elements/owner-picker/owner-picker.js';
import { StatusPicker } from '../../../src/elements/status-picker/status-picker.js';
import { CaseKitProvider } from '../../../src/elements/provider/provider.js';
import type { CaseKitDataset } from '../../../src/model/dataset.js';
import type { Agent, Case, Session } from '../../../src/model/types.js';

for (const [tag, element] of [
  ['ck-owner-picker', OwnerPicker],
  ['ck-status-picker', StatusPicker],
  ['ck-delete-case', DeleteCase],
  ['ck-provider', CaseKitProvider],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

export type Profile = keyof typeof demoAgentIdByProfile;
export const profiles = Object.keys(demoAgentIdByProfile) as Profile[];

let demo: CaseKitDataset | undefined;
/** The demo data (60 cases), made once. */
export function demoData(): CaseKitDataset {
  return (demo ??= createDemoData({ cases: 60, seed: 3 }));
}

/** The demo data plus `count` agents in a team of their own (for the 10,000-agent picker). */
export function withManyAgents(count: number): CaseKitDataset {
  const data = demoData();
  const agents: Agent[] = Array.from({ length: count }, (_, i) => ({
    id: `bulk-${String(i).padStart(5, '0')}`,
    name: `Agent ${String(i).padStart(5, '0')}`,
    teamIds: ['team-bulk'],
    profileId: 'agent',
  }));
  return {
    ...data,
    teams: [...data.teams, { id: 'team-bulk', name: 'Bulk' }],
    agents: [...data.agents, ...agents],
  };
}

/** A MemoryAdapter signed in as a demo profile, with its session. */
export async function memoryBackend(
  profile: Profile = 'agent',
  data: CaseKitDataset = demoData(),
): Promise<{ adapter: MemoryAdapter; session: Session }> {
  const adapter = new MemoryAdapter({ data, agentId: demoAgentIdByProfile[profile] });
  return { adapter, session: await adapter.getSession() };
}

/** The first visible case matching `test` (the agent's own cases come first). */
export async function findCase(
  adapter: CaseKitAdapter,
  test: (c: Case) => boolean = () => true,
): Promise<Case> {
  const { items } = await adapter.listCases({
    offset: 0,
    limit: 500,
    sort: { field: 'number', direction: 'asc' },
  });
  const found = items.find(test);
  if (!found) throw new Error('No case matches.');
  return found;
}

/** Wraps an adapter so each method can be replaced (its private fields need the real `this`). */
export function overriding(adapter: CaseKitAdapter, overrides: Partial<CaseKitAdapter>): CaseKitAdapter {
  return new Proxy(adapter, {
    get(target, name) {
      if (name in overrides) return overrides[name as keyof CaseKitAdapter];
      const value: unknown = Reflect.get(target, name);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Mounts an element inside a wrapper carrying `lang` (the fixture cleanup removes both). */
export async function mount<T extends HTMLElement>(template: TemplateResult, lang = 'en'): Promise<T> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  document.body.append(wrapper);
  return fixture<T>(template, { parentNode: wrapper });
}

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

export function text(node: Element | ShadowRoot | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Waits for the element to have loaded its case (a control, or a read-only value, or a message). */
export async function ready(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await waitUntil(
    () => !shadow(element).querySelector('.loading') && shadow(element).childElementCount > 0,
    'the case did not load',
  );
  await element.updateComplete;
}

/** The polite live region's text. */
export function announced(element: Element): string {
  return text(shadow(element).querySelector('[role="status"]'));
}

/** The visible refusal next to the control. */
export function refusal(element: Element): string {
  return text(shadow(element).querySelector('.message.error'));
}

export function nextTask(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
