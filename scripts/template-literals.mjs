// The kit's template literals as they ship: html`…`/svg`…` whitespace collapsed (html-literals.mjs)
// and css`…` style sheets minified (css-literals.mjs), in the project's TypeScript modules (src/).
// Every build of the kit applies it (the library, the size check, the benchmark pages), and so does
// everything that runs the kit's source (the browser tests, Storybook and its story tests, the demo):
// the tests see the DOM that ships (no whitespace text between tags; `:empty`, `textContent`).
import { readFile } from 'node:fs/promises';
import { minifyCssLiterals } from './css-literals.mjs';
import { collapseHtmlLiterals } from './html-literals.mjs';

const kitModule = /[\\/]src[\\/].*\.ts$/;

/** A kit module's source with its literals as they ship. */
export async function shipLiterals(source, fileName) {
  return minifyCssLiterals(collapseHtmlLiterals(source, fileName));
}

/** The esbuild plugin (the size check, the benchmark pages). */
export function templateLiteralsEsbuild() {
  return {
    name: 'template-literals',
    setup(build) {
      build.onLoad({ filter: kitModule }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        return { contents: await shipLiterals(source, args.path), loader: 'ts' };
      });
    },
  };
}

/** The vite plugin (the library build, Storybook, the demo). */
export function templateLiteralsVite() {
  return {
    name: 'template-literals',
    enforce: 'pre',
    async transform(code, id) {
      if (!kitModule.test(id)) return null;
      return { code: await shipLiterals(code, id), map: null };
    },
  };
}

/** The @web/dev-server plugin (the browser tests); list it before the one that compiles TypeScript. */
export function templateLiteralsDevServer() {
  return {
    name: 'template-literals',
    async transform(context) {
      if (!kitModule.test(context.path)) return undefined;
      return { body: await shipLiterals(context.body, context.path) };
    },
  };
}
