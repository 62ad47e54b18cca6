// Runs test/node/*.test.ts under node:test: bundles each file with esbuild (TypeScript, `.js`
// import extensions) into .cache/node-tests, then runs `node --test` on the output.
// Usage: node scripts/run-node-tests.mjs [extra node --test flags]
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const sourceDir = 'test/node';
const outdir = '.cache/node-tests';
const entryPoints = readdirSync(sourceDir)
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => join(sourceDir, name));

if (entryPoints.length === 0) {
  console.error(`No tests in ${sourceDir}.`);
  process.exit(1);
}

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints,
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  outExtension: { '.js': '.mjs' },
  // node:test and other built-ins stay imports; everything else (src, lit…) is bundled.
  packages: 'bundle',
  // The build tools a test checks stay packages (esbuild runs a binary of its own, typescript
  // requires Node's built-ins, which an ES module bundle cannot).
  external: ['esbuild', 'typescript'],
  logLevel: 'warning',
});

const files = entryPoints.map((entry) =>
  join(outdir, entry.slice(sourceDir.length + 1).replace(/\.ts$/, '.mjs')),
);
const result = spawnSync(
  process.execPath,
  ['--enable-source-maps', '--test', ...process.argv.slice(2), ...files],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
