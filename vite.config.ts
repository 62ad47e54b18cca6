import { defineConfig } from 'vite';
import { templateLiteralsVite } from './scripts/template-literals.mjs';

/** `npm start`: the demo host page on the embedded in-memory backend, the kit's literals as they ship. */
export default defineConfig({
  plugins: [templateLiteralsVite()],
  root: 'demo',
  publicDir: false,
  server: { port: 5173, host: '127.0.0.1' },
  build: { outDir: '../.cache/demo', emptyOutDir: true },
});
