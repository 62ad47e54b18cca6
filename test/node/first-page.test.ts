import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../src/adapters/memory/index.js';
import { lastQuerySelected } from '../../src/adapters/memory/case-query.js';
import type { CaseQuery, Sort } from '../../src/model/types.js';

/**
 * While a sort order is not built, the in-memory adapter selects a first page from the cases instead of
 * waiting for it (`first-slots.ts`). That page must be exactly the one the built order gives.
 */
const hostile = [
  '',
  'élan',
  'Élan',
  'elan',
  '  leading space',
  '-dash',
  '(paren',
  '10 items',
  '9 items',
  'Zoë',
  'zoe',
  '日本',
  'Œuvre',
  'ß',
];

function dataset() {
  const data = createDemoData({ cases: 2500, seed: 7 });
  // Titles that test the collator: accents, case, numbers, punctuation, ties, beyond Latin.
  const cases = data.cases.map((c, i) =>
    i % 9 === 0 ? { ...c, title: hostile[(i / 9) % hostile.length]! } : c,
  );
  return { ...data, cases };
}

const numbers = (page: { items: readonly { number: string }[] }) => page.items.map((c) => c.number);

// First in the file: the adapters of the tests below keep the event loop busy with their background work.
describe('the default order', () => {
  it('is built soon after the adapter is made, so the first list is answered from it', async () => {
    const data = dataset();
    const made = () =>
      new MemoryAdapter({ data: structuredClone(data), agentId: demoAgentIdByProfile.agent });
    // The demo layout lists the latest updated first: an order to build, not the slot order.
    const atOnce = made();
    const first = await atOnce.listCases({ offset: 0, limit: 40 });
    assert.equal(lastQuerySelected(atOnce.store), true, 'asked at once, the page is selected');
    const later = made();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const page = await later.listCases({ offset: 0, limit: 40 });
    assert.equal(lastQuerySelected(later.store), false, 'asked later, the page comes from the built order');
    assert.deepEqual(numbers(page), numbers(first));
  });
});

describe('first page selected while the order builds', () => {
  const sorts: Sort[] = ['title', 'status', 'owner', 'updatedAt', 'crmCard', 'number'].flatMap((field) => [
    { field, direction: 'asc' as const },
    { field, direction: 'desc' as const },
  ]);
  const queries: Omit<CaseQuery, 'sort'>[] = [
    { offset: 0, limit: 40 },
    { offset: 30, limit: 50 },
    { offset: 0, limit: 40, filters: [{ statusClass: 'open' }] },
    { offset: 0, limit: 40, search: 'refund' },
  ];
  for (const profile of ['supervisor', 'agent'] as const)
    for (const sort of sorts)
      it(`${profile}: ${sort.field} ${sort.direction}`, async () => {
        const data = dataset();
        for (const query of queries) {
          const built = new MemoryAdapter({
            data: structuredClone(data),
            agentId: demoAgentIdByProfile[profile],
          });
          // A page past the selection's reach waits for the whole order.
          await built.listCases({ ...query, sort, offset: 1000, limit: 10 });
          // Asked at once: the adapter builds its default order soon after it is made.
          const selecting = new MemoryAdapter({
            data: structuredClone(data),
            agentId: demoAgentIdByProfile[profile],
          });
          const fast = await selecting.listCases({ ...query, sort });
          // Cases made in number order need no selection: that order is the slot order.
          assert.equal(lastQuerySelected(selecting.store), sort.field !== 'number', 'the page was selected');
          const full = await built.listCases({ ...query, sort });
          assert.deepEqual(numbers(fast), numbers(full), JSON.stringify(query));
          assert.equal(fast.total, full.total);
        }
      });
});

describe('case-number order', () => {
  it('is the slot order only when cases were made in number order', async () => {
    const data = dataset();
    // The same cases, the last half first: the slot order is no longer the number order.
    const half = data.cases.length / 2;
    const shuffled = { ...data, cases: [...data.cases.slice(half), ...data.cases.slice(0, half)] };
    for (const [direction, pick] of [
      ['asc', (n: number) => n],
      ['desc', (n: number) => data.cases.length - 1 - n],
    ] as const) {
      const adapter = new MemoryAdapter({
        data: structuredClone(shuffled),
        agentId: demoAgentIdByProfile.supervisor,
      });
      const page = await adapter.listCases({ sort: { field: 'number', direction }, offset: 0, limit: 5 });
      const expected = [0, 1, 2, 3, 4].map((i) => data.cases[pick(i)]!.number);
      assert.deepEqual(numbers(page), expected);
    }
  });
});
