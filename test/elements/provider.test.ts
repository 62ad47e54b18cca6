import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { consume } from '@lit/context';
import { property } from 'lit/decorators.js';
import type { CaseKitAdapter } from '../../src/adapters/contract.js';
import { CaseKitError } from '../../src/adapters/errors.js';
import '../../src/i18n/fr.js';
import { adapterContext } from '../../src/context/adapter.js';
import { sessionContext } from '../../src/context/session.js';
import { CaseKitProvider } from '../../src/elements/provider/provider.js';
import { CaseKitErrorEvent, UnauthenticatedEvent } from '../../src/events/provider.js';
import type { Session } from '../../src/model/types.js';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../src/adapters/memory/index.js';

customElements.define('ck-provider', CaseKitProvider);

/** What an element inside sees: the two context values. */
class SessionConsumer extends LitElement {
  @consume({ context: sessionContext, subscribe: true })
  @property({ attribute: false })
  session?: Session;

  @consume({ context: adapterContext, subscribe: true })
  @property({ attribute: false })
  adapter?: CaseKitAdapter;

  override render() {
    return html`<p>
      ${this.session ? `Signed in as ${this.session.agent.name}` : 'Waiting for the session'}
    </p>`;
  }
}
customElements.define('test-session-consumer', SessionConsumer);
declare global {
  interface HTMLElementTagNameMap {
    'test-session-consumer': SessionConsumer;
  }
}

function sessionOf(name: string): Session {
  const agent = { id: `agent-${name}`, name, teamIds: ['team-1'], profileId: 'agent' };
  return {
    agent,
    teams: [{ id: 'team-1', name: 'Support' }],
    teamMembers: [agent],
    profile: {
      id: 'agent',
      name: 'Agent',
      layoutId: 'default',
      rights: {
        visibility: 'team',
        create: true,
        edit: true,
        changeStatus: true,
        close: true,
        delete: false,
        link: true,
        transfer: 'team',
      },
    },
    layout: {
      version: 1,
      fields: [],
      list: { columns: [], sort: { field: 'number', direction: 'desc' } },
      form: { sections: [] },
    },
    statuses: [],
  };
}

interface SessionCall {
  readonly signal: AbortSignal | undefined;
  resolve(session: Session): void;
  reject(error: unknown): void;
}

const otherMethods = new Set([
  'getAgents',
  'listCases',
  'getCase',
  'createCase',
  'updateCase',
  'deleteCase',
  'transferCase',
  'setCaseStatus',
  'searchAgents',
  'listInteractions',
  'getInteraction',
  'linkInteraction',
  'unlinkInteraction',
  'searchCrmCards',
  'getCrmCard',
  'setCaseCrmCard',
  'subscribe',
]);

/**
 * An adapter whose `getSession` calls the test settles by hand; every other method fails. Like the
 * RestAdapter, it is an EventTarget that reports 401s with `unauthenticated` events.
 */
class ControlledAdapter {
  readonly calls: SessionCall[] = [];
  readonly #events = new EventTarget();

  readonly adapter: CaseKitAdapter = new Proxy(this.#events as unknown as CaseKitAdapter, {
    get: (target, name) => {
      if (name === 'getSession') {
        return (options?: { signal?: AbortSignal }) =>
          new Promise<Session>((resolve, reject) =>
            this.calls.push({ signal: options?.signal, resolve, reject }),
          );
      }
      if (name === 'addEventListener' || name === 'removeEventListener' || name === 'dispatchEvent') {
        return Reflect.get(target, name).bind(target);
      }
      if (typeof name === 'string' && otherMethods.has(name))
        return () => Promise.reject(new CaseKitError('unknown'));
      return undefined;
    },
  });

  /** What a RestAdapter does on a 401 from any call. */
  reportUnauthenticated(error: CaseKitError): void {
    this.#events.dispatchEvent(Object.assign(new Event('unauthenticated'), { error }));
  }

  last(): SessionCall {
    const call = this.calls.at(-1);
    if (!call) throw new Error('getSession was not called');
    return call;
  }
}

async function mount(adapter: CaseKitAdapter | undefined) {
  const provider = await fixture<CaseKitProvider>(
    html`<ck-provider .adapter=${adapter}><test-session-consumer></test-session-consumer></ck-provider>`,
  );
  const consumer = provider.querySelector('test-session-consumer')!;
  return { provider, consumer };
}

const alertOf = (provider: CaseKitProvider) => provider.shadowRoot!.querySelector('[role="alert"]');
const retryButtonOf = (provider: CaseKitProvider) =>
  provider.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button');
const slotOf = (provider: CaseKitProvider) => provider.shadowRoot!.querySelector('slot');
const settle = async (provider: CaseKitProvider) => {
  await new Promise((resolve) => setTimeout(resolve));
  await provider.updateComplete;
};

describe('ck-provider', () => {
  describe('data', () => {
    it('loads the session of the MemoryAdapter and provides it', async () => {
      const adapter = new MemoryAdapter({
        data: createDemoData({ cases: 20 }),
        agentId: demoAgentIdByProfile.supervisor,
      });
      const { provider, consumer } = await mount(adapter);
      await waitUntil(() => provider.sessionState === 'ready');
      await consumer.updateComplete;
      expect(consumer.session?.agent.id).to.equal(demoAgentIdByProfile.supervisor);
      expect(consumer.shadowRoot!.textContent).to.contain(`Signed in as ${consumer.session!.agent.name}`);
      await expect(provider).to.be.accessible();
    });

    it('fires ck-unauthenticated when the MemoryAdapter does not know the agent', async () => {
      const adapter = new MemoryAdapter({ data: createDemoData({ cases: 20 }), agentId: 'nobody' });
      const fired = new Promise<UnauthenticatedEvent>((resolve) =>
        document.addEventListener('ck-unauthenticated', resolve, { once: true }),
      );
      const { provider } = await mount(adapter);
      expect((await fired).error.code).to.equal('unauthenticated');
      await provider.updateComplete;
      expect(alertOf(provider)!.textContent).to.contain('Your session has expired.');
      await expect(provider).to.be.accessible();
    });

    it('provides the adapter and the loaded session to the elements inside', async () => {
      const backend = new ControlledAdapter();
      const { provider, consumer } = await mount(backend.adapter);
      expect(consumer.adapter).to.equal(backend.adapter);
      const session = sessionOf('Ada');
      backend.last().resolve(session);
      await settle(provider);
      expect(consumer.session).to.equal(session);
      expect(provider.session).to.equal(session);
      expect(provider.sessionState).to.equal('ready');
      expect(consumer.shadowRoot!.textContent).to.contain('Signed in as Ada');
      await expect(provider).to.be.accessible();
    });

    it('shows its children while the session loads, without a session', async () => {
      const backend = new ControlledAdapter();
      const { provider, consumer } = await mount(backend.adapter);
      expect(provider.sessionState).to.equal('loading');
      expect(alertOf(provider)).to.equal(null);
      expect(slotOf(provider)!.assignedElements()).to.deep.equal([consumer]);
      expect(consumer.session).to.equal(undefined);
      expect(consumer.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(provider).to.be.accessible();
    });

    it('forwards an abort signal and aborts the request when disconnected, then loads again when reconnected', async () => {
      const backend = new ControlledAdapter();
      const { provider } = await mount(backend.adapter);
      const first = backend.last();
      expect(first.signal).to.be.instanceOf(AbortSignal);
      const parent = provider.parentElement!;
      provider.remove();
      expect(first.signal!.aborted).to.equal(true);
      parent.append(provider);
      await provider.updateComplete;
      expect(backend.calls).to.have.length(2);
      backend.last().resolve(sessionOf('Ada'));
      await settle(provider);
      expect(provider.sessionState).to.equal('ready');
    });

    it('keeps a loaded session across a move in the page', async () => {
      const backend = new ControlledAdapter();
      const { provider } = await mount(backend.adapter);
      backend.last().resolve(sessionOf('Ada'));
      await settle(provider);
      const parent = provider.parentElement!;
      provider.remove();
      parent.append(provider);
      await provider.updateComplete;
      expect(backend.calls).to.have.length(1);
      expect(provider.session?.agent.name).to.equal('Ada');
    });
  });

  describe('adapter change', () => {
    it('re-provides, aborts the stale request and never lets its late answer win', async () => {
      const slow = new ControlledAdapter();
      const fast = new ControlledAdapter();
      const { provider, consumer } = await mount(slow.adapter);
      const stale = slow.last();

      provider.adapter = fast.adapter;
      await provider.updateComplete;
      expect(stale.signal!.aborted).to.equal(true);
      expect(consumer.adapter).to.equal(fast.adapter);

      fast.last().resolve(sessionOf('Grace'));
      await settle(provider);
      stale.resolve(sessionOf('Stale'));
      await settle(provider);
      expect(consumer.session?.agent.name).to.equal('Grace');
      expect(provider.sessionState).to.equal('ready');
    });

    it('drops the previous session at once (never a stale session while the next one loads)', async () => {
      const first = new ControlledAdapter();
      const second = new ControlledAdapter();
      const { provider, consumer } = await mount(first.adapter);
      first.last().resolve(sessionOf('Ada'));
      await settle(provider);
      expect(consumer.session?.agent.name).to.equal('Ada');

      provider.adapter = second.adapter;
      await provider.updateComplete;
      expect(consumer.session).to.equal(undefined);
      expect(provider.sessionState).to.equal('loading');
    });

    it('ignores a late failure of the stale request', async () => {
      const slow = new ControlledAdapter();
      const fast = new ControlledAdapter();
      const { provider } = await mount(slow.adapter);
      const stale = slow.last();
      provider.adapter = fast.adapter;
      await provider.updateComplete;
      fast.last().resolve(sessionOf('Grace'));
      stale.reject(new CaseKitError('network'));
      await settle(provider);
      expect(alertOf(provider)).to.equal(null);
      expect(provider.sessionState).to.equal('ready');
    });
  });

  describe('errors', () => {
    it('shows an alert with the reason and a retry that loads the session again', async () => {
      const backend = new ControlledAdapter();
      const { provider, consumer } = await mount(backend.adapter);
      backend.last().reject(new CaseKitError('network'));
      await settle(provider);

      const alert = alertOf(provider)!;
      expect(alert).to.exist;
      expect(alert.textContent).to.contain('Your session could not be loaded.');
      expect(alert.textContent).to.contain('The server could not be reached.');
      expect(slotOf(provider)).to.equal(null);
      expect(provider.error).to.be.instanceOf(CaseKitError);
      await expect(provider).to.be.accessible();

      const retry = retryButtonOf(provider)!;
      expect(retry.textContent!.trim()).to.equal('Try again');
      retry.click();
      await provider.updateComplete;
      expect(backend.calls).to.have.length(2);
      // The alert (and the focused button) stay while the second attempt runs.
      expect(retryButtonOf(provider)!.getAttribute('aria-disabled')).to.equal('true');
      retryButtonOf(provider)!.click();
      expect(backend.calls).to.have.length(2);

      backend.last().resolve(sessionOf('Ada'));
      await settle(provider);
      expect(alertOf(provider)).to.equal(null);
      expect(consumer.session?.agent.name).to.equal('Ada');
    });

    it('shows the second failure when the retry fails too', async () => {
      const backend = new ControlledAdapter();
      const { provider } = await mount(backend.adapter);
      backend.last().reject(new CaseKitError('network'));
      await settle(provider);
      retryButtonOf(provider)!.click();
      backend.last().reject(new CaseKitError('unavailable', { retryAfter: 30 }));
      await settle(provider);
      expect(alertOf(provider)!.textContent).to.contain('Try again in 30 seconds.');
      expect(retryButtonOf(provider)!.hasAttribute('aria-disabled')).to.equal(false);
    });

    it('describes a failure that is not a CaseKitError as unknown', async () => {
      const backend = new ControlledAdapter();
      const { provider } = await mount(backend.adapter);
      backend.last().reject('boom');
      await settle(provider);
      expect(alertOf(provider)!.textContent).to.contain('Something went wrong.');
      expect(provider.error).to.be.instanceOf(CaseKitError);
    });

    it('fires ck-unauthenticated when the session request is refused with a 401', async () => {
      const backend = new ControlledAdapter();
      const { provider } = await mount(backend.adapter);
      const error = new CaseKitError('unauthenticated', { status: 401 });
      const fired = new Promise<UnauthenticatedEvent>((resolve) =>
        document.addEventListener('ck-unauthenticated', resolve, { once: true }),
      );
      backend.last().reject(error);
      const event = await fired;
      expect(event).to.be.instanceOf(UnauthenticatedEvent);
      expect(event.error).to.equal(error);
      expect(event.composed).to.equal(true);
      await settle(provider);
      expect(alertOf(provider)!.textContent).to.contain('Your session has expired. Sign in again.');
    });

    it('turns an unauthenticated ck-error from an element inside into one ck-unauthenticated, and lets it bubble', async () => {
      const backend = new ControlledAdapter();
      const { provider, consumer } = await mount(backend.adapter);
      backend.last().resolve(sessionOf('Ada'));
      await settle(provider);
      const unauthenticated: UnauthenticatedEvent[] = [];
      const errors: CaseKitErrorEvent[] = [];
      const onUnauthenticated = (event: UnauthenticatedEvent) => unauthenticated.push(event);
      const onError = (event: CaseKitErrorEvent) => errors.push(event);
      document.addEventListener('ck-unauthenticated', onUnauthenticated);
      document.addEventListener('ck-error', onError);
      try {
        const error = new CaseKitError('unauthenticated');
        consumer.dispatchEvent(new CaseKitErrorEvent(error));
        consumer.dispatchEvent(new CaseKitErrorEvent(error)); // the same failure reported twice
        consumer.dispatchEvent(new CaseKitErrorEvent(new CaseKitError('unknown')));
        expect(unauthenticated.map((event) => event.error)).to.deep.equal([error]);
        expect(errors).to.have.length(3);
      } finally {
        document.removeEventListener('ck-unauthenticated', onUnauthenticated);
        document.removeEventListener('ck-error', onError);
      }
    });
  });

  describe('adapter reports', () => {
    it('announces a 401 the adapter reports on any call, once, from the current adapter only', async () => {
      const first = new ControlledAdapter();
      const second = new ControlledAdapter();
      const { provider } = await mount(first.adapter);
      const fired: UnauthenticatedEvent[] = [];
      provider.addEventListener('ck-unauthenticated', (event) => fired.push(event));

      const error = new CaseKitError('unauthenticated', { status: 401 });
      first.reportUnauthenticated(error);
      // The RestAdapter reports before the call rejects: the same error is announced once.
      first.last().reject(error);
      await settle(provider);
      expect(fired.map((event) => event.error)).to.deep.equal([error]);

      provider.adapter = second.adapter;
      await provider.updateComplete;
      first.reportUnauthenticated(new CaseKitError('unauthenticated'));
      expect(fired).to.have.length(1);
      second.reportUnauthenticated(new CaseKitError('unauthenticated'));
      expect(fired).to.have.length(2);

      provider.remove();
      second.reportUnauthenticated(new CaseKitError('unauthenticated'));
      expect(fired).to.have.length(2);
    });
  });

  describe('configuration', () => {
    it('says it needs an adapter when it has none', async () => {
      const { provider } = await mount(undefined);
      expect(provider.sessionState).to.equal('unconfigured');
      expect(alertOf(provider)!.textContent).to.contain('give <ck-provider> an adapter');
      expect(slotOf(provider)).to.equal(null);
      await expect(provider).to.be.accessible();
    });

    it('loads once an adapter is given', async () => {
      const { provider } = await mount(undefined);
      const backend = new ControlledAdapter();
      provider.adapter = backend.adapter;
      await provider.updateComplete;
      expect(alertOf(provider)).to.equal(null);
      backend.last().resolve(sessionOf('Ada'));
      await settle(provider);
      expect(provider.session?.agent.name).to.equal('Ada');
    });

    it('reload() asks the adapter again', async () => {
      const backend = new ControlledAdapter();
      const { provider } = await mount(backend.adapter);
      backend.last().resolve(sessionOf('Ada'));
      await settle(provider);
      provider.reload();
      expect(provider.session).to.equal(undefined);
      backend.last().resolve(sessionOf('Ada again'));
      await settle(provider);
      expect(backend.calls).to.have.length(2);
      expect(provider.session?.agent.name).to.equal('Ada again');
    });
  });

  describe('language', () => {
    it('speaks the language of the host page and follows its changes', async () => {
      const wrapper = fixtureSync<HTMLElement>(html`<div lang="fr"><ck-provider></ck-provider></div>`);
      const provider = wrapper.querySelector('ck-provider')!;
      await provider.updateComplete;
      expect(alertOf(provider)!.textContent).to.contain("casekit n'est pas configuré");
      wrapper.lang = 'en';
      await waitUntil(() => alertOf(provider)!.textContent!.includes('casekit is not configured'));
      await expect(provider).to.be.accessible();
    });
  });
});
