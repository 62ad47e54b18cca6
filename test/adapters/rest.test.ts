import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import type { CaseKitChange } from '../../src/adapters/contract.js';
import { CaseKitError } from '../../src/adapters/errors.js';
import {
  createDemoData,
  demoAgentIdByProfile,
  MemoryAdapter,
  MemoryStore,
} from '../../src/adapters/memory/index.js';
import {
  parseRetryAfter,
  RestAdapter,
  AdapterUnauthenticatedEvent,
  type FetchFunction,
  type RestAdapterOptions,
} from '../../src/adapters/rest/index.js';
import { createHandlers } from '../../src/mocks/index.js';
import { runAdapterConformance } from '../../src/testing/index.js';
import type { Case } from '../../src/model/types.js';

const baseUrl = '/rest-test/api';
const demo = createDemoData({ cases: 60, seed: 7 });
const agentId = demoAgentIdByProfile.agent;
const supervisorId = demoAgentIdByProfile.supervisor;
const backend = createHandlers({ baseUrl, data: demo });
const worker = setupWorker(...backend.handlers);

interface Sent {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  status?: number;
}

/** A fetch that records what the adapter sends and what comes back. */
function recordingFetch(): { fetch: FetchFunction; sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    fetch: async (input, init) => {
      const entry: Sent = { method: init.method ?? 'GET', url: input, headers: new Headers(init.headers) };
      sent.push(entry);
      const response = await fetch(input, init);
      entry.status = response.status;
      return response;
    },
  };
}

function restAdapter(options: Partial<RestAdapterOptions> & { as?: string } = {}): RestAdapter {
  const { as = agentId, ...rest } = options;
  return new RestAdapter({ baseUrl, headers: { Authorization: `Bearer ${as}` }, changeFeed: 'off', ...rest });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to reject.');
}

async function caseKitRejection(promise: Promise<unknown>): Promise<CaseKitError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(CaseKitError);
  return error as CaseKitError;
}

async function until(condition: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A case the demo agent owns, read straight from the store. */
async function ownCase(): Promise<Case> {
  const direct = new MemoryAdapter({ data: backend.store, agentId });
  const page = await direct.listCases({
    offset: 0,
    limit: 1,
    filters: [{ owner: 'me' }, { statusClass: 'open' }],
  });
  const found = page.items[0];
  if (!found) throw new Error('The demo agent owns no open case.');
  return found;
}

before(async () => {
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true });
});

after(() => worker.stop());

beforeEach(() => {
  backend.reset();
  backend.useData(demo);
  backend.setAgent(undefined);
});

describe('RestAdapter over the mocked REST contract', () => {
  describe('conformance', () => {
    runAdapterConformance((fixture, agentId) => {
      backend.useData(fixture);
      return new RestAdapter({ baseUrl, headers: () => ({ Authorization: `Bearer ${agentId}` }) });
    });
  });

  describe('HTTP errors', () => {
    it('maps 401 to unauthenticated, calls the headers function per request and fires "unauthenticated"', async () => {
      let token = 'expired-token';
      let calls = 0;
      const adapter = new RestAdapter({
        baseUrl,
        changeFeed: 'off',
        headers: async () => {
          calls += 1;
          return { Authorization: `Bearer ${token}` };
        },
      });
      const events: AdapterUnauthenticatedEvent[] = [];
      adapter.addEventListener('unauthenticated', (event) => events.push(event));

      const error = await caseKitRejection(adapter.getSession());
      expect(error.code).to.equal('unauthenticated');
      expect(error.status).to.equal(401);
      expect(events).to.have.length(1);
      expect(events[0]).to.be.instanceOf(AdapterUnauthenticatedEvent);
      expect(events[0]?.error).to.equal(error);

      token = agentId; // the host refreshed its token
      const session = await adapter.getSession();
      expect(session.agent.id).to.equal(agentId);
      expect(calls).to.equal(2);
      expect(events).to.have.length(1);
    });

    it('maps 503 to unavailable with Retry-After seconds, then recovers', async () => {
      backend.fail({ kind: 'unavailable', retryAfter: 42, times: 1 });
      const adapter = restAdapter();
      const error = await caseKitRejection(adapter.getSession());
      expect([error.code, error.status, error.retryAfter]).to.deep.equal(['unavailable', 503, 42]);
      expect((await adapter.getSession()).agent.id).to.equal(agentId);
    });

    it('maps 500 to unknown and an unreachable server to network', async () => {
      const adapter = restAdapter();
      const remove = backend.fail({ kind: 'server-error' });
      expect((await caseKitRejection(adapter.getSession())).code).to.equal('unknown');
      remove();
      backend.fail({ kind: 'offline', times: 1 });
      const offline = await caseKitRejection(adapter.getSession());
      expect(offline.code).to.equal('network');
      expect(offline.cause).to.be.instanceOf(TypeError);
    });

    it('rejects with the platform AbortError when the caller aborts a request that never answers', async () => {
      backend.fail({ kind: 'timeout', match: (request) => request.url.endsWith('/session') });
      const adapter = restAdapter();
      const controller = new AbortController();
      const pending = rejection(adapter.getSession({ signal: controller.signal }));
      setTimeout(() => controller.abort(), 50);
      const error = await pending;
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(error).not.to.be.instanceOf(CaseKitError);

      const already = await rejection(adapter.getCase('x', { signal: AbortSignal.abort() }));
      expect((already as DOMException).name).to.equal('AbortError');
    });

    it('maps a stale version to conflict (412) with the current record', async () => {
      const adapter = restAdapter();
      const target = await ownCase();
      const updated = await adapter.updateCase(
        target.id,
        { title: 'First edit' },
        { version: target.version },
      );
      const error = await caseKitRejection(
        adapter.updateCase(target.id, { title: 'Second edit' }, { version: target.version }),
      );
      expect([error.code, error.status]).to.deep.equal(['conflict', 412]);
      expect(error.current?.version).to.equal(updated.version);
      expect(error.current?.title).to.equal('First edit');
    });

    it('maps 422 to validation with field errors, 403 to forbidden with a reason, 404 and 409', async () => {
      const adapter = restAdapter();
      const target = await ownCase();
      const invalid = await caseKitRejection(
        adapter.updateCase(target.id, { ownerId: supervisorId } as never, { version: target.version }),
      );
      expect([invalid.code, invalid.status]).to.deep.equal(['validation', 422]);
      expect(invalid.fieldErrors?.['ownerId']?.code).to.equal('system-field');

      const readOnly = restAdapter({ as: demoAgentIdByProfile['read-only'] });
      const forbidden = await caseKitRejection(readOnly.createCase({ title: 'Nope' }));
      expect([forbidden.code, forbidden.status]).to.deep.equal(['forbidden', 403]);
      expect(forbidden.reason?.code).to.be.a('string');

      const missing = await caseKitRejection(adapter.getCase('no-such-case'));
      expect([missing.code, missing.status]).to.deep.equal(['not-found', 404]);

      const direct = new MemoryAdapter({ data: backend.store, agentId });
      const linked = (await direct.listInteractions({ offset: 0, limit: 200, linked: true })).items.find(
        (interaction) => interaction.caseId !== target.id,
      );
      if (!linked) throw new Error('The demo data has no linked interaction.');
      const conflict = await caseKitRejection(adapter.linkInteraction(linked.id, target.id));
      expect([conflict.code, conflict.status, conflict.current]).to.deep.equal(['conflict', 409, undefined]);
    });

    it('maps an unreadable body to unknown and reads Retry-After dates', async () => {
      const garbage = new RestAdapter({
        baseUrl,
        changeFeed: 'off',
        fetch: async () =>
          new Response('{"items": [', { status: 200, headers: { 'Content-Type': 'application/json' } }),
      });
      expect((await caseKitRejection(garbage.getSession())).code).to.equal('unknown');

      const later = new Date(Date.now() + 120_000).toUTCString();
      const proxy = new RestAdapter({
        baseUrl,
        changeFeed: 'off',
        fetch: async () =>
          new Response('<h1>Down</h1>', {
            status: 503,
            headers: { 'Retry-After': later, 'Content-Type': 'text/html' },
          }),
      });
      const error = await caseKitRejection(proxy.getSession());
      expect(error.code).to.equal('unavailable');
      expect(error.retryAfter).to.be.within(118, 120);
      expect(parseRetryAfter('soon')).to.equal(undefined);
      expect(parseRetryAfter(' 7 ')).to.equal(7);
    });
  });

  describe('conditional and idempotent requests', () => {
    it('sends If-Match with the version on every conditional change', async () => {
      const { fetch, sent } = recordingFetch();
      const adapter = restAdapter({ fetch, as: supervisorId });
      const target = await ownCase();
      const renamed = await adapter.updateCase(target.id, { title: 'Renamed' }, { version: target.version });
      const card = demo.crmCards.find((crmCard) => crmCard.id !== target.crmCardId);
      const linked = await adapter.setCaseCrmCard(target.id, card?.id ?? null, { version: renamed.version });
      await adapter.deleteCase(target.id, { version: linked.version });
      const conditional = sent.filter((request) => request.method !== 'GET');
      expect(
        conditional.map((request) => [request.method, request.headers.get('If-Match'), request.status]),
      ).to.deep.equal([
        ['PATCH', `"${target.version}"`, 200],
        ['PUT', `"${target.version + 1}"`, 200],
        ['DELETE', `"${target.version + 2}"`, 204],
      ]);
    });

    it('answers 428 to a conditional change without If-Match', async () => {
      const target = await ownCase();
      const response = await fetch(`${baseUrl}/cases/${target.id}`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${agentId}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 'No version' }),
      });
      expect(response.status).to.equal(428);
      expect(response.headers.get('Content-Type')).to.equal('application/problem+json');
      expect(((await response.json()) as { code: string }).code).to.equal('validation');
    });

    it('sends Idempotency-Key, and a replay returns the first case (201, then 200)', async () => {
      const { fetch, sent } = recordingFetch();
      const adapter = restAdapter({ fetch });
      const input = { title: 'Printer on fire', fields: { type: 'technical', priority: 'high' } };
      const first = await adapter.createCase(input, { idempotencyKey: 'intent-1' });
      const replay = await adapter.createCase(input, { idempotencyKey: 'intent-1' });
      expect(first.title).to.equal('Printer on fire');
      expect(replay.id).to.equal(first.id);
      expect(sent.map((request) => [request.headers.get('Idempotency-Key'), request.status])).to.deep.equal([
        ['intent-1', 201],
        ['intent-1', 200],
      ]);
    });
  });

  describe('change feed', () => {
    it('delivers over SSE a change made by another agent on the same store', async () => {
      const adapter = restAdapter({ changeFeed: 'sse' });
      const changes: CaseKitChange[] = [];
      const unsubscribe = adapter.subscribe((change) => changes.push(change));
      try {
        await until(() => backend.openStreams === 1, 'the stream to open');
        const target = await ownCase();
        const other = new MemoryAdapter({ data: backend.store, agentId: supervisorId });
        const updated = await other.updateCase(
          target.id,
          { title: 'Changed elsewhere' },
          { version: target.version },
        );
        await until(() => changes.length > 0, 'the change');
        expect(changes).to.deep.equal([
          { type: 'case-updated', caseId: target.id, version: updated.version },
        ]);
      } finally {
        unsubscribe();
      }
      await until(() => backend.openStreams === 0, 'the stream to close');
    });

    it('announces its own change once, even though the feed echoes it', async () => {
      const adapter = restAdapter({ changeFeed: 'sse' });
      const changes: CaseKitChange[] = [];
      const unsubscribe = adapter.subscribe((change) => changes.push(change));
      try {
        await until(() => backend.openStreams === 1, 'the stream to open');
        const target = await ownCase();
        const updated = await adapter.updateCase(target.id, { title: 'Mine' }, { version: target.version });
        expect(changes).to.deep.equal([
          { type: 'case-updated', caseId: target.id, version: updated.version },
        ]);
        const other = new MemoryAdapter({ data: backend.store, agentId: supervisorId });
        await other.updateCase(target.id, { title: 'Theirs' }, { version: updated.version });
        await until(() => changes.length === 2, 'the other change');
        expect(changes.map((change) => change.version)).to.deep.equal([updated.version, updated.version + 1]);
      } finally {
        unsubscribe();
      }
    });

    it('falls back to polling when the stream fails, then resumes without replaying', async () => {
      backend.fail({ kind: 'server-error', match: (request) => request.url.includes('/changes/stream') });
      const { fetch, sent } = recordingFetch();
      const adapter = restAdapter({ changeFeed: 'sse', pollIntervalMs: 30, retryMs: 60_000, fetch });
      const changes: CaseKitChange[] = [];
      const unsubscribe = adapter.subscribe((change) => changes.push(change));
      try {
        await until(
          () => sent.some((request) => /\/changes\?since=/.test(request.url)),
          'a poll with a cursor',
        );
        const target = await ownCase();
        const other = new MemoryAdapter({ data: backend.store, agentId: supervisorId });
        const updated = await other.transferCase(target.id, supervisorId, { version: target.version });
        await until(() => changes.length > 0, 'the polled change');
        await new Promise((resolve) => setTimeout(resolve, 120));
        expect(changes).to.deep.equal([
          { type: 'case-updated', caseId: target.id, version: updated.version },
        ]);
        expect(sent.filter((request) => request.url.includes('/changes/stream'))).to.have.length(1);
      } finally {
        unsubscribe();
      }
    });

    it('polls only, when asked to', async () => {
      const { fetch, sent } = recordingFetch();
      const adapter = restAdapter({ changeFeed: 'poll', pollIntervalMs: 30, fetch });
      const changes: CaseKitChange[] = [];
      const unsubscribe = adapter.subscribe((change) => changes.push(change));
      try {
        // The first poll's answer fixes the cursor; a change before it would not be news.
        await until(() => sent.some((request) => request.status === 200), 'the first poll');
        const target = await ownCase();
        await new MemoryAdapter({ data: backend.store, agentId: supervisorId }).deleteCase(target.id, {
          version: target.version,
        });
        await until(() => changes.some((change) => change.type === 'case-deleted'), 'the deletion');
        expect(sent.every((request) => !request.url.includes('/changes/stream'))).to.equal(true);
        expect(backend.openStreams).to.equal(0);
      } finally {
        unsubscribe();
      }
    });

    it('resumes after the backend resets its log, announcing nothing wrong', async () => {
      const adapter = restAdapter({ changeFeed: 'sse', retryMs: 20 });
      const changes: CaseKitChange[] = [];
      const unsubscribe = adapter.subscribe((change) => changes.push(change));
      try {
        await until(() => backend.openStreams === 1, 'the stream to open');
        const target = await ownCase();
        const other = new MemoryAdapter({ data: backend.store, agentId: supervisorId });
        await other.updateCase(target.id, { title: 'Before the reset' }, { version: target.version });
        await until(() => changes.length === 1, 'the first change');

        backend.useData(new MemoryStore(demo)); // a fresh log: the client's cursor is unknown there
        await until(() => backend.openStreams === 1, 'the stream to reopen');
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(changes).to.have.length(1);

        const fresh = await ownCase();
        const again = await new MemoryAdapter({ data: backend.store, agentId: supervisorId }).updateCase(
          fresh.id,
          { title: 'After the reset' },
          { version: fresh.version },
        );
        await until(() => changes.length === 2, 'the change after the reset');
        expect(changes[1]).to.deep.equal({ type: 'case-updated', caseId: fresh.id, version: again.version });
      } finally {
        unsubscribe();
      }
    });
  });
});
