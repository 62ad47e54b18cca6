/**
 * casekit: `<ck-provider>` + `<ck-owner-picker>` on a MemoryAdapter over `createDemoData` plus the
 * 10,000 generated agents, signed in as the supervisor (who transfers to everyone). The "Everyone"
 * group lists the generated agents; the demo agents are the supervisor and their teams.
 */
import '../../../src/define.js';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../../src/adapters/memory/index.js';
import type { CaseKitDataset } from '../../../src/model/dataset.js';
import type { Agent } from '../../../src/model/types.js';
import { expose, shown } from './probe.js';
import { loadAgents, mountStyle, pageSize } from './agents.js';

mountStyle('ck-provider{display:contents}');

const agentId = demoAgentIdByProfile.supervisor;

async function dataset(): Promise<CaseKitDataset> {
  const demo = createDemoData({ cases: 50, seed: 1 });
  const generated: Agent[] = (await loadAgents()).map((a) => ({ ...a, teamIds: [], profileId: 'agent' }));
  return { ...demo, agents: [...demo.agents, ...generated] };
}

const app = document.getElementById('app')!;
let picker: HTMLElementTagNameMap['ck-owner-picker'] | undefined;
/** The oracle asks its own adapter over its own store, so it never warms the one being measured. */
let oracle: MemoryAdapter | undefined;
const expected = new Map<string, string[]>();

function input(): HTMLInputElement | null | undefined {
  return picker?.shadowRoot?.querySelector('input');
}

expose({
  async ready() {
    const data = await dataset();
    const adapter = new MemoryAdapter({ data, agentId });
    oracle = new MemoryAdapter({ data: await dataset(), agentId });
    const provider = document.createElement('ck-provider') as HTMLElementTagNameMap['ck-provider'];
    provider.adapter = adapter;
    picker = document.createElement('ck-owner-picker');
    picker.caseId = (await adapter.listCases({ offset: 0, limit: 1 })).items[0]!.id;
    provider.append(picker);
    app.append(provider);
    while (!input()) await new Promise((resolve) => setTimeout(resolve, 10));
  },
  target() {
    const box = input()!.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  },
  async expect(needles) {
    const session = await oracle!.getSession();
    const known = new Set(session.teamMembers.map((a) => a.id).concat(agentId));
    for (const needle of ['', ...needles]) {
      const page = await oracle!.searchAgents({
        search: needle,
        scope: 'everyone',
        offset: 0,
        limit: pageSize,
      });
      expected.set(
        needle,
        page.items.filter((a) => !known.has(a.id)).map((a) => a.name),
      );
    }
  },
  shows(needle) {
    const root = picker?.shadowRoot;
    const listbox = root?.querySelector<HTMLElement>('[role=listbox]');
    if (!root || !shown(listbox)) return false;
    const group = listbox.querySelector('[aria-labelledby="group-everyone"]');
    const options = group ? [...group.querySelectorAll('[role=option]')] : [];
    const want = expected.get(needle) ?? [];
    // The kit paints the first options (of "Me", "My team", then "Everyone") and more as the list
    // scrolls: done when the search has answered (no "Searching…" status), the "Everyone" options
    // painted are the first expected ones, and they are all of them or the listbox is full. When "Me"
    // and "My team" fill it (a search matching many of the team), no "Everyone" option is painted yet.
    const full = listbox.scrollHeight > listbox.clientHeight;
    if (root.querySelector('.popup-status')) return false;
    if (options.length > want.length || (options.length < want.length && !full)) return false;
    if (options.length === 0) return want.length === 0 || shown(listbox.querySelector('[role=option]'));
    return shown(options[0]) && options.every((o, i) => o.querySelector('span')?.textContent === want[i]);
  },
});
