import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html, render } from 'lit';
import type { CaseKitAdapter } from '../src/adapters/contract.js';
import { CaseKitError } from '../src/adapters/errors.js';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../src/adapters/memory/index.js';
import { MemoryDraftStore, draftKey } from '../src/controllers/draft-store.js';
import type { CaseForm } from '../src/elements/case-form/case-form.js';
import { LayoutError, lintLayout, parseLayout } from '../src/model/layout.js';
import type { BackendParameters } from './support/backend.js';

// Most stories go through the global decorator: a ck-provider over the RestAdapter and the MSW backend
// (the same demo data as below). Stories needing a refusal or a conflict render their own provider over
// a MemoryAdapter.
const data = createDemoData();
const agentId = demoAgentIdByProfile.agent;
const teamIds = new Set(data.agents.filter((a) => a.teamIds.includes('team-billing')).map((a) => a.id));
const teamCase =
  data.cases.find((c) => c.ownerId === agentId) ?? data.cases.find((c) => teamIds.has(c.ownerId))!;
const freeInteraction =
  data.interactions.find((i) => i.caseId === null && i.agentId === agentId) ?? data.interactions[0]!;
const crmCard = data.crmCards[0]!;
const caseRequest = (request: Request) =>
  request.method === 'POST' && new URL(request.url).pathname.endsWith('/cases');
const casekit = (parameters: BackendParameters) => ({ casekit: parameters });

const form = (canvas: HTMLElement) => canvas.querySelector<CaseForm>('ck-case-form')!;
const root = (canvas: HTMLElement) => form(canvas).shadowRoot!;
const field = <T extends HTMLElement = HTMLInputElement>(canvas: HTMLElement, key: string) =>
  root(canvas).getElementById(`f-${key}`) as T;
const ready = (canvas: HTMLElement) =>
  waitFor(() => expect(root(canvas).querySelector('form')).not.toBeNull());

async function fillBasics(canvas: HTMLElement): Promise<void> {
  await ready(canvas);
  await userEvent.type(field(canvas, 'title'), 'Invoice charged twice');
  await userEvent.selectOptions(field<HTMLSelectElement>(canvas, 'type'), 'billing');
}

function forward(target: object, name: string | symbol): unknown {
  const value: unknown = Reflect.get(target, name);
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}

function memoryAdapter(profile: keyof typeof demoAgentIdByProfile = 'agent'): MemoryAdapter {
  return new MemoryAdapter({ data, agentId: demoAgentIdByProfile[profile] });
}

const meta = {
  title: 'Elements/ck-case-form',
  component: 'ck-case-form',
  render: () => html`<ck-case-form mode="create"></ck-case-form>`,
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A new case from the Cases module: the layout's sections, defaults prefilled, the agent as owner. */
export const Create: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(field<HTMLSelectElement>(canvasElement, 'priority').value).toBe('normal');
  },
};

/** Creating during a call: the interaction is shown as context and linked in the same save. */
export const CreateDuringACall: Story = {
  name: 'Create during a call',
  render: () => html`<ck-case-form mode="create" interaction-id=${freeInteraction.id}></ck-case-form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="context"]')).not.toBeNull());
  },
};

/** Creating from a CRM card: the card is linked to the new case. */
export const CreateFromACrmCard: Story = {
  name: 'Create from a CRM card',
  render: () => html`<ck-case-form mode="create" crm-card-id=${crmCard.id}></ck-case-form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(field(canvasElement, 'crmCard').textContent).toContain(crmCard.name));
  },
};

/** Editing a case; status and owner change through their own actions. */
export const Edit: Story = {
  render: () => html`<ck-case-form mode="edit" case-id=${teamCase.id}></ck-case-form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(field(canvasElement, 'title').tagName).toBe('INPUT'));
  },
};

/** Viewing a case, with Edit when the profile may edit. */
export const View: Story = {
  render: () => html`<ck-case-form mode="view" case-id=${teamCase.id}></ck-case-form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[data-action="edit"]')).not.toBeNull());
  },
};

/** Save pressed with problems: the error summary lists them and focus goes to the first. */
export const ValidationErrors: Story = {
  name: 'Validation errors',
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await userEvent.type(field(canvasElement, 'orderNumber'), 'ORD-12');
    await userEvent.click(root(canvasElement).querySelector<HTMLElement>('[data-action="save"]')!);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="error-summary"]')).not.toBeNull());
  },
};

/** The backend refuses a value the form could not check: its message lands on the field. */
export const ServerValidation: Story = {
  name: 'Server validation',
  parameters: casekit({ provider: false }),
  render: () => {
    const refusing = new Proxy(memoryAdapter(), {
      get: (target, name) =>
        name === 'createCase'
          ? () =>
              Promise.reject(
                new CaseKitError('validation', {
                  fieldErrors: {
                    orderNumber: { code: 'duplicate', message: 'This order already has an open case.' },
                  },
                }),
              )
          : forward(target, name),
    }) as CaseKitAdapter;
    return html`<ck-provider .adapter=${refusing}
      ><ck-case-form .draftStore=${new MemoryDraftStore()}></ck-case-form
    ></ck-provider>`;
  },
  play: async ({ canvasElement }) => {
    await fillBasics(canvasElement);
    await userEvent.type(field(canvasElement, 'orderNumber'), 'ORD-000042');
    await userEvent.click(root(canvasElement).querySelector<HTMLElement>('[data-action="save"]')!);
    await waitFor(() => expect(root(canvasElement).textContent).toContain('already has an open case'));
  },
};

/** Someone else changed the case while the agent edited it: theirs and yours side by side. */
export const Conflict: Story = {
  parameters: casekit({ provider: false }),
  render: () => {
    const adapter = memoryAdapter();
    const drafts = new MemoryDraftStore();
    const current = { title: teamCase.title, fields: { ...teamCase.fields }, statusId: teamCase.statusId };
    // The agent started from an older version, where the title and the description were different.
    drafts.set(draftKey(agentId, `case:${teamCase.id}`), {
      savedAt: Date.now() - 5 * 60_000,
      base: {
        ...current,
        title: 'Customer asks about a refund',
        fields: { ...current.fields, description: 'First call.' },
        version: teamCase.version - 1,
      },
      values: {
        ...current,
        title: 'Refund: second invoice charged twice',
        fields: { ...current.fields, description: 'Second call: charged twice.' },
      },
    });
    return html`<ck-provider .adapter=${adapter}>
      <ck-case-form mode="edit" case-id=${teamCase.id} .draftStore=${drafts}></ck-case-form>
    </ck-provider>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="conflict"]')).not.toBeNull());
  },
};

/** The profile may not edit: a read-only view with the reason. */
export const Forbidden: Story = {
  parameters: casekit({ profile: 'read-only' }),
  render: () => html`<ck-case-form mode="edit" case-id=${teamCase.id}></ck-case-form>`,
};

/** A slow backend (4 s to save): the Save button says "Saving…" and a second press does nothing. */
export const SlowSave: Story = {
  name: 'Slow save',
  parameters: casekit({ provider: false }),
  render: () => {
    const adapter = memoryAdapter();
    const slow = new Proxy(adapter, {
      get: (target, name) =>
        name === 'createCase'
          ? (...args: Parameters<CaseKitAdapter['createCase']>) =>
              new Promise((resolve) => setTimeout(resolve, 4000)).then(() => adapter.createCase(...args))
          : forward(target, name),
    }) as CaseKitAdapter;
    return html`<ck-provider .adapter=${slow}
      ><ck-case-form .draftStore=${new MemoryDraftStore()}></ck-case-form
    ></ck-provider>`;
  },
  play: async ({ canvasElement }) => {
    await fillBasics(canvasElement);
    const save = root(canvasElement).querySelector<HTMLElement>('[data-action="save"]')!;
    await userEvent.click(save);
    await waitFor(() => expect(save.getAttribute('aria-disabled')).toBe('true'));
  },
};

/** The save fails (a 500): the values stay, kept as a draft, and "Try again" retries with the same key. */
export const SaveFails: Story = {
  name: 'Save fails (draft kept)',
  parameters: casekit({ failure: { kind: 'server-error', match: caseRequest } }),
  render: () => html`<ck-case-form mode="create" .draftStore=${new MemoryDraftStore()}></ck-case-form>`,
  play: async ({ canvasElement }) => {
    await fillBasics(canvasElement);
    await userEvent.click(root(canvasElement).querySelector<HTMLElement>('[data-action="save"]')!);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="save-error"]')).not.toBeNull());
  },
};

const brokenLayout = {
  version: 1,
  fields: [{ key: 'colour', label: 'Colour', type: 'colour', access: 'edit' }],
  list: { columns: [{ field: 'title' }], sort: { field: 'title', direction: 'asc' } },
  form: { sections: [{ title: 'Main', fields: ['title', 'colour', 'missing'] }] },
};

/** A layout the parser refuses: an alert lists each problem with its JSON path. */
export const InvalidLayout: Story = {
  name: 'Invalid layout',
  render: () => html`<ck-case-form .layout=${brokenLayout}></ck-case-form>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="layout-error"]')).not.toBeNull());
  },
};

/**
 * For admins: paste any layout JSON; the form renders it (the element's `layout` property), with the
 * parser's errors and the lint warnings for the signed-in profile listed beside it.
 */
export const LayoutPreview: Story = {
  name: 'Layout preview',
  render: () => {
    const initial = JSON.stringify(data.layouts['default'], null, 2);
    const container = document.createElement('div');
    container.className = 'preview';
    const show = (source: string) => {
      let layout: unknown;
      let problems: string[] = [];
      let warnings: string[] = [];
      try {
        layout = JSON.parse(source);
        const parsed = parseLayout(layout);
        const profile = data.profiles.find((p) => p.id === 'agent')!;
        warnings = lintLayout(parsed, profile).map((w) => `${w.path}: ${w.message}`);
      } catch (error) {
        if (error instanceof LayoutError) problems = error.problems.map((p) => `${p.path}: ${p.message}`);
        else {
          problems = [String(error)];
          layout = source; // not JSON: the form shows the parser's refusal too
        }
      }
      render(
        html`<div style="display:grid;grid-template-columns:minmax(18rem,1fr) 2fr;gap:1rem">
          <div>
            <label for="layout-json"><strong>Layout JSON</strong></label>
            <textarea
              id="layout-json"
              rows="30"
              style="width:100%;font-family:monospace"
              .value=${source}
              @input=${(e: Event) => show((e.target as HTMLTextAreaElement).value)}
            ></textarea>
            <h3>Parser errors</h3>
            <ul>
              ${problems.length ? problems.map((p) => html`<li>${p}</li>`) : html`<li>None</li>`}
            </ul>
            <h3>Lint warnings</h3>
            <ul>
              ${warnings.length ? warnings.map((w) => html`<li>${w}</li>`) : html`<li>None</li>`}
            </ul>
          </div>
          <ck-case-form .layout=${layout} .draftStore=${new MemoryDraftStore()}></ck-case-form>
        </div>`,
        container,
      );
    };
    show(initial);
    return container;
  },
};

/** The host page in French: strings, layout labels, dates and numbers follow `lang`. */
export const French: Story = {
  globals: { locale: 'fr' },
  render: () => html`<ck-case-form mode="view" case-id=${teamCase.id}></ck-case-form>`,
};

/** Dark: the host's `color-scheme` is dark. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  // A new form, as the other stories left it: no draft of theirs restored (the preview clears drafts).
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(root(canvasElement).querySelector('[part="draft-notice"]')).toBeNull();
  },
};
