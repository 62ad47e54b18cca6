import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { html } from 'lit';
import type { CaseKitProvider } from '../src/elements/provider/provider.js';
import { createStoryAdapter, type BackendParameters, type DemoProfile } from './support/backend.js';
import '../demo/session-summary.js';

// These stories render their own provider (the global decorator adds none) over the RestAdapter and the
// MSW backend; `parameters.casekit.failure` makes that backend fail. The children show the provided
// session (`demo-session-summary`, a host-written element consuming the session context).
const sessionRequest = (request: Request) => new URL(request.url).pathname.endsWith('/session');

const withProvider = (_args: unknown, context: StoryContext) =>
  html`<ck-provider .adapter=${createStoryAdapter(context.globals['profile'] as DemoProfile)}>
    <demo-session-summary></demo-session-summary>
  </ck-provider>`;

const provider = (canvas: HTMLElement) => canvas.querySelector<CaseKitProvider>('ck-provider')!;
const alert = (canvas: HTMLElement) =>
  provider(canvas).shadowRoot!.querySelector<HTMLElement>('[role="alert"]');

const casekit = (parameters: BackendParameters) => ({ casekit: { provider: false, ...parameters } });

const meta = {
  title: 'Elements/ck-provider',
  component: 'ck-provider',
  parameters: casekit({}),
  render: withProvider,
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
  parameters: casekit({ failure: { kind: 'timeout', match: sessionRequest } }),
  play: async ({ canvasElement }) => {
    await expect(provider(canvasElement).sessionState).toBe('loading');
    await expect(alert(canvasElement)).toBeNull();
  },
};

/** The session could not load (the network is down once): an alert says why, and "Try again" loads it. */
export const SessionError: Story = {
  name: 'Error',
  parameters: casekit({ failure: { kind: 'offline', times: 1, match: sessionRequest } }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(alert(canvasElement)).not.toBeNull());
    await expect(alert(canvasElement)!.textContent).toContain('Your session could not be loaded.');
    // The alert stays on screen; "Try again" (the network is back) loads the session.
    await expect(alert(canvasElement)!.querySelector('button')?.textContent?.trim()).toBe('Try again');
  },
};

/** The backend answered 401: the provider fires `ck-unauthenticated` for the host to sign the agent in. */
export const Unauthenticated: Story = {
  parameters: casekit({ failure: { kind: 'unauthenticated', times: 1, match: sessionRequest } }),
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

/** The host page is dark (`color-scheme: dark`): the tokens follow. The service asks to wait 30 s. */
export const Dark: Story = {
  parameters: casekit({ failure: { kind: 'unavailable', retryAfter: 30, times: 1, match: sessionRequest } }),
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(alert(canvasElement)?.textContent).toContain('30 seconds'));
  },
};
