// M3: sort by a real click on the Title column until the first row is right + rAF, with long tasks.
import { clickHeader, count, gc, max, mount, settle } from './page.mjs';

export default {
  name: 'sort',
  sizes: ['100k'],
  async run({ page, cdp, caseCount }) {
    await mount(page, cdp, caseCount);
    await settle(page, 300);
    const titles = await page.evaluate(() => window.bench.oracle.sortedFirstTitles());
    await page.evaluate(() => window.bench.oracle.release?.());
    await gc(cdp);
    await page.evaluate((t) => window.bench.probe.armEvent('click', { firstCellOneOf: t }), titles);
    await clickHeader(page, 'Title');
    const { result, longTasks, longFrames } = await page.evaluate(() => window.bench.probe.collect());
    return {
      sortMs: result.ms,
      sortLongTasksOver50: count(longTasks, 50),
      sortLongTasksOver100: count(longTasks, 100),
      sortLongTaskMaxMs: max(longTasks),
      sortLongFrameMaxMs: max(longFrames),
    };
  },
};
