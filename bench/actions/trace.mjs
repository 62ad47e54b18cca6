// The work-based metric of the case-action benchmark: main-thread CPU time of the page's renderer
// between an input event and the end of its frame-based timing, from a CDP trace (BENCH.md §2.3:
// "the trace-based script+layout+paint time" for sub-frame work). The same for every implementation.

const categories = 'toplevel,blink.user_timing';

/** Starts a trace of the page's browser; `stop()` resolves with its events. */
export async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => {});
      return events;
    },
  };
}

/**
 * CPU ms of the renderer main thread inside each window `[t0, t1]` (page `performance.now()` times):
 * the thread time (`tdur`) of its top-level tasks, a task straddling an edge counted for the share of
 * its wall duration inside the window. The page's main thread and clock are found through the
 * `bench-sync` mark the probe makes (`window.bench.sync()`), whose page time is `syncMs`.
 */
export function cpuInWindows(events, syncMs, windows) {
  const mark = events.find((e) => e.name === 'bench-sync' && e.cat === 'blink.user_timing');
  if (!mark) throw new Error('trace without the bench-sync mark');
  const offsetUs = mark.ts - syncMs * 1000;
  const tasks = events.filter(
    (e) =>
      e.pid === mark.pid &&
      e.tid === mark.tid &&
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      e.dur > 0,
  );
  // Top-level only: a task nested in another (a nested run loop) is inside its parent's time already.
  tasks.sort((a, b) => a.ts - b.ts);
  const top = [];
  for (const task of tasks) {
    const last = top[top.length - 1];
    if (last && task.ts < last.ts + last.dur) continue;
    top.push(task);
  }
  return windows.map(([t0, t1]) => {
    const from = t0 * 1000 + offsetUs;
    const to = t1 * 1000 + offsetUs;
    let us = 0;
    for (const task of top) {
      const overlap = Math.min(to, task.ts + task.dur) - Math.max(from, task.ts);
      if (overlap > 0) us += (task.tdur ?? task.dur) * (overlap / task.dur);
    }
    return us / 1000;
  });
}
