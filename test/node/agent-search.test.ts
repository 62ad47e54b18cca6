import { describe, it } from 'node:test';
import { deepStrictEqual } from 'node:assert/strict';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../src/adapters/memory/index.js';
import { foldText } from '../../src/adapters/memory/case-fields.js';
import type { Agent } from '../../src/model/types.js';

const first = ['Anne', 'Zoé', 'Martin', 'Élise', 'Marina', 'Hugo', 'Mathis', 'Lina'];
const last = ['Martinelli', 'André', 'Dubois', 'Martin', 'Lefèvre', 'Marchand', 'Ozil'];
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function manyAgents(count: number): Agent[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${first[i % first.length]} ${last[(i * 7) % last.length]}`;
    const agent = { id: `gen-${i}`, name, teamIds: [], profileId: 'agent' };
    // Some e-mails longer than a row of the index (kept whole apart), one matching only past the cut.
    const domain = i % 97 === 0 ? `${'x'.repeat(90)}.tail-domain.org` : 'casekit.org';
    return i % 5 === 0 ? agent : { ...agent, email: `${foldText(name).replace(' ', '.')}.${i}@${domain}` };
  });
}

/** The answer, the slow and obvious way. */
function reference(agents: readonly Agent[], search: string, offset: number, limit: number) {
  const words = foldText(search).split(/\s+/).filter(Boolean);
  const found = agents
    .filter((a) => words.every((w) => foldText(`${a.name}\u0001${a.email ?? ''}`).includes(w)))
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  return { ids: found.slice(offset, offset + limit).map((a) => a.id), total: found.length };
}

// Typed on, corrected, retyped, several words, accents, nothing found, one or two letters.
const searches = [
  'm',
  '1',
  '@',
  'm',
  'ma',
  'mar',
  'mart',
  'marti',
  'ma',
  'mar d',
  'mar du',
  'é',
  'el',
  'zz',
  'o',
  'ozi',
  'martinel',
  'martinelli',
  'tailx',
  'domain',
  'casekit',
  'ndre',
];
searches.push('', 'lefevre', 'LEF', 'an ma', '12', '1', 'gen', ' ', 'a.m', 'tail', 'x', 'xx', 'ma tail');

describe('MemoryAdapter searchAgents, everyone', () => {
  const demo = createDemoData({ cases: 5, seed: 3 });
  const agents = [...demo.agents, ...manyAgents(1200)];
  const adapter = new MemoryAdapter({
    data: { ...demo, agents },
    agentId: demoAgentIdByProfile.supervisor,
  });

  const check = async () => {
    for (const search of searches) {
      for (const [offset, limit] of [
        [0, 50],
        [40, 25],
        [31, 40],
        [700, 50],
      ] as const) {
        const page = await adapter.searchAgents({ search, scope: 'everyone', offset, limit });
        deepStrictEqual(
          { ids: page.items.map((a) => a.id), total: page.total },
          reference(agents, search, offset, limit),
          `"${search}" from ${offset}`,
        );
      }
    }
  };

  it('answers like a scan of every agent, whichever search came before', async () => {
    await check();
    await check();
  });
});
