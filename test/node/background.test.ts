import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { inBackground } from '../../src/adapters/memory/background.js';

/**
 * Background work (folding search texts, indexing) runs in the browser's idle periods. Node has none,
 * so the test stands in for the browser: an idle period is a callback with a deadline.
 */
type Global = {
  requestIdleCallback?:
    ((run: (deadline: { timeRemaining: () => number; didTimeout?: boolean }) => void) => number) | undefined;
  navigator?: unknown;
};
const global = globalThis as unknown as Global;
const saved = {
  idle: global.requestIdleCallback,
  navigator: Object.getOwnPropertyDescriptor(globalThis, 'navigator'),
};

afterEach(() => {
  global.requestIdleCallback = saved.idle;
  if (saved.navigator) Object.defineProperty(globalThis, 'navigator', saved.navigator);
  else delete global.navigator;
});

describe('inBackground', () => {
  it('works through a whole idle period in slices, not one slice per period', () => {
    const periods: number[] = [];
    const queue: ((deadline: { timeRemaining: () => number }) => void)[] = [];
    global.requestIdleCallback = (run) => queue.push(run);
    Object.defineProperty(globalThis, 'navigator', { configurable: true, value: {} });
    let left = 20; // slices of work to do
    let remaining = 0;
    inBackground((budgetMs) => {
      assert.ok(budgetMs <= 8, 'a slice is at most 8 ms');
      remaining -= 8;
      return --left > 0;
    });
    while (queue.length > 0) {
      remaining = 50; // a long idle period: nothing else to do
      const before = left;
      queue.shift()!({ timeRemaining: () => Math.max(0, remaining) });
      periods.push(before - left);
    }
    assert.equal(left, 0, 'all the work done');
    assert.ok(periods[0]! >= 6, `a 50 ms period holds six 8 ms slices (did ${periods[0]})`);
    assert.equal(periods.length, Math.ceil(20 / periods[0]!));
  });

  it('never works past the end of an idle period, and waits for one when there is none', () => {
    const queue: ((deadline: { timeRemaining: () => number; didTimeout?: boolean }) => void)[] = [];
    global.requestIdleCallback = (run) => queue.push(run);
    Object.defineProperty(globalThis, 'navigator', { configurable: true, value: {} });
    let remaining = 0;
    const budgets: number[] = [];
    inBackground((budgetMs) => {
      budgets.push(budgetMs);
      remaining -= budgetMs;
      return budgets.length < 10;
    });
    // A busy frame's idle time (a scroll): under a millisecond left, then none at all.
    for (const left of [0.8, 0]) {
      remaining = left;
      queue.shift()!({ timeRemaining: () => Math.max(0, remaining) });
    }
    assert.deepEqual(budgets, [], 'no work without idle time');
    assert.equal(queue.length, 1, 'it waits for the next idle period');
    // No idle period for 500 ms (the browser calls back anyway): one short slice.
    remaining = 0;
    queue.shift()!({ timeRemaining: () => 0, didTimeout: true });
    assert.deepEqual(budgets, [1], 'one slice of 1 ms on a page that is never idle');
    budgets.length = 0;
    // Three milliseconds left: slices that end before the period does.
    remaining = 3;
    queue.shift()!({ timeRemaining: () => Math.max(0, remaining) });
    assert.ok(budgets.length > 0, 'worked in the idle time');
    for (const budget of budgets) assert.ok(budget <= 2, `a slice of ${budget} ms in 3 ms left`);
  });

  it('leaves the rest of an idle period when input is waiting', () => {
    const queue: ((deadline: { timeRemaining: () => number }) => void)[] = [];
    global.requestIdleCallback = (run) => queue.push(run);
    let slices = 0;
    Object.defineProperty(globalThis, 'navigator', {
      configurable: true,
      value: { scheduling: { isInputPending: () => slices >= 2 } },
    });
    inBackground(() => (++slices, true));
    queue.shift()!({ timeRemaining: () => 50 });
    assert.equal(slices, 2, 'stopped after the slice during which a key was pressed');
    assert.equal(queue.length, 1, 'the rest waits for the next idle period');
  });
});
