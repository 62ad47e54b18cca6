import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html } from 'lit';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../src/adapters/memory/index.js';
import type { CaseKitAdapter } from '../src/adapters/contract.js';
import { CaseKitError, abortError } from '../src/adapters/errors.js';
import type { CaseKitProvider } from '../src/elements/provider/provider.js';
import type { Session } from '../src/model/types.js';
import '../demo/session-summary.js';

// Today's stories run on the MemoryAdapter; the children show the provided session
// (`demo-session-summary`, a host-written element consuming the session context).
const data = createDemoData({ cases: 50 });
const memoryAdapter = () => new MemoryAdapter({ data, agentId: demoAgentIdByProfile.agent });

/** The memory adapter with its own `getSession`. */
function withSession(getSession: CaseKitAdapter['getSession']): CaseKitAdapter {
  return new Proxy(memoryAdapter(), {
    get: (target, name, receiver) =>
      name === 'getSession' ? getSession : Reflect.get(target, name, receiver),
  });
}

/** A session request that never answers (until aborted). */
const neverAnswers = withSession(
  ({ signal } = {}) =>
    new Promise<Session>((_resolve, reject) =>
      signal?.addEventListener('abort', () => reject(abortError(signal))),
    ),
);

/** Fails once (the network is down), then answers. */
function failsOnce(error: CaseKitError): CaseKitAdapter {
  const adapter = memoryAdapter();
  let calls = 0;
  return withSession((options) => (calls++ === 0 ? Promise.reject(error) : adapter.getSession(options)));
}

const provider = (canvas: HTMLElement) => canvas.querySelector<CaseKitProvider>('ck-provider')!;
const alert = (canvas: HTMLElement) =>
  provider(canvas).shadowRoot!.querySelector<HTMLElement>('[role="alert"]');

const meta = {
  title: 'Elements/ck-provider',
  component: 'ck-provider',
  // These stories render their own provider (the global decorator's one would wrap it).
  parameters: { casekit: { provider: false } },
  render: () =>
    html`<ck-provider .adapter=${memoryAdapter()}
      ><demo-session-summary></demo-session-summary
    ></ck-provider>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The session loaded: the elements inside receive it by context. */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(provider(canvasElement).sessionState).toBe('ready'));
    const summary = canvasElement.querySelector('demo-session-summary')!;
    await waitFor(() => expect(summary.shadowRoot!.textContent).toContain('Camille Laurent'));
  },
};

/** While the session loads, the provider shows its children; they show their own loading state. */
export const Loading: Story = {
  render: () =>
    html`<ck-provider .adapter=${neverAnswers}><demo-session-summary></demo-session-summary></ck-provider>`,
  play: async ({ canvasElement }) => {
    await expect(provider(canvasElement).sessionState).toBe('loading');
    await expect(alert(canvasElement)).toBeNull();
  },
};

/** The session could not load: an alert says why, and "Try again" loads it again. */
export const SessionError: Story = {
  name: 'Error',
  render: () =>
    html`<ck-provider .adapter=${failsOnce(new CaseKitError('network'))}>
      <demo-session-summary></demo-session-summary>
    </ck-provider>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(alert(canvasElement)).not.toBeNull());
    await expect(alert(canvasElement)!.textContent).toContain('Your session could not be loaded.');
    await userEvent.click(alert(canvasElement)!.querySelector('button')!);
    await waitFor(() => expect(provider(canvasElement).sessionState).toBe('ready'));
    await expect(alert(canvasElement)).toBeNull();
  },
};

/** The backend answered 401: the provider fires `ck-unauthenticated` for the host to sign the agent in. */
export const Unauthenticated: Story = {
  render: () =>
    html`<ck-provider
      .adapter=${failsOnce(new CaseKitError('unauthenticated', { status: 401 }))}
    ></ck-provider>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(alert(canvasElement)?.textContent).toContain('Your session has expired.'));
  },
};

/** No adapter: a configuration message for the host developer. */
export const NoAdapter: Story = {
  render: () => html`<ck-provider><demo-session-summary></demo-session-summary></ck-provider>`,
  play: async ({ canvasElement }) => {
    await expect(alert(canvasElement)!.textContent).toContain('is not configured');
  },
};

/** The host page is in French (`lang="fr"`): the kit speaks French. */
export const French: Story = {
  ...SessionError,
  name: 'French',
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(alert(canvasElement)?.textContent).toContain("Votre session n'a pas pu être chargée."),
    );
  },
};

/** The host page is dark (`color-scheme: dark`): the tokens follow. */
export const Dark: Story = {
  render: () =>
    html`<ck-provider
        .adapter=${failsOnce(new CaseKitError('unavailable', { retryAfter: 30 }))}
      ></ck-provider>
      <ck-provider .adapter=${memoryAdapter()}><demo-session-summary></demo-session-summary></ck-provider>`,
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(alert(canvasElement)?.textContent).toContain('30 seconds'));
  },
};
