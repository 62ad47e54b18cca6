/** The case every delete-dialog page shows: one with linked interactions and a CRM card. */
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../../src/adapters/memory/index.js';
import type { Case } from '../../../src/model/types.js';

export function benchAdapter(): MemoryAdapter {
  return new MemoryAdapter({
    data: createDemoData({ cases: 200, seed: 1 }),
    agentId: demoAgentIdByProfile.supervisor,
  });
}

export async function benchCase(adapter: MemoryAdapter): Promise<Case> {
  const page = await adapter.listCases({ offset: 0, limit: 200 });
  return page.items.find((c) => c.interactionCount > 0 && c.crmCard) ?? page.items[0]!;
}

/** The dialog's content as the peers render it (the kit's English strings). */
export function dialogContent(c: Case): { title: string; lines: string[] } {
  return {
    title: `Delete case ${c.number}?`,
    lines: [
      `${c.number} — ${c.title}`,
      `${c.interactionCount} linked interactions will be unlinked.`,
      ...(c.crmCard ? [`Its link to the CRM card ${c.crmCard.name} goes too.`] : []),
    ],
  };
}

export const dialogCss = `dialog{width:28rem}.actions{display:flex;gap:8px;justify-content:end}`;
