import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CaseKitAdapter, ChangeListener } from '../../../src/adapters/contract.js';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../../src/adapters/memory/index.js';
import type { CaseList } from '../../../src/elements/case-list/case-list.js';
import '../../../src/define.js';
import type { Case, CaseQuery, Page, Session } from '../../../src/model/types.js';

/** A method of the wrapped adapter, bound to it (its private fields need the real `this`). */
export function forward(target: object, name: string | symbol): unknown {
  const value: unknown = Reflect.get(target, name);
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}

export type Profile = keyof typeof demoAgentIdByProfile;

const datasets = new Map<number, ReturnType<typeof createDemoData>>();

/** A MemoryAdapter over the demo data, signed in as a demo profile, and its session. */
export async function memoryBackend(
  options: { cases?: number; profile?: Profile } = {},
): Promise<{ adapter: MemoryAdapter; session: Session }> {
  const count = options.cases ?? 200;
  let data = datasets.get(count);
  if (!data) {
    data = createDemoData({ cases: count });
    datasets.set(count, data);
  }
  const adapter = new MemoryAdapter({ data, agentId: demoAgentIdByProfile[options.profile ?? 'agent'] });
  return { adapter, session: await adapter.getSession() };
}

/**
 * Mounts a list with the adapter and session set directly (as `ck-provider` would by context), inside
 * a wrapper carrying `lang` and `dir`. (The fixture is the list itself, a Lit element: fixtures of plain
 * elements wait for an animation frame, which never comes in a test page running in the background.)
 */
export async function mountList(
  adapter: CaseKitAdapter,
  session: Session | undefined,
  options: { crmCardId?: string; persistKey?: string; lang?: string; dir?: string; height?: string } = {},
): Promise<CaseList> {
  // The fixture cleanup removes the wrapper with the list.
  const wrapper = document.createElement('div');
  wrapper.lang = options.lang ?? 'en';
  wrapper.dir = options.dir ?? 'ltr';
  document.body.append(wrapper);
  const list = await fixture<CaseList>(
    html`<ck-case-list
      .adapter=${adapter}
      .session=${session}
      crm-card-id=${ifDefined(options.crmCardId)}
      persist-key=${ifDefined(options.persistKey)}
    ></ck-case-list>`,
    { parentNode: wrapper },
  );
  if (options.height) {
    list.style.setProperty('--ck-case-list-block-size', options.height);
    await list.updateComplete;
  }
  return list;
}

export function shadow(list: CaseList): ShadowRoot {
  return list.shadowRoot!;
}

export function grid(list: CaseList): HTMLElement {
  return shadow(list).querySelector<HTMLElement>('[role="grid"]')!;
}

/** The rendered case rows (not the header, not skeletons). */
export function caseRows(list: CaseList): HTMLElement[] {
  return [...shadow(list).querySelectorAll<HTMLElement>('.body [role="row"][data-case-id]')];
}

export function headers(list: CaseList): HTMLElement[] {
  return [...shadow(list).querySelectorAll<HTMLElement>('[role="columnheader"]')];
}

export function header(list: CaseList, name: string): HTMLElement {
  const found = headers(list).find((h) => h.textContent?.trim() === name);
  if (!found) throw new Error(`No column header "${name}"`);
  return found;
}

/** The position of the column named `name` (its cells' index in `cellTexts`). */
export function columnIndex(list: CaseList, name: string): number {
  return headers(list).indexOf(header(list, name));
}

export function sortButton(list: CaseList, name: string): HTMLButtonElement {
  return header(list, name).querySelector('button')!;
}

/** The text of a row's cells, trimmed. */
export function cellTexts(row: HTMLElement): string[] {
  return [...row.querySelectorAll('[role="gridcell"]')].map((c) =>
    c.textContent!.replace(/\s+/g, ' ').trim(),
  );
}

export function rowByIndex(list: CaseList, ariaRowIndex: number): HTMLElement | null {
  return shadow(list).querySelector<HTMLElement>(`.body [role="row"][aria-rowindex="${ariaRowIndex}"]`);
}

export function focusedRow(list: CaseList): HTMLElement | null {
  const active = shadow(list).activeElement as HTMLElement | null;
  return active?.getAttribute('role') === 'row' ? active : null;
}

export function liveRegion(list: CaseList): HTMLElement {
  return shadow(list).querySelector<HTMLElement>('[role="status"]')!;
}

export function stateMessage(list: CaseList): string {
  return shadow(list).querySelector('.state')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export async function waitForRows(list: CaseList, message = 'rows to show'): Promise<void> {
  await waitUntil(() => caseRows(list).length > 0, message, { timeout: 5000 });
  await list.updateComplete;
}

export async function waitForState(list: CaseList, message = 'a state message'): Promise<void> {
  await waitUntil(() => stateMessage(list) !== '', message, { timeout: 5000 });
}

/** Lets timers, scroll events and renders run (no animation frames: a background test page has none). */
export async function settle(ms = 50): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Wraps an adapter's `listCases` to watch and shape its answers: `delay(query, call)` returns ms to
 * wait before answering (honouring the abort signal), `fail(query, call)` an error to throw.
 */
export class ListCasesProbe implements Pick<CaseKitAdapter, 'listCases' | 'subscribe'> {
  readonly calls: CaseQuery[] = [];
  aborted = 0;
  delay: (query: CaseQuery, call: number) => number = () => 0;
  fail: (query: CaseQuery, call: number) => Error | undefined = () => undefined;
  readonly #inner: CaseKitAdapter;

  constructor(inner: CaseKitAdapter) {
    this.#inner = inner;
  }

  async listCases(query: CaseQuery, options: { signal?: AbortSignal } = {}): Promise<Page<Case>> {
    const call = this.calls.push(query) - 1;
    const wait = this.delay(query, call);
    if (wait > 0) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, wait);
        options.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          this.aborted++;
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        });
      });
    }
    const error = this.fail(query, call);
    if (error) throw error;
    return this.#inner.listCases(query, options);
  }

  subscribe(listener: ChangeListener): () => void {
    return this.#inner.subscribe(listener);
  }

  /** The adapter to give the list: the inner one with `listCases` replaced. */
  get adapter(): CaseKitAdapter {
    return new Proxy(this.#inner, {
      get: (target, name) => (name === 'listCases' ? this.listCases.bind(this) : forward(target, name)),
    });
  }
}

/** An adapter that reports `total` cases and makes up each page (for lists of millions). */
export function hugeAdapter(
  inner: CaseKitAdapter,
  template: Case,
  total: number,
): CaseKitAdapter & { calls: CaseQuery[] } {
  const calls: CaseQuery[] = [];
  const listCases = async (query: CaseQuery): Promise<Page<Case>> => {
    calls.push(query);
    const end = Math.min(total, query.offset + query.limit);
    const items: Case[] = [];
    for (let index = query.offset; index < end; index++) {
      const number = `C-${String(index + 1).padStart(7, '0')}`;
      items.push({ ...template, id: `case-${index + 1}`, number, title: `Case number ${index + 1}` });
    }
    return { items, total };
  };
  return new Proxy(inner, {
    get: (target, name) =>
      name === 'listCases' ? listCases : name === 'calls' ? calls : forward(target, name),
  }) as CaseKitAdapter & { calls: CaseQuery[] };
}
