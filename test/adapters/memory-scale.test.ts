import { expect } from '@open-wc/testing';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../src/adapters/memory/index.js';
import { lastQueryScanned } from '../../src/adapters/memory/case-query.js';
import { foldText } from '../../src/adapters/memory/case-fields.js';
import type { CaseRecord, Sort } from '../../src/model/types.js';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const teamOf = (adapter: MemoryAdapter) =>
  adapter.getSession().then((s) => new Set([s.agent.id, ...s.teamMembers.map((a) => a.id)]));

/** The DESIGN.md answer, computed the slow and obvious way. */
function reference(cases: readonly CaseRecord[], visible: ReadonlySet<string>, sort: Sort, search = '') {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const number = (c: CaseRecord) => Number(/(\d+)$/.exec(c.number)?.[1] ?? 0);
  const text = (c: CaseRecord) => (sort.field === 'title' ? c.title : c.updatedAt);
  const words = foldText(search).split(/\s+/).filter(Boolean);
  return cases
    .filter((c) => visible.has(c.ownerId))
    .filter((c) => {
      const haystack = foldText(
        [c.number, c.title, c.fields['description'], c.fields['contactEmail'], c.fields['contactPhone']]
          .concat([c.fields['orderNumber'], c.fields['website'], c.fields['externalRef']])
          .filter((v) => typeof v === 'string')
          .join('\u0001'),
      );
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => {
      const primary =
        sort.field === 'title'
          ? collator.compare(text(a), text(b))
          : Date.parse(text(a)) - Date.parse(text(b));
      return primary * sign || number(a) - number(b);
    })
    .map((c) => c.id);
}

describe('MemoryAdapter at scale', () => {
  it('answers 100k cases like the obvious implementation (sort, both directions, search)', async function () {
    this.timeout(120_000);
    const data = createDemoData({ cases: 100_000 });
    const adapter = new MemoryAdapter({ data, agentId: demoAgentIdByProfile.agent });
    const visible = await teamOf(adapter);
    for (const sort of [
      { field: 'title', direction: 'asc' },
      { field: 'title', direction: 'desc' },
      { field: 'updatedAt', direction: 'desc' },
    ] as const) {
      const expected = reference(data.cases, visible, sort, sort.field === 'title' ? 'refund' : '');
      const search = sort.field === 'title' ? 'refund' : '';
      const first = await adapter.listCases({ sort, search, offset: 0, limit: 100 });
      const deep = await adapter.listCases({ sort, search, offset: expected.length - 100, limit: 100 });
      expect(first.total, `${sort.field} ${sort.direction}`).to.equal(expected.length);
      expect(first.items.map((c) => c.id)).to.deep.equal(expected.slice(0, 100));
      expect(deep.items.map((c) => c.id)).to.deep.equal(expected.slice(-100));
    }
  });

  it('a keystroke that extends the search filters the previous matches, not every case', async () => {
    const data = createDemoData({ cases: 20_000 });
    const adapter = new MemoryAdapter({ data, agentId: demoAgentIdByProfile.supervisor });
    const sort: Sort = { field: 'title', direction: 'asc' };
    // A page past the first ones waits for the whole order (first pages are selected while it builds).
    await adapter.listCases({ sort, offset: 1000, limit: 50 });
    expect(lastQueryScanned(adapter.store)).to.equal(20_000);
    const ref = await adapter.listCases({ sort, search: 'ref', offset: 0, limit: 50 });
    expect(lastQueryScanned(adapter.store)).to.equal(20_000);
    const refund = await adapter.listCases({ sort, search: 'refund', offset: 0, limit: 50 });
    expect(lastQueryScanned(adapter.store), 'scans the matches of "ref" only').to.equal(ref.total);
    expect(refund.total).to.be.below(ref.total);
    await adapter.listCases({ sort, search: 'refund', offset: 50, limit: 50 });
    expect(lastQueryScanned(adapter.store), 'the next page is a slice').to.equal(0);
    // Another filter is another result set: a full scan again.
    await adapter.listCases({
      sort,
      search: 'refund',
      filters: [{ statusClass: 'open' }],
      offset: 0,
      limit: 5,
    });
    expect(lastQueryScanned(adapter.store)).to.equal(20_000);
  });

  it('a quoted phrase is a search of its own, not its words apart', async () => {
    const data = createDemoData({ cases: 20_000 });
    const adapter = new MemoryAdapter({ data, agentId: demoAgentIdByProfile.supervisor });
    const titled = (part: string) => data.cases.filter((c) => foldText(c.title).includes(part)).length;
    // The whole order built (a page past the first ones), so that answers are kept and reused.
    await adapter.listCases({ offset: 1000, limit: 5 });
    const words = await adapter.listCases({ search: 'twice charged', offset: 0, limit: 5 });
    expect(words.total, 'both words, in any order').to.be.at.least(titled('charged twice'));
    expect(words.total).to.be.above(0);
    // The same words, quoted the wrong way round: no case says "twice charged".
    const reversed = await adapter.listCases({ search: '"twice charged"', offset: 0, limit: 5 });
    expect(reversed.total, 'not the answer of the words apart').to.equal(0);
    const phrase = await adapter.listCases({ search: '"Charged  TWICE"', offset: 0, limit: 5 });
    expect(phrase.total).to.be.at.least(titled('charged twice')).and.at.most(words.total);
    expect(phrase.total).to.be.above(0);
  });

  it('keeps the sort order right case by case after changes', async () => {
    const data = createDemoData({ cases: 5_000 });
    const adapter = new MemoryAdapter({ data, agentId: demoAgentIdByProfile.supervisor });
    const sort: Sort = { field: 'title', direction: 'asc' };
    const first = await adapter.listCases({ sort, offset: 0, limit: 10 });
    const moved = first.items[3] as CaseRecord;
    await adapter.updateCase(moved.id, { title: 'Zz last of all' }, { version: moved.version });
    const created = await adapter.createCase({ title: '  Aaa first of all', fields: { type: 'billing' } });
    const page = await adapter.listCases({ sort, offset: 0, limit: 10 });
    expect(page.items[0]?.id).to.equal(created.id);
    const last = await adapter.listCases({ sort, offset: 5_000, limit: 10 });
    expect(last.items.map((c) => c.id)).to.deep.equal([moved.id]);
    const all = [...adapter.store.caseList()];
    const expected = reference(all, new Set(all.map((c) => c.ownerId)), sort);
    const every = await adapter.listCases({ sort, offset: 0, limit: 10_000 });
    expect(every.items.map((c) => c.id)).to.deep.equal(expected);
    const desc = await adapter.listCases({ sort: { ...sort, direction: 'desc' }, offset: 0, limit: 10_000 });
    expect(desc.items.map((c) => c.id)).to.deep.equal(
      reference(all, new Set(all.map((c) => c.ownerId)), { ...sort, direction: 'desc' }),
    );
  });
});
