// `npm run bench:list` (and the first part of `npm run bench`): builds the pages, runs every scenario on every implementation in alternating
// order, writes the samples to bench/results/, prints the table and checks the budgets of issue 4.
import { parseArgs } from 'node:util';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium.mjs';
import { buildAll, distDir, implementations } from './build.mjs';
import { serve } from './server.mjs';
import { availability, views } from './views.mjs';
import { budgetLines, budgets, table } from './report.mjs';
import firstRows from './scenarios/first-rows.mjs';
import sort from './scenarios/sort.mjs';
import search from './scenarios/search.mjs';
import scroll from './scenarios/scroll.mjs';
import memory from './scenarios/memory.mjs';
import { open } from './scenarios/page.mjs';

const scenarios = [firstRows, sort, search, scroll, memory];
const here = path.dirname(fileURLToPath(import.meta.url));

const { values: args } = parseArgs({
  options: {
    samples: { type: 'string' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    sizes: { type: 'string' },
    scenarios: { type: 'string' },
    'no-gate': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(`npm run bench:list -- [--samples N | --quick] [--only kit,vanilla] [--sizes 10k,100k]
  [--scenarios ${scenarios.map((s) => s.name).join(',')}] [--no-gate] [--no-build]`);
  process.exit(0);
}
const list = (text) =>
  text
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const samples = args.quick ? 3 : Number(args.samples ?? 10);
const wantedSizes = list(args.sizes);
const wantedScenarios = list(args.scenarios);
let impls = list(args.only) ?? implementations;
for (const impl of impls)
  if (!implementations.includes(impl)) throw new Error(`unknown implementation ${impl}`);

const log = (...a) => console.error(...a);
const built = args['no-build'] ? impls : await buildAll({ log });
impls = impls.filter((impl) => {
  if (built.includes(impl)) return true;
  log(`skipping ${impl}: its page did not build`);
  return false;
});

const cells = scenarios
  .filter((s) => !wantedScenarios || wantedScenarios.includes(s.name))
  .flatMap((s) =>
    s.sizes
      .filter((size) => !wantedSizes || wantedSizes.includes(size))
      .map((size) => ({ scenario: s, size })),
  );

const launchArgs = [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'];
const server = await serve(distDir);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: launchArgs,
});

async function withPage(run) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    try {
      return await run(page, cdp);
    } catch (error) {
      throw new Error(
        `${error.message.split('\n')[0]}${errors.length ? ` (page errors: ${errors.slice(0, 3).join('; ')})` : ''}`,
        {
          cause: error,
        },
      );
    }
  } finally {
    await context.close();
  }
}

// An implementation whose page loads but cannot be measured yet (the kit before its element lands) is skipped.
for (const impl of [...impls]) {
  const check = availability[impl];
  if (!check) continue;
  const reason = await withPage(async (page) => {
    await open({ page, baseUrl: server.url, impl, size: '1k', view: views[impl] });
    return page.evaluate(`(${check})()`);
  }).catch((e) => e.message);
  if (reason) {
    log(`skipping ${impl}: ${reason}`);
    impls = impls.filter((i) => i !== impl);
  }
}
if (impls.length === 0) throw new Error('nothing to measure');

const startedAt = new Date();
const meta = {
  startedAt: startedAt.toISOString(),
  chromium: browser.version(),
  nproc: os.availableParallelism(),
  cpu: os.cpus()[0]?.model,
  loadavgStart: os.loadavg(),
  samplesPerCell: samples,
  implementations: impls,
  cells: cells.map((c) => `${c.scenario.name}@${c.size}`),
};
log(
  `chromium ${meta.chromium}, ${meta.nproc} cores, load ${meta.loadavgStart.map((l) => l.toFixed(2)).join(' ')}; ` +
    `${samples} samples × ${cells.length} cells × ${impls.length} implementations`,
);

const results = [];
for (let round = 0; round < samples; round++) {
  const order = round % 2 === 0 ? impls : [...impls].reverse(); // ABC / CBA
  for (const { scenario, size } of cells) {
    for (const impl of order) {
      const sample = { round, scenario: scenario.name, size, impl };
      try {
        sample.metrics = await withPage(async (page, cdp) => {
          const caseCount = await open({ page, baseUrl: server.url, impl, size, view: views[impl] });
          return scenario.run({ page, cdp, impl, size, caseCount });
        });
      } catch (error) {
        sample.error = error.message;
      }
      sample.loadavg = os.loadavg()[0];
      results.push(sample);
      const shown = sample.error
        ? `ERROR ${sample.error}`
        : Object.entries(sample.metrics)
            .filter(([, v]) => typeof v === 'number')
            .slice(0, 4)
            .map(([k, v]) => `${k}=${+v.toFixed(1)}`)
            .join(' ');
      log(`[${round + 1}/${samples}] ${scenario.name}@${size} ${impl}: ${shown}`);
    }
  }
}
await browser.close();
await server.close();

meta.loadavgEnd = os.loadavg();
meta.finishedAt = new Date().toISOString();
const resultsDir = path.join(here, 'results');
await mkdir(resultsDir, { recursive: true });
const file = path.join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(file, JSON.stringify({ meta, samples: results }, null, 1));

const sizes = [...new Set(cells.map((c) => c.size))].sort((a, b) => parseInt(a) - parseInt(b));
console.log(
  `\n## casekit bench — medians of ${samples} samples; ratios: median of paired ratios [bootstrap 95% CI]\n`,
);
console.log(
  `Chromium ${meta.chromium}, ${meta.nproc} cores, load ${meta.loadavgStart[0].toFixed(2)} → ${meta.loadavgEnd[0].toFixed(2)}. Samples: ${path.relative(process.cwd(), file)}\n`,
);
console.log(table(results, impls, sizes));
const errors = results.filter((s) => s.error).length;
if (errors) console.log(`\n${errors} sample(s) failed; see the JSON.`);
const verdict = budgets(results);
console.log(`\n### Budgets (issue 4)\n\n${budgetLines(verdict)}`);
const failed = !verdict.measured || verdict.results.some((r) => !r.ok);
if (failed && !args['no-gate']) process.exitCode = 1;
