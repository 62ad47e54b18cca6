import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { addProfile, addThreadCpu, printTop } from '../cpu-profile.mjs';
import { serve } from '../server.mjs';
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { distDir } from './build.mjs';
import { templateLiteralsEsbuild } from '../../scripts/template-literals.mjs';
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = '/tmp/prof-actions';
await mkdir(dir, { recursive: true });
const page = process.argv[2] ?? 'picker-kit';
await build({
  entryPoints: [`${here}/pages/${page}.ts`],
  outfile: `${dir}/${page}.js`,
  bundle: true,
  minify: false,
  format: 'esm',
  target: 'es2022',
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  plugins: [templateLiteralsEsbuild()],
});
await copyFile(`${distDir}/${page}.html`, `${dir}/${page}.html`);
await copyFile(`${distDir}/agents-10k.json`, `${dir}/agents-10k.json`);
const server = await serve(dir);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const p = await ctx.newPage();
await p.goto(`${server.url}/${page}.html`);
await p.evaluate(() => window.bench.ready);
const typed = 'martinelli';
await p.evaluate(
  (n) => window.bench.expect(n),
  [...typed].map((_, i) => typed.slice(0, i + 1)),
);
const cdp = await ctx.newCDPSession(p);
// Thread CPU time of the renderer main thread's tasks (load-insensitive, unlike wall time), by top-level event.
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', {
  categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
  transferMode: 'ReportEvents',
});
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const { x, y } = await p.evaluate(() => window.bench.target());
if (page.startsWith('dialog')) {
  await p.evaluate(() => window.bench.armClick('dialog'));
  await p.mouse.click(x, y);
  console.log('open', await p.evaluate(() => window.bench.results(1)));
} else {
  await p.evaluate(() => window.bench.armClick('open'));
  await p.mouse.click(x, y);
  console.log('open', await p.evaluate(() => window.bench.results(1)));
  await p.waitForTimeout(200);
  await p.evaluate(() => window.bench.armInput());
  await p.keyboard.type(typed, { delay: 120 });
  console.log('keys', (await p.evaluate(() => window.bench.results(10))).map((v) => v.toFixed(1)).join(' '));
}
const { profile } = await cdp.send('Profiler.stop');
await cdp.send('Tracing.end');
await traced;
printTop('thread ms by event (nested events overlap RunTask):', addThreadCpu(events, new Map()), 14);
const self = new Map();
const total = new Map();
addProfile(profile, { self, total });
printTop('inclusive:', total, 40, { functionsOnly: true });
printTop('self:', self, 25);
await browser.close();
await server.close();
