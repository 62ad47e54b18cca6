// M6: JS heap after GC of the list's own structures: after mount + sort + search + scroll, minus the
// same page with only the data loaded; and after removing the list (leaks). Typed arrays' data is
// outside the JS heap (`usedSize`): it is reported beside it. At 1k it is mostly what does not grow
// with the cases (compiled code, styles, rows): the report takes the per-row structures from the
// growth between sizes.
import { clickHeader, domNodes, focusSearch, memoryAfterGc, mount, settle } from './page.mjs';

const MB = 1024 * 1024;

/** What the list goes through before its heap is read: mount, a sort, a search typed and erased, a scroll. */
export async function exerciseList(page, cdp, caseCount) {
  await mount(page, cdp, caseCount);
  await settle(page, 300);
  await clickHeader(page, 'Title');
  await settle(page, 500);
  await focusSearch(page);
  await page.keyboard.type('refund', { delay: 50 });
  await settle(page, 500);
  for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace');
  await settle(page, 500);
  await page.evaluate(() => window.bench.probe.scrollRun(30));
  await settle(page, 500);
}

export default {
  name: 'memory',
  sizes: ['1k', '10k', '100k'],
  async run({ page, cdp, caseCount }) {
    const dataOnly = await memoryAfterGc(cdp);
    await exerciseList(page, cdp, caseCount);
    const used = await memoryAfterGc(cdp);
    const nodes = await domNodes(page, cdp);
    await page.evaluate(() => window.bench.unmount());
    await settle(page, 300);
    const removed = await memoryAfterGc(cdp);
    const per10k = caseCount / 10_000;
    return {
      heapMB: (used.heap - dataOnly.heap) / MB,
      typedArraysPer10kMB: (used.typedArrays - dataOnly.typedArrays) / MB / per10k,
      heapAfterRemovalMB: (removed.heap - dataOnly.heap) / MB,
      dataOnlyMB: dataOnly.heap / MB,
      memoryDomElements: nodes.domElements,
    };
  },
};
