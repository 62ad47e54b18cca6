// The trace-based metrics of the case-action benchmark, from a CDP trace of the page's renderer, for the
// same windows as the frame-based timing (an input event's `timeStamp` → its state painted + one rAF):
// - the main thread's CPU time in each window (BENCH.md §2.3: "the trace-based script+layout+paint time"
//   for sub-frame work);
// - the time from the input event to the end of the last paint inside the window: the frame that painted
//   the state the window waited for (BENCH.md's "EventDispatch → last Paint" of the click/key variants).
// The same for every implementation.

// `benchmark` brings the paint phase of each frame (LocalFrameView::RunPaintLifecyclePhase).
const categories = 'toplevel,blink.user_timing,benchmark';
const paintPhase = 'LocalFrameView::RunPaintLifecyclePhase';

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
 * The page's main-thread complete events (`ph: 'X'`) and the offset from its `performance.now()` to the
 * trace's clock, found through the `bench-sync` mark the probe makes (`window.bench.sync()`), whose
 * page time is `syncMs`.
 */
function mainThread(events, syncMs) {
  const mark = events.find((e) => e.name === 'bench-sync' && e.cat === 'blink.user_timing');
  if (!mark) throw new Error('trace without the bench-sync mark');
  const complete = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X');
  return { complete, offsetUs: mark.ts - syncMs * 1000 };
}

/**
 * CPU ms of the renderer main thread inside each window `[t0, t1]` (page `performance.now()` times):
 * the thread time (`tdur`) of its top-level tasks, a task straddling an edge counted for the share of
 * its wall duration inside the window.
 */
export function cpuInWindows(events, syncMs, windows) {
  const { complete, offsetUs } = mainThread(events, syncMs);
  const tasks = complete.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur > 0);
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

/**
 * Ms from each window's `t0` to the end of the last paint phase of the main thread that starts inside
 * the window (NaN when there is none). A window ends at the first frame after the one that painted its
 * state, before that frame paints: its last paint is the one that showed the state.
 */
export function paintedInWindows(events, syncMs, windows) {
  const { complete, offsetUs } = mainThread(events, syncMs);
  const paints = complete.filter((e) => e.name === paintPhase).sort((a, b) => a.ts - b.ts);
  return windows.map(([t0, t1]) => {
    const from = t0 * 1000 + offsetUs;
    const to = t1 * 1000 + offsetUs;
    const last = paints.findLast((e) => e.ts >= from && e.ts < to);
    return last ? (last.ts + last.dur - from) / 1000 : NaN;
  });
}
