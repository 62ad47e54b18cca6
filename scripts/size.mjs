// `npm run size`: min+gzip of what `casekit/define.js` pulls into a host page (lit included; the
// memory adapter, demo data and mocks are separate entries and stay out). Modules it only imports on
// demand (the French strings for a page that did not import `casekit/i18n/fr.js`, the layout parser
// for a form given a `layout` to preview) are listed apart.
//
// Two figures: the target for the whole finished kit (40 KB gzip, about half of what vaadin-grid +
// combo-box + dialog cost a host), and a ratchet: the size accepted so far. CI fails when the kit grows
// past the ratchet; raise it only on purpose, in its own commit that says why, and lower it whenever
// the kit shrinks. The kit is over its target today (see the README); the ratchet keeps it from drifting.
import { build } from 'esbuild';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { relative, resolve } from 'node:path';
import { templateLiteralsEsbuild } from './template-literals.mjs';

const targetBytes = 40 * 1024;
const ratchetBytes = 50.41 * 1024;

const options = {
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
};

// What define.js loads with a dynamic import() stays out of its figure (a host's bundler makes it a
// chunk of its own, fetched when needed); each such module is measured apart below.
const onDemand = new Set();
const dynamicImportsApart = {
  name: 'dynamic-imports-apart',
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      onDemand.add(resolved.path);
      return { path: args.path, external: true };
    });
  },
};

const result = await build({
  ...options,
  entryPoints: ['src/define.ts'],
  plugins: [dynamicImportsApart, templateLiteralsEsbuild()],
});
const code = result.outputFiles[0].contents;
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// The files that put code into the bundle (the metafile's inputs also list the ones tree-shaken away).
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
  .filter(([, input]) => input.bytesInOutput > 0)
  .map(([path]) => path);
const leaked = inputs.filter((path) => /adapters\/memory|mocks\/|demo-data|node_modules\/msw/.test(path));

console.log(`casekit/define.js (with lit): ${kb(code.length)} min, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
console.log(
  `target for the finished kit: ${kb(targetBytes)} gzip (${((gzip / targetBytes) * 100).toFixed(0)}% used)`,
);
console.log(`ratchet (largest size accepted so far): ${kb(ratchetBytes)} gzip`);
// Each module loaded on demand, without the files define.js already brings (roughly: a file define.js
// uses only in part is counted as brought whole).
const loaded = new Set(inputs.map((path) => resolve(path)));
for (const path of onDemand) {
  const alone = await build({
    ...options,
    entryPoints: [path],
    plugins: [
      templateLiteralsEsbuild(),
      {
        name: 'already-loaded',
        setup(build) {
          build.onResolve({ filter: /.*/ }, async (args) => {
            if (args.pluginData === 'resolving' || args.kind === 'entry-point') return undefined;
            const resolved = await build.resolve(args.path, {
              kind: args.kind,
              importer: args.importer,
              resolveDir: args.resolveDir,
              pluginData: 'resolving',
            });
            return loaded.has(resolved.path) ? { path: args.path, external: true } : undefined;
          });
        },
      },
    ],
  });
  const size = gzipSync(alone.outputFiles[0].contents, { level: 9 }).length;
  console.log(`  loaded on demand: ${relative(process.cwd(), path)}: ${kb(size)} gzip more`);
}

if (leaked.length > 0) {
  console.error(
    `define.js must not pull in the memory adapter, demo data or mocks:\n  ${leaked.join('\n  ')}`,
  );
  process.exit(1);
}
if (gzip > ratchetBytes) {
  console.error(
    `The kit grew past the ratchet by ${kb(gzip - ratchetBytes)}: make it smaller, or raise the ratchet on purpose.`,
  );
  process.exit(1);
}
