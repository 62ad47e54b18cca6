// M5: scroll one viewport per frame for 180 frames (frame intervals, long tasks), then blank rows two frames after jumps.
import { count, gc, max, mount, settle } from './page.mjs';
import { frameMs, quantile } from '../stats.mjs';

const frames = 180;
const jumps = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.999];

export default {
  name: 'scroll',
  sizes: ['100k'],
  async run({ page, cdp, caseCount }) {
    await mount(page, cdp, caseCount);
    await settle(page, 300);
    const expectedRows = await page.evaluate(() => window.bench.probe.viewportRows());
    await page.evaluate(async () => {
      const rows = await window.bench.oracle.rows();
      window.__titles = new Map(rows.map((r) => [r.number, r.title]));
    });
    await gc(cdp);
    const run = await page.evaluate((n) => window.bench.probe.scrollRun(n), frames);
    const afterRun = await page.evaluate(async (want) => {
      const { probe } = window.bench;
      await probe.nextFrame();
      await probe.nextFrame();
      return want - probe.rightRows(window.__titles);
    }, expectedRows);
    const afterJumps = await page.evaluate(
      ([p, want]) => window.bench.probe.blankRows(window.__titles, p, want),
      [jumps, expectedRows],
    );
    const blanks = [afterRun, ...afterJumps];
    return {
      scrollP50Ms: quantile(run.intervals, 0.5),
      scrollP95Ms: quantile(run.intervals, 0.95),
      scrollMaxMs: max(run.intervals),
      scrollDroppedPct: (100 * count(run.intervals, 25)) / run.intervals.length,
      scrollLongTasks: run.longTasks.length,
      scrollLongTaskMaxMs: max(run.longTasks),
      blankRowsMax: max(blanks),
      blankRowsTotal: blanks.reduce((a, b) => a + Math.max(0, b), 0),
      viewportRows: expectedRows,
      scrolledPx: run.scrollTop,
      frameMs,
    };
  },
};
