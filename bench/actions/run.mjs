// The case-action benchmark of issue 6: the owner picker over 10,000 agents (open, keystrokes) and the
// delete dialog (open), each against the limit (native elements) and the Vaadin peer, side by side in
// one run, alternating order, one fresh browser context per sample. Prints the table, writes
// bench/results/actions-<time>.json and exits 1 when a budget fails (unless --no-gate).
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../scripts/chromium.mjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { serve } from '../server.mjs';
import { frameMs, median, pairedRatio, quantile } from '../stats.mjs';
import { buildAll, distDir } from './build.mjs';
import { cpuInWindows, paintedInWindows, startTrace } from './trace.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv[at + 1];
};
if (argv.includes('--help')) {
  console.log(
    `npm run bench:actions -- [--samples N | --quick] [--only picker,dialog] [--no-build] [--no-gate]`,
  );
  process.exit(0);
}
const samples = argv.includes('--quick') ? 3 : Number(option('--samples') ?? 10);
const only = (option('--only') ?? 'picker,dialog').split(',');
const gate = !argv.includes('--no-gate');

/** Ten keystrokes, each narrowing the matches (the generated names include Martin, Martineau, Martinelli). */
const typed = 'martinelli';
const keyDelayMs = 120;

const scenarios = {
  picker: { limit: 'picker-limit', peer: 'picker-vaadin', kit: 'picker-kit', floor: 'picker-floor' },
  dialog: { limit: 'dialog-native', peer: 'dialog-vaadin', kit: 'dialog-kit' },
};
const labels = {
  'picker-limit': 'native input + listbox',
  'picker-vaadin': 'vaadin-combo-box',
  'picker-kit': 'ck-owner-picker',
  'picker-floor': 'a native input whose typing does nothing (the floor: what the browser and the probe cost)',
  'dialog-native': 'native <dialog>',
  'dialog-vaadin': 'vaadin-dialog',
  'dialog-kit': 'ck-delete-case',
};
/**
 * Metric → scenario, budget vs the limit, budget vs the peer, and the floor of the limit's value: the
 * frame-based metrics (to the state painted + one rAF) floor it at one frame; the trace metrics (time
 * to the paint, main-thread CPU time: not quantized) do not.
 */
const budgets = {
  'picker open': { scenario: 'picker', limit: 1.5, peer: 0.5, floor: frameMs },
  'keystroke p50': { scenario: 'picker', limit: 1.5, peer: 0.5, floor: frameMs },
  'keystroke p95': { scenario: 'picker', limit: 1.5, peer: 0.5, floor: frameMs },
  'dialog open': { scenario: 'dialog', limit: 1.2, floor: frameMs },
  'picker open to paint': { scenario: 'picker', limit: 1.5, peer: 0.5, floor: 0 },
  'keystroke to paint p50': { scenario: 'picker', limit: 1.5, peer: 0.5, floor: 0 },
  'keystroke to paint p95': { scenario: 'picker', limit: 1.5, peer: 0.5, floor: 0 },
  'dialog open to paint': { scenario: 'dialog', limit: 1.2, floor: 0 },
  'picker open CPU': { scenario: 'picker', limit: 1.5, peer: 0.5, floor: 0 },
  'keystroke CPU p50': { scenario: 'picker', limit: 1.5, peer: 0.5, floor: 0 },
  'keystroke CPU p95': { scenario: 'picker', limit: 1.5, peer: 0.5, floor: 0 },
  'dialog open CPU': { scenario: 'dialog', limit: 1.2, floor: 0 },
};

async function measure(page, scenario) {
  await page.evaluate(() => window.bench.ready);
  const click = async (kind) => {
    await page.evaluate((k) => window.bench.armClick(k), kind);
    const { x, y } = await page.evaluate(() => window.bench.target());
    await page.mouse.click(x, y);
    const [ms] = await page.evaluate(() => window.bench.results(1));
    return ms;
  };
  const needles = [...typed].map((_, i) => typed.slice(0, i + 1));
  if (scenario === 'picker') await page.evaluate((n) => window.bench.expect(n), needles);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  // Then an idle moment, as in the list's benchmark: an agent does not click a control in the
  // milliseconds after it is shown. What an implementation prepares in idle time happens there.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
  // Traced from here to the end: the frame-based timings and the trace ones come from the same events.
  const trace = await startTrace(page);
  const syncMs = await page.evaluate(() => window.bench.sync());
  /** The trace's metrics of every timing so far: CPU time, and time to the paint that showed the state. */
  const traced = async () => {
    const windows = await page.evaluate(() => window.bench.windows());
    const events = await trace.stop();
    return { cpu: cpuInWindows(events, syncMs, windows), painted: paintedInWindows(events, syncMs, windows) };
  };
  if (scenario === 'dialog') {
    const open = await click('dialog');
    const { cpu, painted } = await traced();
    return { 'dialog open': open, 'dialog open to paint': painted[0], 'dialog open CPU': cpu[0] };
  }
  const open = await click('open');
  await page.waitForTimeout(250);
  await page.evaluate(() => window.bench.armInput());
  await page.keyboard.type(typed, { delay: keyDelayMs });
  const keys = await page.evaluate((n) => window.bench.results(n), needles.length);
  const { cpu, painted } = await traced();
  const [openCpu, ...keysCpu] = cpu;
  const [openPainted, ...keysPainted] = painted;
  return {
    'picker open': open,
    'keystroke p50': median(keys),
    'keystroke p95': quantile(keys, 0.95),
    'picker open to paint': openPainted,
    'keystroke to paint p50': median(keysPainted),
    'keystroke to paint p95': quantile(keysPainted, 0.95),
    'picker open CPU': openCpu,
    'keystroke CPU p50': median(keysCpu),
    'keystroke CPU p95': quantile(keysCpu, 0.95),
    keys,
    keysPainted,
    keysCpu,
  };
}

if (!argv.includes('--no-build')) await buildAll();
const server = await serve(distDir);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const meta = {
  chromium: browser.version(),
  nproc: cpus().length,
  loadBefore: loadavg(),
  samples,
  typed,
  keyDelayMs,
  started: new Date().toISOString(),
};
console.log(
  `chromium ${meta.chromium}, ${meta.nproc} cores, load ${meta.loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
);

const results = [];
try {
  for (let round = 0; round < samples; round++) {
    for (const scenario of only) {
      const order = Object.values(scenarios[scenario]);
      if (round % 2) order.reverse();
      for (const impl of order) {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 800 },
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        try {
          await page.goto(`${server.url}/${impl}.html`);
          const values = await measure(page, scenario);
          results.push({ round, scenario, impl, ...values });
          const shown = Object.entries(values)
            .filter(([, v]) => typeof v === 'number')
            .map(([k, v]) => `${k} ${v.toFixed(1)}`);
          console.log(`round ${round + 1}/${samples} ${impl}: ${shown.join(', ')} ms`);
        } catch (error) {
          console.log(`round ${round + 1}/${samples} ${impl}: failed: ${error.message.split('\n')[0]}`);
          results.push({ round, scenario, impl, error: error.message });
        } finally {
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
meta.loadAfter = loadavg();

const value = (impl, metric, round) => results.find((r) => r.impl === impl && r.round === round)?.[metric];
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const ratioText = (r) => `${fmt(r.median, 2)} [${fmt(r.ci[0], 2)}, ${fmt(r.ci[1], 2)}]`;
const rows = [];
let failed = false;
for (const [metric, budget] of Object.entries(budgets)) {
  if (!only.includes(budget.scenario)) continue;
  const { limit, peer, kit, floor } = scenarios[budget.scenario];
  const rounds = [...Array(samples).keys()];
  const medianOf = (impl) => median(rounds.map((r) => value(impl, metric, r)));
  const pairs = (a, b) => rounds.map((r) => [value(a, metric, r), value(b, metric, r)]);
  const vsLimit = pairedRatio(pairs(kit, limit), { floor: budget.floor });
  const vsLimitRaw = pairedRatio(pairs(kit, limit));
  const vsPeer = pairedRatio(pairs(kit, peer));
  // In frames, every page may take the same frames (keystrokes here): when even the limit is surely
  // over the peer budget, the metric cannot show it, and the trace rows of the same windows check it.
  const limitVsPeer = pairedRatio(pairs(limit, peer));
  const unresolved = budget.floor > 0 && limitVsPeer.ci[0] > budget.peer;
  const checks = [vsLimit.n > 0 && vsLimit.ci[1] <= budget.limit];
  if (budget.peer !== undefined && !unresolved) checks.push(vsPeer.n > 0 && vsPeer.ci[1] <= budget.peer);
  const pass = checks.every(Boolean);
  failed ||= !pass;
  const peerBudget = unresolved
    ? ` (limit ÷ vaadin ${fmt(limitVsPeer.median, 2)}: not resolved in frames, see the trace rows)`
    : budget.peer !== undefined
      ? ` ≤ ${budget.peer}`
      : '';
  const floorText = floor ? `${fmt(medianOf(floor))} (${ratioText(pairedRatio(pairs(floor, peer)))})` : '–';
  rows.push(
    `| ${metric} | ${fmt(medianOf(limit))} | ${fmt(medianOf(peer))} | ${fmt(medianOf(kit))} | ${floorText} | ` +
      `${ratioText(vsLimit)} ≤ ${budget.limit}${budget.floor ? ` (raw ${fmt(vsLimitRaw.median, 2)})` : ''} | ` +
      `${ratioText(vsPeer)}${peerBudget} | ${pass ? 'PASS' : 'FAIL'} |`,
  );
}
const table = [
  `Case actions, ${samples} samples per cell, medians in ms; ratios are per-round pairs, median [bootstrap 95% CI].`,
  `Frame-based rows: input event → its state painted + one rAF; kit ÷ limit floors the limit at one frame (16.7 ms).`,
  `Trace rows, same windows, no floor: "to paint", the input event → the end of the paint that showed the state; "CPU", the renderer main thread's CPU time.`,
  `Floor: a native input whose typing does nothing, and its ratio to vaadin: what the browser and the probe cost whatever the page does.`,
  `PASS when each CI upper bound is within its budget. A frame-based row in which the limit itself is over the peer budget (its CI's lower bound) leaves that budget to its trace rows.`,
  `chromium ${meta.chromium}, ${meta.nproc} cores, load ${meta.loadBefore.map((l) => l.toFixed(2)).join(' ')} → ${meta.loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
  '',
  '| metric | limit | vaadin | kit | floor (÷ vaadin) | kit ÷ limit | kit ÷ vaadin | budget |',
  '|---|---:|---:|---:|---|---|---|---|',
  ...rows,
  '',
  Object.values(scenarios)
    .flatMap((s) => Object.values(s))
    .map((impl) => `${impl}: ${labels[impl]}`)
    .join('; '),
].join('\n');
console.log(`\n${table}`);
const resultsDir = path.join(here, '../results');
await mkdir(resultsDir, { recursive: true });
const file = path.join(resultsDir, `actions-${meta.started.replace(/[:.]/g, '-')}.json`);
await writeFile(file, JSON.stringify({ meta, results, table }, null, 2));
console.log(`\nsamples: ${path.relative(process.cwd(), file)}`);
if (gate && failed) process.exit(1);
