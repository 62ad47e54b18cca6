// The static CSS of every css`…` literal, minified at build time by esbuild's CSS minifier (lit keeps
// the literal's text as written: its indentation and comments reach every host). Each `${…}` stands in
// the CSS as a placeholder custom property name while it is minified, and goes back in after.
// Applied with the html literals' transform by template-literals.mjs.
import { transform } from 'esbuild';

const literal = /(?<![\w$])css`/g;

/** The end of the `${…}` expression that starts at `at` (its braces balanced). */
function expressionEnd(source, at) {
  let depth = 0;
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return i + 1;
  }
  throw new Error('css literal: an expression never ends');
}

/** `source` with the CSS of its css`…` style sheets minified (value literals are left as they are). */
export async function minifyCssLiterals(source) {
  let out = '';
  let from = 0;
  for (const match of source.matchAll(literal)) {
    if (match.index < from) continue;
    const open = match.index + match[0].length;
    const texts = [];
    const expressions = [];
    let text = '';
    let i = open;
    while (source[i] !== '`') {
      if (i >= source.length) throw new Error('css literal: never closed');
      if (source[i] === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (source.startsWith('${', i)) {
        const end = expressionEnd(source, i);
        texts.push(text);
        expressions.push(source.slice(i, end));
        text = '';
        i = end;
      } else text += source[i++];
    }
    texts.push(text);
    if (!texts.some((t) => t.includes('{'))) {
      // A value (a token such as css`var(--ck-space-2, 0.5rem)`), not a style sheet: as written.
      out += source.slice(from, i + 1);
      from = i + 1;
      continue;
    }
    // The literal's text as CSS: a `\\` in the source is one backslash in the style sheet.
    const css = texts
      .map((t, k) => t.replaceAll('\\\\', '\\') + (k < expressions.length ? `--ck-x${k}` : ''))
      .join('');
    const { code } = await transform(css, { loader: 'css', minify: true, logLevel: 'error' });
    const minified = code
      .trim()
      .replaceAll('\\', '\\\\')
      .replaceAll('`', '\\`')
      .replace(/--ck-x(\d+)/g, (_, k) => expressions[Number(k)]);
    out += `${source.slice(from, open)}${minified}\``;
    from = i + 1;
  }
  return out + source.slice(from);
}
