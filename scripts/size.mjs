// `npm run size`: min+gzip of what `casekit/define.js` pulls into a host page (lit included; the
// memory adapter, demo data and mocks are separate entries and stay out). Fails over the budget.
import { build } from 'esbuild';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const budgetBytes = 40 * 1024;

const result = await build({
  entryPoints: ['src/define.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  metafile: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  tsconfig: 'tsconfig.json',
});

const code = result.outputFiles[0].contents;
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const inputs = Object.keys(result.metafile.inputs);
const leaked = inputs.filter((path) => /adapters\/memory|mocks\/|demo-data|node_modules\/msw/.test(path));

console.log(`casekit/define.js (with lit): ${kb(code.length)} min, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
console.log(`budget: ${kb(budgetBytes)} gzip (${((gzip / budgetBytes) * 100).toFixed(0)}% used)`);

if (leaked.length > 0) {
  console.error(
    `define.js must not pull in the memory adapter, demo data or mocks:\n  ${leaked.join('\n  ')}`,
  );
  process.exit(1);
}
if (gzip > budgetBytes) {
  console.error(`Over budget by ${kb(gzip - budgetBytes)}.`);
  process.exit(1);
}
