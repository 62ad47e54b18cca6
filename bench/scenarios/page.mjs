// What every scenario does with a page: open it, prepare the data, mount, wait, collect garbage, read the heap.

/** The first `count` case numbers in the initial order (case number ascending), the same on every page. */
export function initialNumbers(caseCount, count = 30) {
  return Array.from({ length: Math.min(count, caseCount) }, (_, i) => `C-${String(i + 1).padStart(5, '0')}`);
}

/** Loads the page, waits for its data, tells the probe how to read it. */
export async function open({ page, baseUrl, impl, size, view }) {
  await page.goto(`${baseUrl}/${impl}.html?n=${size}`);
  await page.waitForFunction(() => window.bench !== undefined);
  await page.evaluate(async (v) => {
    await window.bench.ready;
    window.bench.probe.setView(v);
  }, view);
  return page.evaluate(() => window.bench.caseCount);
}

export async function gc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

/** After a full GC: the JS heap in use, and the typed arrays' data (outside the heap), in bytes. */
export async function memoryAfterGc(cdp) {
  await gc(cdp);
  const { usedSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
  return { heap: usedSize, typedArrays: backingStorageSize ?? NaN };
}

/** Elements through shadow roots, and the CDP `Nodes` count (all DOM nodes alive). */
export async function domNodes(page, cdp) {
  const elements = await page.evaluate(() => window.bench.probe.elementCount());
  const { metrics } = await cdp.send('Performance.getMetrics');
  return { domElements: elements, domNodes: metrics.find((m) => m.name === 'Nodes')?.value ?? NaN };
}

/** Lets pending work finish: two frames, then a quiet pause. */
export async function settle(page, ms = 200) {
  await page.evaluate(async (pause) => {
    await window.bench.probe.nextFrame();
    await window.bench.probe.nextFrame();
    await new Promise((r) => setTimeout(r, pause));
  }, ms);
}

/**
 * Prepares the data source, collects the garbage that left, then mounts the list, timed from attach
 * (t0) to the first rows painted + rAF (t1).
 */
export async function mount(page, cdp, caseCount) {
  await page.evaluate(() => window.bench.prepare());
  return mountPrepared(page, cdp, caseCount);
}

/** `mount` without preparing the data source (it was, for an earlier mount on this page). */
export async function mountPrepared(page, cdp, caseCount) {
  await gc(cdp);
  return page.evaluate(
    (numbers) => window.bench.probe.measureMount(() => window.bench.mount(), { numbers }),
    initialNumbers(caseCount),
  );
}

/** A real mouse click on the column title labelled `label`. */
export async function clickHeader(page, label) {
  const point = await page.evaluate((l) => window.bench.probe.headerPoint(l), label);
  if (!point) throw new Error(`no column title "${label}"`);
  await page.mouse.click(point.x, point.y);
}

export async function focusSearch(page) {
  const point = await page.evaluate(() => window.bench.probe.searchPoint());
  if (!point) throw new Error('no search field');
  await page.mouse.click(point.x, point.y);
}

export const count = (values, above) => values.filter((v) => v > above).length;
export const max = (values) => (values.length === 0 ? 0 : Math.max(...values));
