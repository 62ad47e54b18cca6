// M1: time to first rows painted, and the DOM it takes.
import { domNodes, mount, settle } from './page.mjs';

export default {
  name: 'first-rows',
  sizes: ['1k', '10k', '100k'],
  async run({ page, cdp, caseCount }) {
    const { ms, frames } = await mount(page, cdp, caseCount);
    await settle(page, 300);
    return { firstRowsMs: ms, firstRowsFrames: frames, ...(await domNodes(page, cdp)) };
  },
};
