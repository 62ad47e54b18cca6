// `[DEV=1] node bench/profile.mjs [first-rows|sort|search|scroll] [1k|10k|100k]`: one kit sample under the CPU
// profiler, on an unminified build, printing where the time went (self and total time per function).
// A tool for finding what to optimise; the numbers that count come from `npm run bench`.
import { chromium } from 'playwright-core';
import { buildKitPage, distDir } from './build.mjs';
import { addProfile, addThreadCpu, mainThread, printTop, printTree } from './cpu-profile.mjs';
import { serve } from './server.mjs';
import { views } from './views.mjs';
import { clickHeader, focusSearch, gc, initialNumbers, mount, open, settle } from './scenarios/page.mjs';

const [scenario = 'first-rows', size = '100k'] = process.argv.slice(2);

// DEV=1: Lit's development build, whose warnings (an update scheduled after an update…) show as [page] lines.
await buildKitPage('kit-profile', { dev: Boolean(process.env.DEV) });

const server = await serve(distDir);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
const page = await context.newPage();
page.on('console', (m) => console.log(`[page] ${m.text()}`));
const cdp = await context.newCDPSession(page);
const impl = process.env.IMPL ?? 'kit';
const caseCount = await open({
  page,
  baseUrl: server.url,
  impl: impl === 'kit' ? 'kit-profile' : impl,
  size,
  view: views[impl] ?? views.kit,
});

// CSS='…': a style sheet added to the list's own (before it is made), to try a style change without a build.
if (process.env.CSS)
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    customElements.get('ck-case-list').elementStyles.push(sheet);
  }, process.env.CSS);

// Main-thread trace events (style, layout, paint, script) of the measured interval, by name.
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
async function startRecording() {
  await cdp.send('Tracing.start', {
    categories: `devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing${process.env.INVALIDATIONS ? ',disabled-by-default-devtools.timeline.invalidationTracking' : ''}`,
    transferMode: 'ReportEvents',
  });
  // NOPROFILE=1: the trace alone (the sampling profiler slows the page's script down).
  if (!process.env.NOPROFILE) await cdp.send('Profiler.start');
}
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
let measured;
if (scenario === 'first-rows') {
  await page.evaluate(() => window.bench.prepare());
  await gc(cdp);
  await startRecording();
  measured = await page.evaluate(
    (numbers) => window.bench.probe.measureMount(() => window.bench.mount(), { numbers }),
    initialNumbers(caseCount),
  );
} else {
  await mount(page, cdp, caseCount);
  await settle(page, 500);
  await startRecording();
  if (scenario === 'sort') {
    await clickHeader(page, 'Title');
    await settle(page, 1500);
  } else if (scenario === 'search') {
    await focusSearch(page);
    for (const key of 'ref<<<42719<<<<<') {
      await page.keyboard.press(key === '<' ? 'Backspace' : key);
      await page.waitForTimeout(120);
    }
    await settle(page, 300);
  } else {
    measured = await page.evaluate(async () => {
      const r = await window.bench.probe.scrollRun(120);
      const sorted = [...r.intervals].sort((a, b) => a - b);
      return { p50: sorted[60], p95: sorted[114], longTasks: r.longTasks };
    });
  }
}
const { profile } = process.env.NOPROFILE
  ? { profile: { nodes: [], samples: [], timeDeltas: [] } }
  : await cdp.send('Profiler.stop');
await cdp.send('Tracing.end');
await traced;
console.log(scenario, size, JSON.stringify(measured));

const main = mainThread(events);
// Thread (CPU) time, which another process's load on the machine barely changes, unlike wall time.
const threadCpu = addThreadCpu(events, new Map());
const onMain = (e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid;
/** What a task spent its time on: its six largest trace events inside, as text. */
function insideOf(task) {
  const inside = new Map();
  for (const e of events)
    if (onMain(e) && e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur && !e.name.startsWith('V8.'))
      inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur / 1000);
  return [...inside]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([n, ms]) => `${n} ${ms.toFixed(1)}`)
    .join(', ');
}

// The timeline between the bench:t0 and bench:t1 marks (first-rows): each task and what it spent on.
const mark = (name) => events.find((e) => e.name === name)?.ts;
const [t0, t1] = [mark('bench:t0'), mark('bench:t1')];
if (t0 !== undefined && t1 !== undefined) {
  console.log(
    `\n-- tasks between t0 and t1 (${((t1 - t0) / 1000).toFixed(1)} ms), start +ms, duration ms, CPU ms, inside`,
  );
  const tasks = events.filter((e) => onMain(e) && e.name === 'RunTask' && e.ts + e.dur >= t0 && e.ts <= t1);
  for (const task of tasks.sort((a, b) => a.ts - b.ts))
    console.log(
      `${((task.ts - t0) / 1000).toFixed(1).padStart(7)} ${(task.dur / 1000).toFixed(1).padStart(6)} cpu ${((task.tdur ?? 0) / 1000).toFixed(1).padStart(6)}  ${insideOf(task)}`,
    );
}
const layouts = events.filter((e) => e.name === 'Layout' && e.tid === main?.tid && e.ph === 'X');
// The slowest layouts, with how many objects each had to lay out.
for (const e of [...layouts].sort((a, b) => b.dur - a.dur).slice(0, Number(process.env.SLOWEST ?? 0)))
  console.log(`layout ${(e.dur / 1000).toFixed(1)} ms: ${JSON.stringify(e.args?.beginData ?? {})}`);
const objects = (key) =>
  layouts.reduce((n, e) => n + (e.args?.beginData?.[key] ?? 0), 0) / (layouts.length || 1);
console.log(
  `\n-- layouts: ${layouts.length}, objects per layout: dirty ${objects('dirtyObjects').toFixed(0)} of ${objects('totalObjects').toFixed(0)}`,
);
const styled = events.filter((e) => e.name === 'UpdateLayoutTree' && e.tid === main?.tid);
const elements = styled.reduce((n, e) => n + (e.args?.elementCount ?? 0), 0);
console.log(`\n-- style recalcs: ${styled.length}, elements restyled: ${elements}`);
if (process.env.INVALIDATIONS) {
  // Why elements were restyled (INVALIDATIONS=1): the invalidation reasons, by reason and node.
  const reasons = new Map();
  for (const e of events)
    if (e.name === 'StyleRecalcInvalidationTracking' || e.name === 'StyleInvalidatorInvalidationTracking') {
      const d = e.args?.data ?? {};
      const key = `${e.name.replace('InvalidationTracking', '')} ${d.reason ?? d.invalidationSet?.[0]?.classes ?? ''} ${d.nodeName ?? ''} ${d.changedAttribute ?? d.changedClass ?? ''}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
  [...reasons]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .forEach(([k, n]) => console.log(`${String(n).padStart(7)}  ${k}`));
}
printTop('\n-- main thread CPU by trace event, ms (nested events overlap RunTask)', threadCpu, 16);

// Tasks over 40 ms (any scenario), with what they spent their time on; LONG=1 keeps only their samples below.
const longTasks = events.filter((e) => onMain(e) && e.name === 'RunTask' && e.dur > 40_000);
if (longTasks.length) console.log('\n-- tasks over 40 ms: duration ms, inside');
for (const task of longTasks) console.log(`${(task.dur / 1000).toFixed(1).padStart(7)}  ${insideOf(task)}`);
const inLongTask = (time) => longTasks.some((t) => time >= t.ts && time <= t.ts + t.dur);

// Self and total time per function; with WINDOW=1 (first-rows), only the samples of the first task
// after t0 (the mount, until the first frame).
const firstTask = events
  .filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && e.tid === main?.tid && e.ts + e.dur > (t0 ?? Infinity),
  )
  .sort((a, b) => a.ts - b.ts)[0];
const self = new Map();
const total = new Map();
const inFirstTask = (time) => !firstTask || (time >= firstTask.ts && time <= firstTask.ts + firstTask.dur);
const keep = process.env.WINDOW ? inFirstTask : process.env.LONG ? inLongTask : undefined;
addProfile(profile, {
  self,
  total,
  keep,
});
// TREE=depth: the samples as a call tree, each function under its caller (branches under 0.5 ms left out).
if (process.env.TREE)
  printTree('\n-- call tree, ms', profile, { keep, depth: Number(process.env.TREE), minMs: 0.5 });
printTop('\n-- self time, ms', self, 25);
printTop('\n-- total time, ms', total, 40);
await browser.close();
await server.close();
