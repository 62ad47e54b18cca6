import { defineConfig } from 'vite';
import { templateLiteralsVite } from './scripts/template-literals.mjs';

/**
 * The library build: one ES module per public entry, shared code in chunks, and the runtime
 * dependencies (lit, @lit/*) and the optional msw peer left external so hosts dedupe them. The code
 * is not minified (hosts do it), but the CSS literals are: a host's minifier leaves them as written.
 */
export default defineConfig({
  publicDir: false,
  plugins: [templateLiteralsVite()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        'i18n/fr': 'src/i18n/fr.ts',
        'adapters/memory': 'src/adapters/memory/index.ts',
        'adapters/rest': 'src/adapters/rest/index.ts',
        mocks: 'src/mocks/index.ts',
        testing: 'src/testing/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^msw(\/|$)/],
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
