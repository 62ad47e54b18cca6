// One page of the form benchmark under the CDP profiler and tracer, opened several times (a fresh
// page each time, like the benchmark): JS by function (inclusive and self), thread time by event.
//   node bench/form/profile.mjs [kit|vanilla|vaadin] [--runs N] [--typing] [--dev]
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { addProfile, addThreadCpu, functionLabel, mainThread, printTop } from '../cpu-profile.mjs';
import { serve } from '../server.mjs';
import { templateLiteralsEsbuild } from '../../scripts/template-literals.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = '/tmp/prof-form';
const args = process.argv.slice(2);
const impl = args.find((a) => !a.startsWith('--')) ?? 'kit';
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const typing = args.includes('--typing');
// --dev: Lit's development build (readable names; slower, with its own checks).
const dev = args.includes('--dev');
// --no-js: the tracer only (thread times without the sampling profiler's overhead).
const noJs = args.includes('--no-js');
// --timeline: the main thread's tasks of the last run, in order (start ms, wall ms, what ran inside).
const timeline = args.includes('--timeline');
let lastTimeline = [];

await mkdir(dir, { recursive: true });
await build({
  entryPoints: [path.join(here, `pages/${impl}.ts`)],
  outfile: `${dir}/${impl}.js`,
  bundle: true,
  minify: false,
  format: 'esm',
  target: 'es2022',
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
  ...(dev ? { conditions: ['development'] } : {}),
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  plugins: [templateLiteralsEsbuild()],
});
await writeFile(
  `${dir}/${impl}.html`,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>html,body{margin:0;font:14px/1.4 system-ui,sans-serif}#app{box-sizing:border-box;width:1240px;margin:20px}</style></head><body><div id="app"></div><script type="module" src="./${impl}.js"></script></body></html>`,
);
const server = await serve(dir);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu'],
});

const cpu = new Map();
const self = new Map();
const total = new Map();
const opens = [];
const lines = new Map();

for (let run = 0; run < runs; run++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await ctx.newPage();
  await p.goto(`${server.url}/${impl}.html`);
  await p.waitForFunction(() => window.formBench !== undefined);
  await p.evaluate(() => window.formBench.ready);
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('HeapProfiler.collectGarbage');
  await p.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,disabled-by-default-v8.compile',
    transferMode: 'ReportEvents',
  });
  if (!noJs) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const open = await p.evaluate(() => window.formBench.measureOpen());
  opens.push(open);
  if (typing) {
    await p.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await p.evaluate(() => window.formBench.startTyping());
    await p.keyboard.type('Customer called twice', { delay: 40 });
    const result = await p.evaluate(() => window.formBench.typingResult());
    console.log('key work', result.keystrokes.map((k) => k.work.toFixed(1)).join(' '));
  }
  const { profile } = noJs
    ? { profile: { nodes: [], samples: [], timeDeltas: [] } }
    : await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await traced;
  const main = mainThread(events);
  addThreadCpu(events, cpu, 1 / runs);
  if (timeline) {
    const tasks = events
      .filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.name === 'RunTask')
      .sort((a, b) => a.ts - b.ts);
    const marks = events.filter((e) => e.name === 'TimeStamp' || e.cat?.includes('blink.user_timing'));
    const inside = (task) =>
      events
        .filter(
          (e) =>
            e.ph === 'X' &&
            e.tid === task.tid &&
            e.name !== 'RunTask' &&
            e.ts >= task.ts &&
            e.ts < task.ts + task.dur &&
            e.dur > 500,
        )
        .map((e) => `${e.name} ${(e.dur / 1000).toFixed(1)}/${((e.tdur ?? 0) / 1000).toFixed(1)}`)
        .slice(0, 8)
        .join(', ');
    const start = tasks.find((t) => t.dur > 5000)?.ts ?? tasks[0]?.ts ?? 0;
    lastTimeline = tasks
      .filter((t) => t.ts >= start - 1000 && t.dur > 300)
      .map(
        (t) =>
          `${((t.ts - start) / 1000).toFixed(1).padStart(7)} ${(t.dur / 1000).toFixed(1).padStart(6)} cpu ${((t.tdur ?? 0) / 1000).toFixed(1).padStart(6)} ${inside(t)}`,
      );
    // Where the thread waited (wall ≫ thread time): blocking calls, or the thread descheduled.
    const waits = events
      .filter((e) => e.ph === 'X' && e.tid === main?.tid && e.tdur !== undefined && e.dur - e.tdur > 3000)
      .map((e) => `  ${e.name} wall ${(e.dur / 1000).toFixed(1)} cpu ${(e.tdur / 1000).toFixed(1)}`);
    lastTimeline.push('waits (wall - cpu > 3 ms):', ...waits.slice(0, 25));
    void marks;
  }
  for (const n of profile.nodes) {
    if (!n.positionTicks) continue;
    const k = functionLabel(n);
    for (const { line, ticks } of n.positionTicks) {
      const key = `${k} line ${line}`;
      lines.set(key, (lines.get(key) ?? 0) + ticks / runs);
    }
  }
  addProfile(profile, { self, total, scale: 1 / runs });
  await ctx.close();
}

console.log(
  `${impl}, ${runs} runs (under the profiler, so slower than the benchmark): open ready`,
  opens.map((o) => o.ready.toFixed(1)).join(' '),
  '| +frame',
  opens.map((o) => o.frame.toFixed(1)).join(' '),
);
if (timeline) console.log(`tasks of the last run (start, wall ms, inside):\n${lastTimeline.join('\n')}`);
printTop('thread ms per run by event (nested events overlap RunTask):', cpu, 24);
printTop('JS inclusive ms per run:', total, 45, { functionsOnly: true });
printTop('JS self ms per run:', self, 30);
console.log('hottest lines (samples per run):');
[...lines]
  .sort((a, b) => b[1] - a[1])
  .slice(0, 20)
  .forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k));
await browser.close();
await server.close();
