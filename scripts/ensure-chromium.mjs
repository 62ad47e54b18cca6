// Makes sure a Chromium is there for the browser tests. On a fresh Debian machine where we are root,
// installs Debian's `chromium` package; otherwise explains how to get one.
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no executable there.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = (() => {
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

if (isRoot && hasApt) {
  console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (findChromium()) process.exit(0);
}

console.error(
  [
    'The browser tests need Chromium, and none was found.',
    '  - On Debian or Ubuntu: sudo apt-get install chromium',
    '  - Or point CHROME_PATH at a Chrome or Chromium executable: CHROME_PATH=/path/to/chrome npm test',
  ].join('\n'),
);
process.exit(1);
