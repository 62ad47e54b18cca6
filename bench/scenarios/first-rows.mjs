// M1: time to first rows painted, and the DOM it takes. Then the same list removed and mounted again
// on the same page (reported, not a budget): the second mount runs code already compiled, with
// fonts and styles already used, so the difference between the two is what a first use costs.
import { domNodes, mount, mountPrepared, settle } from './page.mjs';

export default {
  name: 'first-rows',
  sizes: ['1k', '10k', '100k'],
  async run({ page, cdp, caseCount }) {
    const { ms, frames } = await mount(page, cdp, caseCount);
    await settle(page, 300);
    const nodes = await domNodes(page, cdp);
    await page.evaluate(() => window.bench.unmount());
    await settle(page, 300);
    const again = await mountPrepared(page, cdp, caseCount);
    return { firstRowsMs: ms, firstRowsFrames: frames, remountMs: again.ms, ...nodes };
  },
};
