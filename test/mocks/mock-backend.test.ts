import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { createDemoData, demoAgentIdByProfile, MemoryAdapter } from '../../src/adapters/memory/index.js';
import { encodeCaseQuery } from '../../src/adapters/rest/index.js';
import { createHandlers } from '../../src/mocks/index.js';
import type { Case, Page } from '../../src/model/types.js';

const baseUrl = '/mock-test/api';
const demo = createDemoData({ cases: 40, seed: 11 });
const agentId = demoAgentIdByProfile.agent;
const supervisorId = demoAgentIdByProfile.supervisor;
const backend = createHandlers({ baseUrl, data: demo, agentId });
const worker = setupWorker(...backend.handlers);

interface ProblemBody {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors?: Record<string, { code: string }>;
  readonly current?: Case;
  readonly reason?: { code: string };
}

function call(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${baseUrl}${path}`, init);
}

function as(agent: string, init: RequestInit = {}): RequestInit {
  return {
    ...init,
    headers: { Authorization: `Bearer ${agent}`, ...(init.headers as Record<string, string> | undefined) },
  };
}

async function problem(response: Response, status: number): Promise<ProblemBody> {
  expect(response.status).to.equal(status);
  expect(response.headers.get('Content-Type')).to.equal('application/problem+json');
  const body = (await response.json()) as ProblemBody;
  expect(body.status).to.equal(status);
  return body;
}

async function sessionAgent(init?: RequestInit): Promise<string> {
  const response = await call('/session', init);
  expect(response.status).to.equal(200);
  return ((await response.json()) as { agent: { id: string } }).agent.id;
}

/** An open case the demo agent owns. */
async function ownCase(): Promise<Case> {
  const page = await new MemoryAdapter({ data: backend.store, agentId }).listCases({
    offset: 0,
    limit: 1,
    filters: [{ owner: 'me' }, { statusClass: 'open' }],
  });
  if (!page.items[0]) throw new Error('No case owned by the demo agent.');
  return page.items[0];
}

/** Reads an event stream until `until` matches what arrived, then cancels it. */
async function readStream(response: Response, until: (text: string) => boolean): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + 3000;
  while (!until(text)) {
    if (Date.now() > deadline) throw new Error(`Stream stalled after: ${JSON.stringify(text)}`);
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text;
}

before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true }));
after(() => worker.stop());
beforeEach(() => {
  backend.reset();
  backend.useData(demo);
  backend.setAgent(agentId);
});

describe('MockBackend', () => {
  describe('authentication', () => {
    it("acts as the Bearer token's agent, else as the default agent", async () => {
      expect(await sessionAgent(as(supervisorId))).to.equal(supervisorId);
      expect(await sessionAgent()).to.equal(agentId);
      backend.setAgent(supervisorId);
      expect(await sessionAgent()).to.equal(supervisorId);
    });

    it('answers 401 without a usable token', async () => {
      backend.setAgent(undefined);
      expect((await problem(await call('/session'), 401)).code).to.equal('unauthenticated');
      expect((await problem(await call('/session', as('nobody')), 401)).code).to.equal('unauthenticated');
      const basic = await call('/session', { headers: { Authorization: 'Basic abc' } });
      expect((await problem(basic, 401)).code).to.equal('unauthenticated');
    });
  });

  describe('knobs', () => {
    it('delays answers by the latency', async () => {
      backend.setLatency(150);
      const start = performance.now();
      await sessionAgent();
      expect(performance.now() - start).to.be.at.least(140);
    });

    it('injects each kind of failure, as many times as asked, on matching requests only', async () => {
      backend.fail({ kind: 'server-error', times: 2, match: (request) => request.url.endsWith('/session') });
      expect((await problem(await call('/session'), 500)).code).to.equal('unknown');
      expect((await call('/crm-cards')).status).to.equal(200);
      expect((await problem(await call('/session'), 500)).code).to.equal('unknown');
      expect(await sessionAgent()).to.equal(agentId);

      backend.fail({ kind: 'unavailable', retryAfter: 7, times: 1 });
      const unavailable = await call('/session');
      expect(unavailable.headers.get('Retry-After')).to.equal('7');
      expect((await problem(unavailable, 503)).code).to.equal('unavailable');

      backend.fail({ kind: 'unauthenticated', times: 1 });
      expect((await problem(await call('/session'), 401)).code).to.equal('unauthenticated');

      const remove = backend.fail({ kind: 'offline' });
      let offline: unknown;
      await call('/session').catch((error: unknown) => (offline = error));
      expect(offline).to.be.instanceOf(TypeError);
      remove();
      expect(await sessionAgent()).to.equal(agentId);
    });

    it('holds a timed-out request until it is aborted', async () => {
      backend.fail({ kind: 'timeout', times: 1 });
      const controller = new AbortController();
      let settled = false;
      const pending = call('/session', { signal: controller.signal }).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(settled).to.equal(false);
      controller.abort();
      const error = await pending.catch((caught: unknown) => caught);
      expect((error as DOMException).name).to.equal('AbortError');
    });

    it('resets data, failures and latency', async () => {
      const target = await ownCase();
      await new MemoryAdapter({ data: backend.store, agentId }).updateCase(
        target.id,
        { title: 'Changed' },
        { version: target.version },
      );
      backend.fail({ kind: 'server-error' });
      backend.setLatency(10_000);
      backend.reset();
      const response = await call(`/cases/${target.id}`);
      expect(((await response.json()) as Case).title).to.equal(target.title);
    });

    it('swaps its data', async () => {
      const small = createDemoData({ cases: 3, seed: 2 });
      backend.useData(small);
      const page = (await (await call('/cases?limit=10', as(supervisorId))).json()) as Page<Case>;
      expect(page.total).to.equal(3);
      expect(backend.store.caseCount).to.equal(3);
    });
  });

  describe('cases', () => {
    it('serves GET /cases from the query parameters, as the MemoryAdapter answers the same query', async () => {
      const query = {
        offset: 2,
        limit: 5,
        sort: { field: 'updatedAt', direction: 'desc' },
        filters: [{ statusClass: 'open' }],
      } as const;
      const response = await call(`/cases?${encodeCaseQuery(query).toString()}`);
      const expected = await new MemoryAdapter({ data: backend.store, agentId }).listCases(query);
      expect(await response.json()).to.deep.equal(JSON.parse(JSON.stringify(expected)));
    });

    it('answers 400 to a malformed query, naming the parameter', async () => {
      const body = await problem(await call('/cases?filter=title:like:x'), 400);
      expect(body.code).to.equal('validation');
      expect(body.fieldErrors).to.have.property('filter');
    });

    it('sends ETag, checks If-Match (428 missing, 400 malformed, 412 stale with the current case)', async () => {
      const target = await ownCase();
      expect((await call(`/cases/${target.id}`)).headers.get('ETag')).to.equal(`"${target.version}"`);
      const patch = (ifMatch?: string) =>
        call(`/cases/${target.id}`, {
          method: 'PATCH',
          headers: {
            'Content-Type': 'application/json',
            ...(ifMatch === undefined ? {} : { 'If-Match': ifMatch }),
          },
          body: JSON.stringify({ title: 'Edited' }),
        });
      expect((await problem(await patch(), 428)).reason?.code).to.equal('version-required');
      expect((await problem(await patch('3'), 400)).fieldErrors).to.have.property('If-Match');
      const ok = await patch(`"${target.version}"`);
      expect(ok.headers.get('ETag')).to.equal(`"${target.version + 1}"`);
      const stale = await problem(await patch(`"${target.version}"`), 412);
      expect(stale.code).to.equal('conflict');
      expect(stale.current?.version).to.equal(target.version + 1);
    });

    it('creates with 201 and Location, and answers a replayed Idempotency-Key with 200 and the same case', async () => {
      const post = () =>
        call('/cases', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1' },
          body: JSON.stringify({ title: 'New', fields: { type: 'billing', priority: 'low' } }),
        });
      const first = await post();
      expect(first.status).to.equal(201);
      const created = (await first.json()) as Case;
      expect(first.headers.get('Location')).to.equal(`${baseUrl}/cases/${created.id}`);
      const replay = await post();
      expect(replay.status).to.equal(200);
      expect(((await replay.json()) as Case).id).to.equal(created.id);
    });

    it('refuses a body that is not JSON, and a transfer without an owner', async () => {
      const target = await ownCase();
      const headers = { 'Content-Type': 'application/json', 'If-Match': `"${target.version}"` };
      expect(
        (await problem(await call(`/cases/${target.id}/owner`, { method: 'PUT', headers, body: '{' }), 400))
          .code,
      ).to.equal('validation');
      const missing = await problem(
        await call(`/cases/${target.id}/owner`, { method: 'PUT', headers, body: '{}' }),
        422,
      );
      expect(missing.fieldErrors?.['ownerId']?.code).to.equal('required');
    });
  });

  describe('change feed', () => {
    it('polls: the cursor first, then the changes after it, and reset for an unknown cursor', async () => {
      const start = (await (await call('/changes')).json()) as { cursor: string; changes: unknown[] };
      expect(start.changes).to.deep.equal([]);
      const target = await ownCase();
      await new MemoryAdapter({ data: backend.store, agentId }).updateCase(
        target.id,
        { title: 'Polled' },
        { version: target.version },
      );
      const next = (await (await call(`/changes?since=${start.cursor}`)).json()) as {
        cursor: string;
        changes: { type: string; caseId: string }[];
        reset: boolean;
      };
      expect(next.changes.map((change) => [change.type, change.caseId])).to.deep.equal([
        ['case-updated', target.id],
      ]);
      expect(next.reset).to.equal(false);
      expect(Number(next.cursor)).to.equal(Number(start.cursor) + 1);
      const unknown = (await (await call('/changes?since=9999')).json()) as {
        reset: boolean;
        changes: unknown[];
      };
      expect([unknown.reset, unknown.changes]).to.deep.equal([true, []]);
    });

    it('streams: the cursor on connection, replay after Last-Event-ID, live changes, reset for an unknown id', async () => {
      const target = await ownCase();
      const writer = new MemoryAdapter({ data: backend.store, agentId: supervisorId });
      const fresh = await call('/changes/stream', { headers: { Accept: 'text/event-stream' } });
      expect(fresh.headers.get('Content-Type')).to.equal('text/event-stream');
      const cursor = backend.store.cursor;
      const live = readStream(fresh, (text) => text.includes('"case-updated"'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const updated = await writer.updateCase(target.id, { title: 'Streamed' }, { version: target.version });
      const liveText = await live;
      expect(liveText).to.match(new RegExp(`^retry: 1000\\nid: ${cursor}\\n\\n`));
      expect(liveText).to.include(
        `id: ${cursor + 1}\ndata: ${JSON.stringify({ type: 'case-updated', caseId: target.id, version: updated.version })}\n\n`,
      );

      const replay = await call('/changes/stream', { headers: { 'Last-Event-ID': String(cursor) } });
      expect(await readStream(replay, (text) => text.includes('data:'))).to.include(
        `id: ${cursor + 1}\ndata: `,
      );

      const unknown = await call('/changes/stream', { headers: { 'Last-Event-ID': '9999' } });
      expect(await readStream(unknown, (text) => text.includes('\n\n'))).to.include(
        `event: reset\nid: ${backend.store.cursor}\n\n`,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(backend.openStreams).to.equal(0);
    });
  });
});
