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
    ]);
    const cases = data.cases.map((c, i) => (titles.has(i) ? { ...c, title: titles.get(i)! } : c));
    const adapter = new MemoryAdapter({ data: { ...data, cases }, agentId: demoAgentIdByProfile.supervisor });
    const session = await adapter.getSession();
    const check = async () => {
      const all = await everyCase(adapter);
      for (const search of [...searches, 'réfund', 'refundund', 'undstarts', 'αιτημα', 'ΑΊΤΗΜΑ refund'])
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

  it('never matches a word that holds the separator between cases', async () => {
    const adapter = new MemoryAdapter({
      data: createDemoData({ cases: 50, seed: 1 }),
      agentId: demoAgentIdByProfile.supervisor,
    });
    assert.equal((await adapter.listCases({ search: 'a\u0000b', offset: 0, limit: 10 })).total, 0);
  });
});
