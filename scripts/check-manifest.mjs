// Fails when the committed custom-elements.json is not what the analyzer makes from the sources now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outdir = mkdtempSync(join(tmpdir(), 'casekit-cem-'));
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
if (JSON.stringify(JSON.parse(fresh)) !== (committed && JSON.stringify(JSON.parse(committed)))) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
  process.exit(1);
}
console.log('custom-elements.json is fresh.');
