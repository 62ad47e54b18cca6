import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import type { DeleteCase } from '../src/elements/delete-case/delete-case.js';
import {
  caseFor,
  caseRead,
  caseWrite,
  casekit,
  conflictingAdapter,
  memoryProvider,
} from './support/case-actions.js';

const element = (canvas: HTMLElement) => canvas.querySelector<DeleteCase>('ck-delete-case')!;
const root = (canvas: HTMLElement) => element(canvas).shadowRoot!;
const supervisor = casekit({ profile: 'supervisor' });
const linked = (c: { crmCardId: string | null }) => c.crmCardId !== null;

async function openDialog(canvas: HTMLElement): Promise<void> {
  await waitFor(() =>
    expect(root(canvas).querySelector('.opener')?.getAttribute('aria-disabled')).toBe('false'),
  );
  await userEvent.click(root(canvas).querySelector<HTMLElement>('.opener')!);
  await waitFor(() => expect(root(canvas).querySelector('dialog')?.open).toBe(true));
}

async function confirm(canvas: HTMLElement): Promise<void> {
  await openDialog(canvas);
  await userEvent.click(root(canvas).querySelector<HTMLElement>('.confirm')!);
  await waitFor(() => expect(root(canvas).querySelector('dialog [role="alert"]')).not.toBeNull());
}

const meta = {
  title: 'Elements/ck-delete-case',
  component: 'ck-delete-case',
  render: () => html`<ck-delete-case case-id=${caseFor('supervisor', linked)}></ck-delete-case>`,
  parameters: { layout: 'padded', ...supervisor },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A supervisor (the delete right): the confirmation says what goes with the case; Cancel has focus. */
export const Supervisor: Story = { play: async ({ canvasElement }) => openDialog(canvasElement) };

/** `confirm-by-number`: the agent types the case number to enable the deletion. */
export const ConfirmByNumber: Story = {
  render: () =>
    html`<ck-delete-case confirm-by-number case-id=${caseFor('supervisor', linked)}></ck-delete-case>`,
  play: async ({ canvasElement }) => openDialog(canvasElement),
};

/** An agent has no delete right: nothing by default; with `show-denied`, a disabled button and the reason. */
export const Agent: Story = {
  parameters: casekit({ profile: 'agent' }),
  render: () => html`<ck-delete-case show-denied case-id=${caseFor('agent')}></ck-delete-case>`,
};

/** A junior agent (no delete right), with `show-denied`. */
export const Junior: Story = {
  parameters: casekit({ profile: 'junior' }),
  render: () => html`<ck-delete-case show-denied case-id=${caseFor('junior')}></ck-delete-case>`,
};

/** Read-only, with `show-denied`. */
export const ReadOnly: Story = {
  parameters: casekit({ profile: 'read-only' }),
  render: () => html`<ck-delete-case show-denied case-id=${caseFor('read-only')}></ck-delete-case>`,
};

/** The case has not arrived: the button waits. */
export const Loading: Story = {
  parameters: casekit({ profile: 'supervisor', failure: { kind: 'timeout', match: caseRead } }),
};

/** The backend is down: the refusal in the dialog, which stays open. */
export const DeleteError: Story = {
  parameters: casekit({ profile: 'supervisor', failure: { kind: 'unavailable', match: caseWrite } }),
  play: async ({ canvasElement }) => confirm(canvasElement),
};

/** Someone changed the case meanwhile: the agent reviews and confirms again. */
export const Conflict: Story = {
  parameters: casekit({ provider: false }),
  render: () =>
    memoryProvider(
      conflictingAdapter('supervisor'),
      html`<ck-delete-case case-id=${caseFor('supervisor', linked)}></ck-delete-case>`,
    ),
  play: async ({ canvasElement }) => confirm(canvasElement),
};

/** In French. */
export const French: Story = { globals: { locale: 'fr' }, play: Supervisor.play! };

/** In a dark host page. */
export const Dark: Story = { globals: { theme: 'dark' }, play: Supervisor.play! };
