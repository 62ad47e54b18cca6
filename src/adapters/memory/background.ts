/**
 * Runs `step` in the browser's idle periods (after the frames it would otherwise delay), or in
 * zero-delay tasks where there are none (Node, Safari) or when `idle` is false (work wanted soon,
 * which a busy page would starve; `delayMs` then leaves the next frames alone). `step` does a slice of work no longer than
 * the time it is given and returns true while there is more to do.
 */
export function inBackground(
  step: (budgetMs: number) => boolean,
  options: { idle?: boolean; delayMs?: number } = {},
): void {
  const idle = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  if (idle === undefined || options.idle === false) {
    const run = () => {
      if (step(8)) setTimeout(run, 0);
    };
    setTimeout(run, options.delayMs ?? 0);
    return;
  }
  const run = (deadline: IdleDeadline) => {
    // Slices of up to 8 ms for as long as the idle period lasts (up to 50 ms when nothing else is
    // going on), but not while input waits: one slice per period left most of the idle time unused,
    // and folding 100k search texts took seconds. Never past the period's end, which is where the
    // next frame starts: slices of at least 4 ms dropped frames of a scroll. A page with no idle
    // time for 500 ms gets one short slice, so that the work still ends.
    let more = deadline.didTimeout ? step(1) : true;
    while (more && deadline.timeRemaining() > 1 && !inputPending())
      more = step(Math.min(8, deadline.timeRemaining() - 1));
    if (more) idle(run, { timeout: 500 });
  };
  idle(run, { timeout: 500 });
}

/** Whether a keystroke or click waits for the main thread (Chromium tells; elsewhere, no). */
function inputPending(): boolean {
  const scheduling = (globalThis as { navigator?: { scheduling?: { isInputPending?: () => boolean } } })
    .navigator?.scheduling;
  return scheduling?.isInputPending?.() ?? false;
}

/** Runs `task` once the next frame is painted (a task after the next animation frame), or soon where there are no frames. */
export function afterPaint(task: () => void): void {
  const frame = (globalThis as { requestAnimationFrame?: typeof requestAnimationFrame })
    .requestAnimationFrame;
  if (frame === undefined) setTimeout(task, 0);
  else frame(() => setTimeout(task, 0));
}
