import { expect } from '@open-wc/testing';
import {
  MemoryAdapter,
  MemoryStore,
  createDemoData,
  demoAgentIdByProfile,
} from '../../src/adapters/memory/index.js';
import { isCaseKitError } from '../../src/adapters/errors.js';
import { parseLayout } from '../../src/model/layout.js';
import { customFieldTypes } from '../../src/model/types.js';
import { runAdapterConformance } from '../../src/testing/index.js';

runAdapterConformance((fixture, agentId) => new MemoryAdapter({ data: fixture, agentId }));

describe('createDemoData', () => {
  it('is deterministic: same seed, same data; another seed, other data', () => {
    expect(JSON.stringify(createDemoData({ seed: 3 }))).to.equal(JSON.stringify(createDemoData({ seed: 3 })));
    expect(createDemoData({ seed: 4 }).cases[0]?.title).not.to.equal(undefined);
    expect(JSON.stringify(createDemoData({ seed: 4 }).cases)).not.to.equal(
      JSON.stringify(createDemoData({ seed: 3 }).cases),
    );
  });

  it('has the documented counts, profiles and statuses', () => {
    const data = createDemoData();
    expect([data.cases.length, data.crmCards.length, data.interactions.length]).to.deep.equal([
      500, 200, 2000,
    ]);
    expect(data.teams.length).to.be.at.least(3);
    expect(data.agents.length).to.be.at.least(12);
    expect(data.profiles.map((p) => p.id).sort()).to.deep.equal([
      'agent',
      'junior',
      'read-only',
      'supervisor',
    ]);
    expect(data.statuses.length).to.equal(6);
    expect(data.statuses.filter((s) => s.closed).length).to.equal(2);
    expect(data.cases[0]?.number).to.equal('C-00001');
    expect(data.cases[499]?.number).to.equal('C-00500');
    for (const [profileId, agentId] of Object.entries(demoAgentIdByProfile)) {
      expect(data.agents.find((a) => a.id === agentId)?.profileId).to.equal(profileId);
    }
  });

  it('has a layout with every field type, in three sections, that parses', () => {
    const layout = parseLayout(createDemoData({ cases: 1 }).layouts['default']);
    expect([...new Set(layout.fields.map((f) => f.type))].sort()).to.deep.equal([...customFieldTypes].sort());
    expect(layout.fields.length).to.be.at.least(14);
    expect(layout.form.sections.length).to.equal(3);
    expect(layout.fields.filter((f) => f.requiredWhen !== undefined).map((f) => f.key)).to.deep.equal([
      'closeReason',
    ]);
    expect(layout.list.sort).to.deep.equal({ field: 'updatedAt', direction: 'desc' });
  });

  it("respects the cardinalities and keeps interactions with their case's customer", () => {
    const data = createDemoData();
    const cases = new Map(data.cases.map((c) => [c.id, c]));
    const cards = new Set(data.crmCards.map((c) => c.id));
    let sameCard = 0;
    let linked = 0;
    for (const interaction of data.interactions) {
      if (interaction.caseId === null) continue;
      const owner = cases.get(interaction.caseId);
      expect(owner, interaction.id).not.to.equal(undefined);
      linked++;
      if (owner?.crmCardId !== null && owner?.crmCardId === interaction.crmCardId) sameCard++;
    }
    for (const c of data.cases) if (c.crmCardId !== null) expect(cards.has(c.crmCardId)).to.equal(true);
    expect(linked).to.be.within(1000, 1400);
    expect(sameCard / linked).to.be.above(0.6);
    expect(data.cases.some((c) => c.title.includes('Réclamation'))).to.equal(true);
    expect(
      data.cases
        .filter((c) => c.statusId === 'closed' || c.statusId === 'resolved')
        .every((c) => typeof c.fields['closeReason'] === 'string'),
    ).to.equal(true);
  });

  it('generates 100,000 cases, and queries them (times logged)', async function () {
    this.timeout(120_000); // timed by the benchmark, not here: a busy CI machine must not fail it
    let start = performance.now();
    const data = createDemoData({ cases: 100_000 });
    const generated = performance.now() - start;
    expect(data.cases.length).to.equal(100_000);
    expect(data.cases[99_999]?.number).to.equal('C-100000');
    const adapter = new MemoryAdapter({ data, agentId: demoAgentIdByProfile.supervisor });
    await adapter.listCases({ offset: 0, limit: 50 });
    start = performance.now();
    const page = await adapter.listCases({
      offset: 50,
      limit: 50,
      filters: [{ statusClass: 'open' }],
      search: 'facturation',
    });
    const queried = performance.now() - start;
    expect(page.items.length).to.equal(50);
    console.log(
      `100k cases: generated in ${generated.toFixed(0)} ms, a filtered + searched page in ${queried.toFixed(0)} ms`,
    );
  });
});

describe('MemoryStore', () => {
  it('logs changes with increasing sequence numbers and says when a cursor is too old', async () => {
    const store = new MemoryStore(createDemoData({ cases: 20 }), { logSize: 2 });
    const adapter = new MemoryAdapter({ data: store, agentId: demoAgentIdByProfile.supervisor });
    const seen: number[] = [];
    store.subscribe((_change, seq) => seen.push(seq));
    for (let i = 0; i < 3; i++) {
      const c = await adapter.getCase('case-1');
      await adapter.updateCase('case-1', { title: `Title ${i}` }, { version: c.version });
    }
    expect(seen).to.deep.equal([1, 2, 3]);
    expect(store.changesSince(1)).to.deep.include({ cursor: 3, reset: false });
    expect(store.changesSince(1).changes.map((c) => c.seq)).to.deep.equal([2, 3]);
    expect(store.changesSince(0)).to.deep.equal({ changes: [], cursor: 3, reset: true });
    expect(store.changesSince(9).reset).to.equal(true);
  });

  it("is shared by adapters: a change by one agent reaches the other's subscribers", async () => {
    const store = new MemoryStore(createDemoData({ cases: 20 }));
    const supervisor = new MemoryAdapter({ data: store, agentId: demoAgentIdByProfile.supervisor });
    const agent = new MemoryAdapter({ data: store, agentId: demoAgentIdByProfile.agent });
    const seen: string[] = [];
    agent.subscribe((change) => seen.push(`${change.type} ${change.caseId}`));
    const created = await supervisor.createCase({ title: 'Shared', fields: { type: 'billing' } });
    expect(seen).to.deep.equal([`case-created ${created.id}`]);
    expect(created.number).to.equal('C-00021');
  });

  it('persists to localStorage: a new store over the same storage sees the change; reset clears it', async () => {
    const key = 'casekit:test-store';
    localStorage.removeItem(key);
    const data = createDemoData({ cases: 30 });
    const first = new MemoryAdapter({
      data,
      agentId: demoAgentIdByProfile.supervisor,
      storage: { storage: localStorage, key },
    });
    const created = await first.createCase({ title: 'Kept across reloads', fields: { type: 'technical' } });
    await first.deleteCase('case-2', { version: (await first.getCase('case-2')).version });
    first.store.flush();
    const second = new MemoryAdapter({
      data,
      agentId: demoAgentIdByProfile.supervisor,
      storage: { storage: localStorage, key },
    });
    expect((await second.getCase(created.id)).title).to.equal('Kept across reloads');
    expect((await second.listCases({ offset: 0, limit: 0 })).total).to.equal(30);
    expect(second.store.peekCaseIdentity().number).to.equal('C-00032');
    second.store.reset();
    expect(localStorage.getItem(key)).to.equal(null);
    expect((await second.listCases({ offset: 0, limit: 0 })).total).to.equal(30);
    expect(await second.getCase('case-2').then((c) => c.id)).to.equal('case-2');
    const third = new MemoryAdapter({
      data,
      agentId: demoAgentIdByProfile.supervisor,
      storage: localStorage,
    });
    expect(third.store.caseCount).to.equal(30);
  });
});

describe('MemoryAdapter latency and abort', () => {
  it('waits the latency before answering', async () => {
    const adapter = new MemoryAdapter({
      data: createDemoData({ cases: 10 }),
      agentId: demoAgentIdByProfile.agent,
      latencyMs: 60,
    });
    const start = performance.now();
    await adapter.getSession();
    expect(performance.now() - start).to.be.at.least(55);
  });

  it('an abort during the latency rejects with AbortError and changes nothing', async () => {
    const adapter = new MemoryAdapter({
      data: createDemoData({ cases: 10 }),
      agentId: demoAgentIdByProfile.agent,
      latencyMs: 200,
    });
    const before = (await adapter.listCases({ offset: 0, limit: 0 })).total;
    const controller = new AbortController();
    const pending = adapter.createCase(
      { title: 'Never', fields: { type: 'billing' } },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 20);
    const error = await pending.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await adapter.listCases({ offset: 0, limit: 0 })).total).to.equal(before);
  });

  it('an unknown agent is unauthenticated on every call', async () => {
    const adapter = new MemoryAdapter({ data: createDemoData({ cases: 10 }), agentId: 'nobody' });
    const error = await adapter.listCases({ offset: 0, limit: 5 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isCaseKitError(error, 'unauthenticated')).to.equal(true);
  });
});
