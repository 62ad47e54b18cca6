import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collapseHtmlLiterals } from '../../scripts/html-literals.mjs';

const lines = (source: string) => source.split('\n').length;

/** The builds, the tests and Storybook collapse the whitespace of the kit's templates (scripts/html-literals.mjs). */
describe('html literals collapsed at build time', () => {
  it('drops line breaks between tags and makes the others one space, in text and in tags', () => {
    const source = [
      'const t = html`<div',
      '    class="row"',
      '    role="option"',
      '  >',
      '    <span>a</span>',
      '    <span>b</span>',
      '    text with',
      '    two lines',
      '  </div>',
      '`;',
    ].join('\n');
    assert.equal(
      collapseHtmlLiterals(source),
      'const t = html`<div class="row" role="option" ><span>a</span><span>b</span> text with two lines </div> `' +
        '\n'.repeat(9) +
        ';',
    );
  });

  it('keeps a space next to an expression, and every line of code where it was', () => {
    const source = [
      'const t = html`<p>',
      '    ${first}',
      '  </p>',
      '  <p class=${cls}>${second}</p>`;',
      'call();',
    ].join('\n');
    const out = collapseHtmlLiterals(source);
    assert.equal(out, 'const t = html`<p> ${\nfirst} </p><p class=${\n\ncls}>${second}</p>`;\ncall();');
    assert.equal(lines(out), lines(source));
    // The expressions start on the lines they were written on.
    assert.equal(out.split('\n').indexOf('first} </p><p class=${'), 1);
  });

  it('collapses the templates nested in expressions, and leaves other template literals alone', () => {
    const source = [
      'const t = html`<ul>',
      '  ${items.map((i) => html`<li>',
      '    ${i}',
      '  </li>`)}',
      '</ul>`;',
      'const s = `a',
      '    b`;',
      'const c = css`:host {',
      '  display: block;',
      '}`;',
    ].join('\n');
    const out = collapseHtmlLiterals(source);
    assert.equal(
      out.replaceAll('\n', '⏎'),
      'const t = html`<ul> ${⏎items.map((i) => html`<li> ${⏎i} </li>`⏎)} </ul>`⏎;⏎' +
        'const s = `a⏎    b`;⏎const c = css`:host {⏎  display: block;⏎}`;',
    );
    assert.equal(lines(out), lines(source));
  });

  it('leaves quoted attribute values, comments, <pre> and <textarea> content, and escapes as written', () => {
    const source = [
      'const t = html`<p title="one',
      '    two" data-x=\'a',
      "    b'>x</p>",
      '  <!-- a',
      '    comment -->',
      '  <pre>',
      '    as',
      '    written</pre>',
      '  <textarea>',
      '    ${value}',
      '  </textarea>',
      '  <b>a\\n  <i>\\`</i></b>`;',
    ].join('\n');
    assert.equal(
      collapseHtmlLiterals(source),
      [
        'const t = html`<p title="one',
        '    two" data-x=\'a',
        "    b'>x</p><!-- a",
        '    comment --><pre>',
        '    as',
        '    written</pre><textarea>',
        '    ${',
        '',
        '',
        'value}',
        '  </textarea><b>a\\n  <i>\\`</i></b>`',
        ';',
      ].join('\n'),
    );
  });

  it('leaves whitespace without a line break, text holding ">" and code outside templates as they are', () => {
    const unchanged = [
      'const a = html`<b>x</b> <i>y</i>  ${z}`;',
      'const b = svg`<svg viewBox="0 0 16 16"><path d="M8 3.5 12.5 9h-9L8 3.5Z"/></svg>`;',
      '// html` in a comment',
      "const c = 'html`<a>\\n  <b>' + /`/.source;",
      'const d = notHtml`<a>',
      '  <b>`;',
    ].join('\n');
    assert.equal(collapseHtmlLiterals(unchanged), unchanged);
    // A line break after a backslash is the literal's line continuation, not indentation.
    const continued = 'html`<b>a</b>\\\n  <i>b</i>`';
    assert.equal(collapseHtmlLiterals(continued), continued);
    // An escaped quote opens and closes an attribute value as the quote it stands for.
    assert.equal(
      collapseHtmlLiterals('html`<p title=\\"one\n  two\\">x</p>\n  <i>y</i>`'),
      'html`<p title=\\"one\n  two\\">x</p><i>y</i>`\n',
    );
    // "a >" is text, not the end of a tag: the line break after it is a space, not nothing.
    assert.equal(collapseHtmlLiterals('html`<p>a >\n  <b>b</b></p>`'), 'html`<p>a > <b>b</b></p>`\n');
  });
});
