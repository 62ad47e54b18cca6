// Opens every story of the built Storybook (storybook-static, what designers browse) in Chromium and
// fails when one logs an error, throws, or ends in a failed play function. The story tests run in
// Vite's dev mode; a production build can differ (a side-effect import tree-shaken away once left
// the provider stories empty), and only this check sees it.
// Usage: npm run build-storybook && node scripts/check-storybook.mjs [id-substring]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = 'storybook-static';
const only = process.argv[2] ?? '';
/** Story phases after which nothing more runs (Storybook's StoryRender). */
const ended = ['finished', 'completed', 'errored', 'aborted'];
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  try {
    const body = await readFile(join(root, path === '/' ? 'index.html' : path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const ids = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' && entry.id.includes(only))
  .map((entry) => entry.id);
if (ids.length === 0) {
  console.error(`No story id contains "${only}".`);
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: chromiumArgs,
});
const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
// One page for every story (switched through Storybook's channel, as its manager does): loading the
// preview anew for each took 2–3 s.
let problems = [];
page.on('pageerror', (error) => problems.push(error.message));
page.on('console', (message) => {
  const text = message.text();
  // The browser logs the requests that the error stories' mocked backend fails on purpose.
  if (message.type() === 'error' && !text.startsWith('Failed to load resource'))
    problems.push(text.split('\n')[0]);
});
await page.goto(`${origin}/iframe.html?id=${ids[0]}&viewMode=story`);
const failures = [];
for (const id of ids) {
  await page.evaluate((storyId) => {
    const preview = globalThis.__STORYBOOK_PREVIEW__;
    if (preview.currentRender?.id !== storyId)
      preview.channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  }, id);
  const phase = await page
    .waitForFunction(
      ([storyId, phases]) => {
        const render = globalThis.__STORYBOOK_PREVIEW__?.currentRender;
        return render?.id === storyId && phases.includes(render.phase) ? render.phase : false;
      },
      [id, ended],
      { timeout: 30_000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => 'timed out');
  if (phase !== 'finished' && phase !== 'completed') problems.push(`the story ${phase}`);
  if (problems.length) failures.push(`${id}: ${[...new Set(problems)].join(' | ')}`);
  problems = [];
}
await browser.close();
server.close();

if (failures.length) {
  console.error(
    `${failures.length} of ${ids.length} stories failed in the built Storybook:\n${failures.join('\n')}`,
  );
  process.exit(1);
}
console.log(`${ids.length} stories rendered and played in the built Storybook without an error.`);
