import { defineConfig } from 'vite';

/** `npm start`: the demo host page on the embedded in-memory backend. */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: { port: 5173, host: '127.0.0.1' },
  build: { outDir: '../.cache/demo', emptyOutDir: true },
});
