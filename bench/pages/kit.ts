/**
 * casekit: `<ck-case-list>` in a `<ck-provider>` on a MemoryAdapter over `createDemoData({ cases: N })`,
 * with the same six columns as the other pages and case number ascending as the first order.
 * The dataset is generated and passed through JSON (flat strings, like server data) before t0.
 *
 * The data source is the provider with its session loaded, made before t0 like the other pages'
 * arrays: a host wraps its agent desktop in one provider, which loads the signed-in agent's session
 * once, and the list is attached inside it when the agent opens the Cases module (t0).
 */
import '../../src/define.js';
import { MemoryAdapter, createDemoData, demoAgentIdByProfile } from '../../src/adapters/memory/index.js';
import type { CaseKitDataset } from '../../src/model/dataset.js';
import { caseCount, collator, expose, firstTitle, loadRows, type Implementation } from './common.js';

/** The fixtures' seed (bench/build.mjs). */
const seed = 1;

/** The demo layout with the benchmark's six columns and order. */
function benchDataset(): CaseKitDataset {
  const data = JSON.parse(JSON.stringify(createDemoData({ cases: caseCount, seed }))) as {
    layouts: Record<string, { list: unknown }>;
  };
  for (const layout of Object.values(data.layouts)) {
    layout.list = {
      columns: [
        { field: 'number', width: '7rem' },
        { field: 'title' },
        { field: 'status', width: '9rem' },
        { field: 'owner', width: '10rem' },
        { field: 'updatedAt', width: '9rem' },
        { field: 'crmCard', width: '10rem' },
      ],
      sort: { field: 'number', direction: 'asc' },
    };
  }
  return data as unknown as CaseKitDataset;
}

const css = `ck-provider{display:contents}ck-case-list{flex:1;min-height:0}`;

expose('kit', async () => {
  let data: CaseKitDataset | undefined = benchDataset();
  let provider: HTMLElementTagNameMap['ck-provider'] | undefined;
  // The oracle asks its own adapter over its own copy of the data, so it never warms the caches
  // (sort orders, search texts) of the adapter under test.
  let oracleAdapter: MemoryAdapter | undefined;
  const oracle = () =>
    (oracleAdapter ??= new MemoryAdapter({ data: benchDataset(), agentId: demoAgentIdByProfile.supervisor }));
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const implementation: Implementation = {
    async prepare(container) {
      // A supervisor sees every case (visibility "all"), like the other pages show every row.
      const adapter = new MemoryAdapter({ data: data!, agentId: demoAgentIdByProfile.supervisor });
      data = undefined; // the store holds its own copy: keep one copy of the data on the page
      provider = document.createElement('ck-provider');
      provider.adapter = adapter;
      container.append(provider);
      while (provider.sessionState !== 'ready') await new Promise((resolve) => setTimeout(resolve, 5));
    },
    mount() {
      if (!provider) throw new Error('kit: prepare() first');
      provider.append(document.createElement('ck-case-list'));
    },
    unmount() {
      provider?.querySelector('ck-case-list')?.remove();
    },
    oracle: {
      async search(value, count) {
        const page = await oracle().listCases({
          search: value.trim(),
          sort: { field: 'number', direction: 'asc' },
          offset: 0,
          limit: count,
        });
        return page.items.map((c) => c.number);
      },
      async sortedFirstTitles() {
        const page = await oracle().listCases({
          sort: { field: 'title', direction: 'asc' },
          offset: 0,
          limit: 1,
        });
        const all = await this.rows();
        // The kit's own first title, and the collator's and code units' in case the element sorts differently.
        return [
          page.items[0]?.title ?? '',
          firstTitle(all, (a, b) => collator.compare(a, b) < 0),
          firstTitle(all, (a, b) => a < b),
        ];
      },
      // A copy of every row (24 MB at 100k): loaded for each question, never kept.
      rows: () => loadRows(),
      release() {
        oracleAdapter = undefined;
      },
    },
  };
  return implementation;
});
