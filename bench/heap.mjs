// `node bench/heap.mjs [1k|10k|100k]`: what the kit's heap holds beyond the data. Runs the memory
// scenario's steps on an unminified kit page, takes a heap snapshot before the list (data only) and
// after, and prints the difference by kind and constructor. A tool for finding what to shrink; the
// numbers that count come from `npm run bench`.
import { chromium } from 'playwright-core';
import { buildKitPage, distDir } from './build.mjs';
import { serve } from './server.mjs';
import { views } from './views.mjs';
import { exerciseList } from './scenarios/memory.mjs';
import { gc, open } from './scenarios/page.mjs';

const [size = '100k'] = process.argv.slice(2);

await buildKitPage('kit-heap');

const server = await serve(distDir);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
const caseCount = await open({ page, baseUrl: server.url, impl: 'kit-heap', size, view: views.kit });

/** A heap snapshot summed by "kind name" (self sizes), with the total. */
async function snapshot() {
  await gc(cdp);
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot: meta, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = meta.meta.node_fields;
  const types = meta.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const sums = new Map();
  let total = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const kind = types[nodes[i + typeAt]];
    const bytes = nodes[i + sizeAt];
    // Strings are summed together (their names are their texts); other nodes by constructor or kind.
    const name =
      kind === 'string' || kind === 'concatenated string' || kind === 'sliced string'
        ? ''
        : strings[nodes[i + nameAt]];
    const key = `${kind} ${name.slice(0, 60)}`;
    sums.set(key, (sums.get(key) ?? 0) + bytes);
    total += bytes;
  }
  return { sums, total };
}

const before = await snapshot();
await exerciseList(page, cdp, caseCount);
const after = await snapshot();

const KB = 1024;
const rows = [...new Set([...before.sums.keys(), ...after.sums.keys()])]
  .map((key) => [key, (after.sums.get(key) ?? 0) - (before.sums.get(key) ?? 0)])
  .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
  .slice(0, 40);
console.log(`${size}: beyond the data ${((after.total - before.total) / KB / KB).toFixed(2)} MB`);
for (const [key, bytes] of rows) console.log(`${(bytes / KB).toFixed(0).padStart(8)} KB  ${key}`);
await browser.close();
await server.close();
