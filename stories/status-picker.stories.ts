import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import type { StatusPicker } from '../src/elements/status-picker/status-picker.js';
import {
  caseFor,
  caseRead,
  caseWrite,
  casekit,
  conflictingAdapter,
  memoryProvider,
} from './support/case-actions.js';

const picker = (canvas: HTMLElement) => canvas.querySelector<StatusPicker>('ck-status-picker')!;
const root = (canvas: HTMLElement) => picker(canvas).shadowRoot!;
const control = (canvas: HTMLElement) => root(canvas).querySelector<HTMLElement>('[role="combobox"]');
const open = (c: { statusId: string }) => c.statusId === 'open';

async function openList(canvas: HTMLElement): Promise<void> {
  await waitFor(() => expect(control(canvas)).not.toBeNull());
  control(canvas)!.focus();
  await userEvent.keyboard('{ArrowDown}');
  await waitFor(() => expect(root(canvas).querySelectorAll('[role="option"]').length).toBeGreaterThan(0));
}

async function choose(canvas: HTMLElement, label: string): Promise<void> {
  await openList(canvas);
  const option = [...root(canvas).querySelectorAll<HTMLElement>('[role="option"]')].find((o) =>
    o.textContent?.includes(label),
  )!;
  await userEvent.click(option);
}

const meta = {
  title: 'Elements/ck-status-picker',
  component: 'ck-status-picker',
  render: () => html`<ck-status-picker case-id=${caseFor('agent', open)}></ck-status-picker>`,
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** An agent: every status the current one leads to, closed ones marked. */
export const Agent: Story = { play: async ({ canvasElement }) => openList(canvasElement) };

/** A junior agent may change the status but not close: closed statuses disabled, with the reason. */
export const Junior: Story = {
  parameters: casekit({ profile: 'junior' }),
  render: () => html`<ck-status-picker case-id=${caseFor('junior')}></ck-status-picker>`,
  play: async ({ canvasElement }) => openList(canvasElement),
};

/** A supervisor. */
export const Supervisor: Story = {
  parameters: casekit({ profile: 'supervisor' }),
  render: () => html`<ck-status-picker case-id=${caseFor('supervisor', open)}></ck-status-picker>`,
};

/** Read-only: the status chip as text, with the reason. */
export const ReadOnly: Story = {
  parameters: casekit({ profile: 'read-only' }),
  render: () => html`<ck-status-picker case-id=${caseFor('read-only')}></ck-status-picker>`,
  play: async ({ canvasElement }) =>
    waitFor(() => expect(root(canvasElement).querySelector('.reason')).not.toBeNull()),
};

/** Closing needs a close reason (a `requiredWhen` rule on the status): a small form asks for it first. */
export const CloseReasonRequired: Story = {
  render: () =>
    html`<ck-status-picker
      case-id=${caseFor('agent', (c) => open(c) && !c.fields['closeReason'])}
    ></ck-status-picker>`,
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'Closed');
    await waitFor(() => expect(root(canvasElement).querySelector('form.required')).not.toBeNull());
  },
};

/** The case has not arrived yet. */
export const Loading: Story = { parameters: casekit({ failure: { kind: 'timeout', match: caseRead } }) };

/** The backend is down: the refusal next to the control, the status restored. */
export const ChangeError: Story = {
  parameters: casekit({ failure: { kind: 'offline', match: caseWrite } }),
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'Escalated');
    await waitFor(() => expect(root(canvasElement).querySelector('.message.error')).not.toBeNull());
  },
};

/** Someone changed the case meanwhile. */
export const Conflict: Story = {
  parameters: casekit({ provider: false }),
  render: () =>
    memoryProvider(
      conflictingAdapter('agent'),
      html`<ck-status-picker case-id=${caseFor('agent', open)}></ck-status-picker>`,
    ),
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'Escalated');
    await waitFor(() => expect(root(canvasElement).querySelector('.message.error')).not.toBeNull());
  },
};

/** In French. */
export const French: Story = { globals: { locale: 'fr' }, play: Agent.play! };

/** In a dark host page (`color-scheme: dark`; the page paints its own background, \`Canvas\`). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () =>
    html`<div style="background: Canvas; color: CanvasText; padding: 1rem">
      <ck-status-picker case-id=${caseFor('agent', open)}></ck-status-picker>
    </div>`,
  play: Agent.play!,
};
