import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CaseKitAdapter } from '../../../src/adapters/contract.js';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../../src/adapters/memory/index.js';
import { MemoryDraftStore, type DraftStore } from '../../../src/controllers/draft-store.js';
import { CaseForm, type CaseFormMode } from '../../../src/elements/case-form/case-form.js';
import type { Session } from '../../../src/model/types.js';

if (!customElements.get('ck-case-form')) customElements.define('ck-case-form', CaseForm);

export type Profile = keyof typeof demoAgentIdByProfile;

const demoData = createDemoData({ cases: 60, interactions: 200, crmCards: 40 });

/** A MemoryAdapter over a fresh copy of the demo data, signed in as a demo profile. */
export async function memoryBackend(
  profile: Profile = 'agent',
  data: ConstructorParameters<typeof MemoryAdapter>[0]['data'] = demoData,
): Promise<{ adapter: MemoryAdapter; session: Session }> {
  const adapter = new MemoryAdapter({ data, agentId: demoAgentIdByProfile[profile] });
  return { adapter, session: await adapter.getSession() };
}

/** A method of the wrapped adapter, bound to it (its private fields need the real `this`). */
export function forward(target: object, name: string | symbol): unknown {
  const value: unknown = Reflect.get(target, name);
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}

/** The adapter with some methods replaced. */
export function withOverrides(adapter: CaseKitAdapter, overrides: Partial<CaseKitAdapter>): CaseKitAdapter {
  return new Proxy(adapter, {
    get: (target, name) =>
      Object.hasOwn(overrides, name) ? overrides[name as keyof CaseKitAdapter] : forward(target, name),
  });
}

export interface MountOptions {
  readonly mode?: CaseFormMode;
  readonly caseId?: string;
  readonly interactionId?: string;
  readonly crmCardId?: string;
  readonly layout?: unknown;
  readonly draftStore?: DraftStore;
  readonly draftTtl?: number;
  readonly saveTimeout?: number;
  readonly lang?: string;
}

/** Mounts a form with the adapter and session set directly, and waits until its form is there. */
export async function mountForm(
  adapter: CaseKitAdapter,
  session: Session | undefined,
  options: MountOptions = {},
): Promise<CaseForm> {
  const wrapper = fixtureSync<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <ck-case-form
        .adapter=${adapter}
        .session=${session}
        .layout=${options.layout}
        .draftStore=${options.draftStore ?? new MemoryDraftStore()}
        .draftTtl=${options.draftTtl ?? 7 * 24 * 3600 * 1000}
        .saveTimeout=${options.saveTimeout ?? 30000}
        mode=${options.mode ?? 'create'}
        case-id=${ifDefined(options.caseId)}
        interaction-id=${ifDefined(options.interactionId)}
        crm-card-id=${ifDefined(options.crmCardId)}
      ></ck-case-form>
    </div>`,
  );
  const form = wrapper.querySelector('ck-case-form')!;
  await form.updateComplete;
  return form;
}

export async function waitForForm(form: CaseForm): Promise<void> {
  await waitUntil(() => form.shadowRoot!.querySelector('form') !== null, 'the form did not render', {
    timeout: 4000,
  });
  await form.updateComplete;
}

export function root(form: CaseForm): ShadowRoot {
  return form.shadowRoot!;
}

export function control<T extends HTMLElement = HTMLInputElement>(form: CaseForm, key: string): T {
  const found = root(form).getElementById(`f-${key}`);
  if (!found) throw new Error(`no control for ${key}`);
  return found as T;
}

export function hasControl(form: CaseForm, key: string): boolean {
  return root(form).getElementById(`f-${key}`) !== null;
}

/** Types a value into a control as the agent would (an input event), then leaves it. */
export async function fill(form: CaseForm, key: string, value: string | boolean): Promise<void> {
  const element = control<HTMLInputElement>(form, key);
  if (typeof value === 'boolean') {
    element.checked = value;
    element.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  } else {
    element.value = value;
    const kind = element.tagName === 'SELECT' ? 'change' : 'input';
    element.dispatchEvent(new Event(kind, { bubbles: true, composed: true }));
  }
  element.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** The error text tied to a control by aria-describedby, or undefined. */
export function errorOf(form: CaseForm, key: string): string | undefined {
  const element = control(form, key);
  const group = element.closest('[role="group"]');
  const ids = (
    element.getAttribute('aria-describedby') ??
    group?.getAttribute('aria-describedby') ??
    ''
  ).split(' ');
  const error = ids
    .map((id) => root(form).getElementById(id))
    .find((node) => node?.classList.contains('error'));
  return error?.textContent?.trim();
}

export function button(form: CaseForm, action: string): HTMLButtonElement {
  const found = root(form).querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!found) throw new Error(`no ${action} button`);
  return found;
}

export function text(node: Element | ShadowRoot | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export async function settle(form: CaseForm, condition: () => boolean, message = 'condition'): Promise<void> {
  await waitUntil(condition, message, { timeout: 4000 });
  await form.updateComplete;
}
