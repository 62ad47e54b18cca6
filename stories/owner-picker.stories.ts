import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import type { OwnerPicker } from '../src/elements/owner-picker/owner-picker.js';
import {
  caseFor,
  caseRead,
  caseWrite,
  casekit,
  conflictingAdapter,
  memoryProvider,
} from './support/case-actions.js';

const picker = (canvas: HTMLElement) => canvas.querySelector<OwnerPicker>('ck-owner-picker')!;
const root = (canvas: HTMLElement) => picker(canvas).shadowRoot!;
const input = (canvas: HTMLElement) => root(canvas).querySelector<HTMLInputElement>('[role="combobox"]');

async function openList(canvas: HTMLElement): Promise<void> {
  await waitFor(() => expect(input(canvas)).not.toBeNull());
  input(canvas)!.focus();
  await userEvent.keyboard('{ArrowDown}');
  await waitFor(() => expect(root(canvas).querySelectorAll('[role="option"]').length).toBeGreaterThan(0));
}

async function chooseSecond(canvas: HTMLElement): Promise<void> {
  await openList(canvas);
  const option = [...root(canvas).querySelectorAll<HTMLElement>('[role="option"]')].find(
    (o) => o.getAttribute('aria-selected') !== 'true',
  )!;
  await userEvent.click(option);
}

const meta = {
  title: 'Elements/ck-owner-picker',
  component: 'ck-owner-picker',
  render: () => html`<ck-owner-picker case-id=${caseFor('agent')}></ck-owner-picker>`,
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** An agent (transfer "team"): Me and My team, filtered as they type. */
export const Agent: Story = { play: async ({ canvasElement }) => openList(canvasElement) };

/** A junior agent (transfer "self"): only "Me". */
export const Junior: Story = {
  parameters: casekit({ profile: 'junior' }),
  render: () => html`<ck-owner-picker case-id=${caseFor('junior')}></ck-owner-picker>`,
  play: async ({ canvasElement }) => openList(canvasElement),
};

/** A supervisor (transfer "everyone"): Me, My team, and Everyone, searched and paged by the backend. */
export const Supervisor: Story = {
  parameters: casekit({ profile: 'supervisor' }),
  render: () => html`<ck-owner-picker case-id=${caseFor('supervisor')}></ck-owner-picker>`,
  play: async ({ canvasElement }) => openList(canvasElement),
};

/** Read-only (transfer "none"): the owner as text, with the reason. */
export const ReadOnly: Story = {
  parameters: casekit({ profile: 'read-only' }),
  render: () => html`<ck-owner-picker case-id=${caseFor('read-only')}></ck-owner-picker>`,
  play: async ({ canvasElement }) =>
    waitFor(() => expect(root(canvasElement).querySelector('.reason')).not.toBeNull()),
};

/** The case has not arrived yet. */
export const Loading: Story = {
  parameters: casekit({ failure: { kind: 'timeout', match: caseRead } }),
};

/** The backend is down when the agent transfers: the refusal next to the control, the owner restored. */
export const TransferError: Story = {
  parameters: casekit({ failure: { kind: 'server-error', match: caseWrite } }),
  play: async ({ canvasElement }) => {
    await chooseSecond(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelector('.message.error')).not.toBeNull());
  },
};

/** Someone changed the case meanwhile (a stale version): said next to the control, the current owner shown. */
export const Conflict: Story = {
  parameters: casekit({ provider: false }),
  render: () =>
    memoryProvider(
      conflictingAdapter('agent'),
      html`<ck-owner-picker case-id=${caseFor('agent')}></ck-owner-picker>`,
    ),
  play: async ({ canvasElement }) => {
    await chooseSecond(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelector('.message.error')).not.toBeNull());
  },
};

/** In French (the host page's `lang`). */
export const French: Story = { globals: { locale: 'fr' }, play: Agent.play! };

/** In a dark host page (`color-scheme: dark`; the page paints its own background, \`Canvas\`). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () =>
    html`<div style="background: Canvas; color: CanvasText; padding: 1rem">
      <ck-owner-picker case-id=${caseFor('agent')}></ck-owner-picker>
    </div>`,
  play: Agent.play!,
};
