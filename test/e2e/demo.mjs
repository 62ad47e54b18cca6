// The demo page for the end-to-end tests: Vite's dev server on loopback and Debian's Chromium,
// started once per test file (node:test's before/after) and shared by its tests.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const timeout = 15_000;

/** Registers the server and browser for this file; `demo.origin` and `demo.browser` are set in `before`. */
export function useDemo() {
  /** @type {{ origin: string, browser: import('playwright-core').Browser | undefined }} */
  const demo = { origin: '', browser: undefined };
  /** @type {import('vite').ViteDevServer | undefined} */
  let server;
  before(async () => {
    server = await createServer({
      configFile: `${root}vite.config.ts`,
      root: `${root}demo`,
      logLevel: 'warn',
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    });
    await server.listen();
    demo.origin = server.resolvedUrls?.local[0] ?? '';
    assert.ok(demo.origin, 'the dev server has a local URL');
    demo.browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: chromiumArgs,
    });
  });
  after(async () => {
    await demo.browser?.close();
    await server?.close();
  });
  return demo;
}
