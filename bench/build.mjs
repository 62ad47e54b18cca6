// Builds the benchmark pages (production bundles) and the data fixtures into bench/dist/.
import { build } from 'esbuild';
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { templateLiteralsEsbuild } from '../scripts/template-literals.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const distDir = path.join(here, 'dist');
export const implementations = ['vanilla', 'vaadin-default', 'vaadin-tuned', 'kit'];
export const sizes = { '1k': 1_000, '10k': 10_000, '100k': 100_000 };
/** The seed every fixture and the kit page use, so all implementations show the same cases. */
export const seed = 1;

async function fixtureSource() {
  const out = await build({
    entryPoints: [path.join(here, 'pages/fixture-source.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

async function fresh(file, inputs) {
  try {
    const t = (await stat(file)).mtimeMs;
    for (const input of inputs) if ((await stat(input)).mtimeMs > t) return false;
    return true;
  } catch {
    return false;
  }
}

/** `cases-<size>.json`: the six list columns of `createDemoData({ cases: N, seed })`, in case-number order. */
async function buildFixtures(log) {
  const inputs = [path.join(here, 'pages/rows.ts'), path.join(here, '../src/adapters/memory/demo-data.ts')];
  let source;
  for (const [name, n] of Object.entries(sizes)) {
    const file = path.join(distDir, `cases-${name}.json`);
    if (await fresh(file, inputs)) continue;
    source ??= await fixtureSource();
    const rows = source.toRows(source.createDemoData({ cases: n, seed }));
    await writeFile(file, JSON.stringify(rows));
    log(`fixture ${path.relative(process.cwd(), file)} (${n} rows)`);
  }
}

const html = (impl) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench: ${impl}</title>
<style>html,body{margin:0;font:14px/1.4 system-ui,sans-serif}#app{box-sizing:border-box;width:1240px;height:760px;margin:20px;display:flex;flex-direction:column;gap:8px}</style>
</head><body><div id="app"></div><script type="module" src="./${impl}.js"></script></body></html>
`;

/**
 * An unminified kit page for the profiling tools (`<name>.js` and `.html`): readable function names;
 * `dev` uses Lit's development build and its warnings.
 */
export async function buildKitPage(name, { dev = false } = {}) {
  await build({
    entryPoints: [path.join(here, 'pages/kit.ts')],
    outfile: path.join(distDir, `${name}.js`),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'silent',
    ...(dev ? { conditions: ['development'] } : { define: { 'process.env.NODE_ENV': '"production"' } }),
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    plugins: [templateLiteralsEsbuild()],
  });
  await writeFile(path.join(distDir, `${name}.html`), html(name));
}

/** Bundles one page per implementation; a page that cannot build (the kit while it is written) is reported, not fatal. */
export async function buildAll({ log = console.log } = {}) {
  await mkdir(distDir, { recursive: true });
  await buildFixtures(log);
  const built = [];
  for (const impl of implementations) {
    try {
      await build({
        entryPoints: [path.join(here, `pages/${impl}.ts`)],
        outfile: path.join(distDir, `${impl}.js`),
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2022',
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"production"' },
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
        // The kit's CSS literals minified, as in its library build.
        plugins: [templateLiteralsEsbuild()],
      });
      await writeFile(path.join(distDir, `${impl}.html`), html(impl));
      built.push(impl);
    } catch (error) {
      const first = error.errors?.[0];
      log(
        `page ${impl} not built: ${first ? `${first.text} (${first.location?.file}:${first.location?.line})` : error.message}`,
      );
    }
  }
  return built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildAll();
