import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import type { CaseKitAdapter } from '../src/adapters/contract.js';
import { CaseKitError } from '../src/adapters/errors.js';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../src/adapters/memory/index.js';
import type { CaseList } from '../src/elements/case-list/case-list.js';
import type { BackendParameters } from './support/backend.js';

// Most stories go through the global decorator: a ck-provider over the RestAdapter and the MSW backend.
// Stories that need data the mocked backend cannot serve (none at all, 100,000 cases, a refusal) render
// their own provider over a MemoryAdapter.
const caseRequests = (request: Request) => new URL(request.url).pathname.endsWith('/cases');
const casekit = (parameters: BackendParameters) => ({ casekit: parameters });

const list = (canvas: HTMLElement) => canvas.querySelector<CaseList>('ck-case-list')!;
const root = (canvas: HTMLElement) => list(canvas).shadowRoot!;
const rows = (canvas: HTMLElement) => [...root(canvas).querySelectorAll('.body [role="row"][data-case-id]')];
const rowsShown = async (canvas: HTMLElement) =>
  waitFor(() => expect(rows(canvas).length).toBeGreaterThan(0));

/** A method of the wrapped adapter, bound to it (its private fields need the real `this`). */
function forward(target: object, name: string | symbol): unknown {
  const value: unknown = Reflect.get(target, name);
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}

function memoryProvider(adapter: CaseKitAdapter, list = html`<ck-case-list></ck-case-list>`) {
  return html`<ck-provider .adapter=${adapter}>${list}</ck-provider>`;
}

function memoryAdapter(cases: number): MemoryAdapter {
  return new MemoryAdapter({ data: createDemoData({ cases }), agentId: demoAgentIdByProfile.agent });
}

const meta = {
  title: 'Elements/ck-case-list',
  component: 'ck-case-list',
  render: () => html`<ck-case-list></ck-case-list>`,
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The agent's team's cases in the layout's columns, newest change first. Click a column title to sort. */
export const Default: Story = {
  render: () => html`<ck-case-list></ck-case-list>`,
  play: async ({ canvasElement }) => {
    await rowsShown(canvasElement);
    const sorted = root(canvasElement).querySelector('[aria-sort]')!;
    await expect(sorted.textContent?.trim()).toBe('Updated');
    await userEvent.click(
      root(canvasElement).querySelector<HTMLButtonElement>('[data-key="number"] button')!,
    );
    await waitFor(() =>
      expect(root(canvasElement).querySelector('[aria-sort]')!.getAttribute('aria-sort')).toBe('ascending'),
    );
  },
};

/** The first page has not arrived: skeleton rows, the grid busy, "Loading cases…" announced. */
export const Loading: Story = {
  parameters: casekit({ failure: { kind: 'timeout', match: caseRequests } }),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelectorAll('.row.pending').length).toBeGreaterThan(0),
    );
  },
};

/** No case at all yet. */
export const Empty: Story = {
  parameters: casekit({ provider: false }),
  render: () => memoryProvider(memoryAdapter(0)),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelector('.state')?.textContent).toContain('No cases yet.'),
    );
  },
};

/** The search and filters match nothing: the list says so, with a way to clear them. */
export const NoMatch: Story = {
  name: 'No match',
  render: () =>
    html`<ck-case-list
      .viewState=${{ filters: [{ statusClass: 'closed' }], search: 'zzz no such case' }}
    ></ck-case-list>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelector('.state')?.textContent).toContain('No case matches'),
    );
  },
};

/** The backend is unavailable once: an alert says so; "Try again" loads the cases. */
export const LoadError: Story = {
  name: 'Error',
  parameters: casekit({ failure: { kind: 'unavailable', times: 1, match: caseRequests } }),
  // The error stays on screen; "Try again" (the backend answers the second time) brings the rows.
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[role="alert"]')).not.toBeNull());
    await expect(root(canvasElement).querySelector('.state button')?.textContent?.trim()).toBe('Try again');
  },
};

/** The backend refuses the list to this agent. */
export const Forbidden: Story = {
  parameters: casekit({ provider: false }),
  render: () => {
    const adapter = memoryAdapter(50);
    const refusing = new Proxy(adapter, {
      get: (target, name) =>
        name === 'listCases' ? () => Promise.reject(new CaseKitError('forbidden')) : forward(target, name),
    });
    return memoryProvider(refusing);
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(root(canvasElement).querySelector('.state')?.textContent).toContain('does not allow you to see'),
    );
  },
};

/** 100,000 cases in the in-memory backend: only the rows in view are rendered; search answers as you type. */
export const HundredThousandCases: Story = {
  name: '100k cases',
  parameters: casekit({ provider: false, profile: 'supervisor' }),
  render: () =>
    memoryProvider(
      new MemoryAdapter({
        data: createDemoData({ cases: 100_000 }),
        agentId: demoAgentIdByProfile.supervisor,
      }),
    ),
  play: async ({ canvasElement }) => {
    await rowsShown(canvasElement);
    await expect(
      Number(root(canvasElement).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')),
    ).toBe(100_001);
  },
};

/**
 * The cases of one CRM card (the CRM-cards module): "New case" carries the card. The demo data's card
 * `crm-0017` has cases every demo profile may see (2 for an agent, 5 for the supervisor).
 */
export const CrmCardScope: Story = {
  name: 'CRM-card scope',
  render: () => html`<ck-case-list crm-card-id="crm-0017"></ck-case-list>`,
  play: async ({ canvasElement }) => {
    await rowsShown(canvasElement);
    expect(root(canvasElement).querySelector('#scope')?.textContent).toBe('Cases of Théo Bernard');
  },
};

/** The host's `color-scheme: dark`: every colour comes from the tokens. */
export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => rowsShown(canvasElement),
};

/** Right to left: columns, toolbar and the filter panel mirror (logical properties only). */
export const RightToLeft: Story = {
  name: 'dir="rtl"',
  render: () => html`<div dir="rtl"><ck-case-list></ck-case-list></div>`,
  play: async ({ canvasElement }) => rowsShown(canvasElement),
};

/** The host page in French: strings, dates and numbers follow `lang`. */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await rowsShown(canvasElement);
    await expect(root(canvasElement).querySelector('[data-key="number"]')?.textContent?.trim()).toBe(
      'Numéro',
    );
  },
};
