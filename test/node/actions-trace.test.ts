import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs module of the benchmark, without types
import { cpuInWindows, paintedInWindows } from '../../bench/actions/trace.mjs';

/** The case-action benchmark's trace metrics (bench/actions/trace.mjs), on a hand-made trace. */
describe('case-action benchmark: trace metrics', () => {
  const pid = 1;
  const tid = 7;
  // The page's clock: the bench-sync mark is at page time 100 ms, trace time 1,000,000 µs.
  const syncMs = 100;
  const at = (pageMs: number) => 1_000_000 + (pageMs - syncMs) * 1000;
  const event = (name: string, fromMs: number, ms: number, cpuMs = ms, thread = tid) => ({
    name,
    ph: 'X',
    pid,
    tid: thread,
    ts: at(fromMs),
    dur: ms * 1000,
    tdur: cpuMs * 1000,
  });
  const events = [
    { name: 'bench-sync', cat: 'blink.user_timing', ph: 'R', pid, tid, ts: at(syncMs) },
    event('ThreadControllerImpl::RunTask', 200, 4, 3), // the input's task
    event('ThreadControllerImpl::RunTask', 210, 6, 5), // a frame
    event('LocalFrameView::RunPaintLifecyclePhase', 213, 1), // its paint: the state shown
    event('ThreadControllerImpl::RunTask', 226, 2, 2), // the next frame, straddling the end
    event('LocalFrameView::RunPaintLifecyclePhase', 227, 0.5), // painted after the window's end
    event('LocalFrameView::RunPaintLifecyclePhase', 211, 9, 9, 99), // another thread's
    event('ThreadControllerImpl::RunTask', 205, 3, 3, 99),
  ];
  const windows = [[199, 227]];

  it('ends the time to paint with the last paint of the page main thread inside the window', () => {
    assert.deepEqual(paintedInWindows(events, syncMs, windows), [15]);
  });

  it('gives no time to paint to a window without a paint', () => {
    assert.ok(Number.isNaN(paintedInWindows(events, syncMs, [[230, 240]])[0]));
  });

  it("counts the main thread's CPU in the window, a straddling task for its share", () => {
    assert.deepEqual(cpuInWindows(events, syncMs, windows), [3 + 5 + 1]);
  });

  it('refuses a trace without the sync mark', () => {
    assert.throws(() => paintedInWindows(events.slice(1), syncMs, windows), /bench-sync/);
  });
});
