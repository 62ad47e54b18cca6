// Fails when the committed custom-elements.json is not what the analyzer makes from the sources now.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory, so it writes inside the repo (ignored).
const outdir = join('.cache', 'manifest-check');
rmSync(outdir, { recursive: true, force: true });
execFileSync(
  'npx',
  ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
const committed = (() => {
  try {
    return readFileSync('custom-elements.json', 'utf8');
  } catch {
    return '';
  }
})();
/** The analyzer lists modules in file-system order, which differs between machines: compare them sorted. */
const normalized = (text) => {
  const manifest = JSON.parse(text);
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  return JSON.stringify(manifest);
};
if (!committed || normalized(fresh) !== normalized(committed)) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is fresh.');
