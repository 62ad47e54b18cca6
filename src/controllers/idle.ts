/**
 * Runs `work` in an idle moment (at the latest after 2 s), or after 200 ms in a browser without idle
 * callbacks (Safari): for work done ahead of an agent's first use, while the agent is not waiting.
 */
export function whenIdle(work: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  if (idle) idle(work, { timeout: 2000 });
  else setTimeout(work, 200);
}
