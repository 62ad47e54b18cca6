// M4: 30 search keystrokes from a real keyboard, each from the input event's timeStamp to its rows painted + rAF.
import { count, focusSearch, gc, max, mount, settle } from './page.mjs';
import { quantile } from '../stats.mjs';

/**
 * The keystrokes ("<" is Backspace): a word, a case number and its deletion, twice. Typing a long
 * title would change the rows on screen for the first three letters only; here every keystroke
 * changes the rows in view (on the vanilla semantics), so every one can be seen being painted.
 * Result sizes at 100k range from the whole list to one case.
 */
export const keystrokes = 'ref<<<42719<<<<<va<<83056<<<<<';
export const keyDelayMs = 120;

/** The search text after each keystroke. */
export function values(keys = keystrokes) {
  let value = '';
  return [...keys].map((k) => (value = k === '<' ? value.slice(0, -1) : value + k));
}

export default {
  name: 'search',
  sizes: ['100k'],
  async run({ page, cdp, caseCount }) {
    await mount(page, cdp, caseCount);
    await settle(page, 300);
    const expectations = await page.evaluate(
      async (texts) => {
        const out = {};
        for (const text of texts) {
          const numbers = await window.bench.oracle.search(text, 30);
          out[text] = numbers.length > 0 ? { numbers } : { empty: true };
        }
        return out;
      },
      ['', ...new Set(values())],
    );
    await page.evaluate(() => window.bench.oracle.release?.());
    await focusSearch(page);
    await gc(cdp);
    await page.evaluate((e) => window.bench.probe.armSearch(e), expectations);
    for (const key of keystrokes) {
      await page.keyboard.press(key === '<' ? 'Backspace' : key);
      await page.waitForTimeout(keyDelayMs);
    }
    const result = await page.evaluate(() => window.bench.probe.collect());
    const seen = result.keystrokes.filter((k) => k.observable).map((k) => k.ms);
    return {
      keyP50Ms: quantile(seen, 0.5),
      keyP95Ms: quantile(seen, 0.95),
      keyMaxMs: max(seen),
      keyObservable: seen.length,
      keyCount: result.keystrokes.length,
      eventTimingMaxMs: result.eventTimingMax,
      searchLongTasksOver50: count(result.longTasks, 50),
      searchLongTaskMaxMs: max(result.longTasks),
      keystrokes: result.keystrokes,
    };
  },
};
