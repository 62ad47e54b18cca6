import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../src/adapters/memory/index.js';
import { foldText } from '../../src/adapters/memory/case-fields.js';
import type { Case, Session } from '../../src/model/types.js';

/**
 * The in-memory search keeps the folded texts of 1,024 cases in one string (`case-search.ts`) and finds
 * words with `indexOf` through it. Its answers must be those of folding each case and testing each word.
 */
const textTypes = new Set(['text', 'textarea', 'email', 'phone', 'url']);

function expected(cases: readonly Case[], session: Session, search: string): string[] {
  const keys = session.layout.fields
    .filter((f) => textTypes.has(f.type) && f.access !== 'hidden')
    .map((f) => f.key);
  const words = foldText(search).split(/\s+/).filter(Boolean);
  return cases
    .filter((c) => {
      // Each field on its own: a word never spans two fields, or two cases.
      const texts = [c.number, c.title, ...keys.map((k) => c.fields[k])]
        .filter((v): v is string => typeof v === 'string')
        .map(foldText);
      return words.every((word) => texts.some((text) => text.includes(word)));
    })
    .map((c) => c.number)
    .sort();
}

async function found(adapter: MemoryAdapter, search: string): Promise<string[]> {
  const page = await adapter.listCases({ search, offset: 0, limit: 100_000 });
  assert.equal(page.total, page.items.length);
  return page.items.map((c) => c.number).sort();
}

async function everyCase(adapter: MemoryAdapter): Promise<readonly Case[]> {
  return (await adapter.listCases({ offset: 0, limit: 100_000 })).items;
}

const searches = [
  'refund',
  'RÉF',
  'c-0204',
  'c-01',
  'order 2',
  'e',
  'é',
  'ord-',
  '@',
  'no such words',
  'a b c',
];

describe('search texts in chunks of 1,024 cases', () => {
  it('finds what folding each case finds, across chunk boundaries, after changes', async () => {
    const data = createDemoData({ cases: 2300, seed: 3 });
    // Texts at the edges of chunks, with accents and case; and a word split over two cases.
    const titles = new Map([
      [1023, 'Ends the first chunk: Réfund'],
      [1024, 'und Starts'],
      [10, 'The customer don’t answer'],
      // Wide characters (two bytes each) are kept apart from the one-byte texts of their chunk.
      [1100, 'Αίτημα επιστροφής refund'],
      // The character that ends each case's text in a chunk, in a title (hostile text).
      [500, 'Null\u0000byte refund'],
    ]);
    const cases = data.cases.map((c, i) => (titles.has(i) ? { ...c, title: titles.get(i)! } : c));
    const adapter = new MemoryAdapter({ data: { ...data, cases }, agentId: demoAgentIdByProfile.supervisor });
    const session = await adapter.getSession();
    const check = async () => {
      const all = await everyCase(adapter);
      for (const search of [
        ...searches,
        'réfund',
        'refundund',
        'undstarts',
        'αιτημα',
        'ΑΊΤΗΜΑ refund',
        'byte',
      ])
        assert.deepEqual(await found(adapter, search), expected(all, session, search), search);
    };
    await check();
    assert.deepEqual(await found(adapter, "don't"), ['C-00011']);
    assert.deepEqual(await found(adapter, 'αιτημα refund'), ['C-01101']);

    // A changed case in the middle of a chunk, one deleted, and new ones past the last chunk's end.
    const all = await everyCase(adapter);
    const changed = all.find((c) => c.number === 'C-00700')!;
    await adapter.updateCase(changed.id, { title: 'Zebra refund crossing' }, { version: changed.version });
    const gone = all.find((c) => c.number === 'C-01500')!;
    await adapter.deleteCase(gone.id, { version: gone.version });
    for (let i = 0; i < 300; i++)
      await adapter.createCase({ title: `Created ${i} zebra`, fields: { type: changed.fields['type']! } });
    await check();
    assert.equal((await found(adapter, 'zebra')).length, 301);
  });

  it('finds the same cases while its texts are folded a step at a time in idle periods', async () => {
    // Short idle periods, as a scrolling page leaves: a step folds part of a chunk.
    const queue: ((deadline: { timeRemaining: () => number }) => void)[] = [];
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'requestIdleCallback');
    Object.defineProperty(globalThis, 'requestIdleCallback', {
      configurable: true,
      value: (run: (deadline: { timeRemaining: () => number }) => void) => queue.push(run),
    });
    /** One idle period of 1.5 ms for each callback waiting, as many times as `rounds`. */
    const idlePeriods = (rounds: number) => {
      for (let round = 0; round < rounds && queue.length > 0; round++)
        for (const run of queue.splice(0)) {
          const until = performance.now() + 1.5;
          run({ timeRemaining: () => Math.max(0, until - performance.now()) });
        }
    };
    try {
      const data = createDemoData({ cases: 2300, seed: 5 });
      const cases = data.cases.map((c, i) => (i === 1100 ? { ...c, title: 'Halfway réfund' } : c));
      const make = async () => {
        const adapter = new MemoryAdapter({
          data: { ...data, cases },
          agentId: demoAgentIdByProfile.supervisor,
        });
        const session = await adapter.getSession();
        // Once the list's order is built, its first query starts the background folding.
        await new Promise((resolve) => setTimeout(resolve, 50));
        await adapter.listCases({ offset: 0, limit: 10 });
        idlePeriods(2);
        const check = async (when: string) => {
          const all = await everyCase(adapter);
          for (const search of ['refund', 'halfway', 'zebra', 'c-011', 'é'])
            assert.deepEqual(
              await found(adapter, search),
              expected(all, session, search),
              `${search}, ${when}`,
            );
        };
        return { adapter, check };
      };
      // A search while a chunk is folded in part (it folds the rest itself).
      await (await make()).check('a chunk folded in part');
      // A case changed in the part already folded: the background folding starts that chunk again.
      const { adapter, check } = await make();
      const changed = (await everyCase(adapter)).find((c) => c.number === 'C-00010')!;
      await adapter.updateCase(changed.id, { title: 'Halfway zebra' }, { version: changed.version });
      idlePeriods(1000);
      assert.equal(queue.length, 0, 'the folding ends');
      await check('folded in the background after a change');
    } finally {
      if (saved) Object.defineProperty(globalThis, 'requestIdleCallback', saved);
      else delete (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
    }
  });

  it('never matches a word that holds the separator between cases', async () => {
    const adapter = new MemoryAdapter({
      data: createDemoData({ cases: 50, seed: 1 }),
      agentId: demoAgentIdByProfile.supervisor,
    });
    assert.equal((await adapter.listCases({ search: 'a\u0000b', offset: 0, limit: 10 })).total, 0);
  });
});
