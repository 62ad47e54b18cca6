// M6: JS heap after GC of the list's own structures: after mount + sort + search + scroll, minus the
// same page with only the data loaded; and after removing the list (leaks).
import { clickHeader, domNodes, focusSearch, heapAfterGc, mount, settle } from './page.mjs';

const MB = 1024 * 1024;

export default {
  name: 'memory',
  sizes: ['10k', '100k'],
  async run({ page, cdp, caseCount }) {
    const dataOnly = await heapAfterGc(cdp);
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
    const used = await heapAfterGc(cdp);
    const nodes = await domNodes(page, cdp);
    await page.evaluate(() => window.bench.unmount());
    await settle(page, 300);
    const removed = await heapAfterGc(cdp);
    const heapMB = (used - dataOnly) / MB;
    return {
      heapMB,
      heapPer10kMB: heapMB / (caseCount / 10_000),
      heapAfterRemovalMB: (removed - dataOnly) / MB,
      dataOnlyMB: dataOnly / MB,
      memoryDomElements: nodes.domElements,
    };
  },
};
