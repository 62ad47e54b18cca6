// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { templateLiteralsDevServer } from './scripts/template-literals.mjs';

const ciFlags = [
  ...chromiumArgs,
  // Test pages run side by side: keep frames and timers of the page not in front running.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser'] },
  // The kit's literals as they ship, before esbuild compiles the TypeScript: the tests see the DOM
  // the library build makes. a11ySnapshot(): the page's accessibility tree, to test what a screen
  // reader is given.
  plugins: [
    templateLiteralsDevServer(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    a11ySnapshotPlugin(),
  ],
  // MSW's worker must be served from the root so its scope covers the test pages.
  middleware: [
    (context, next) => {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: ciFlags },
    }),
  ],
  // One test page at a time: a page left in the background gets no animation frames, and the list and
  // the pickers wait on frames.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.d.ts', 'node_modules/**'],
    threshold: { statements: 85, branches: 70, functions: 80, lines: 85 },
    reportDir: 'coverage',
  },
};
