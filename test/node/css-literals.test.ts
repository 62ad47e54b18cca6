import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCssLiterals } from '../../scripts/css-literals.mjs';

/** The library build minifies the kit's CSS literals (scripts/css-literals.mjs). */
describe('CSS literals minified at build time', () => {
  it('minifies a style sheet and puts its expressions back where they were', async () => {
    const source = [
      'const styles = css`',
      '  /* a comment */',
      '  :host {',
      '    --_row-height: var(--ck-case-list-row-height, ${tokens.rowHeight});',
      '    padding: ${tokens.space2} ${tokens.space3};',
      '  }',
      '  .chip.closed::before {',
      String.raw`    content: '\\2713\\00a0' / '';`,
      '  }',
      '`;',
    ].join('\n');
    assert.equal(
      await minifyCssLiterals(source),
      'const styles = css`:host{--_row-height: var(--ck-case-list-row-height, ${tokens.rowHeight});' +
        String.raw`padding:${'$'}{tokens.space2} ${'$'}{tokens.space3}}.chip.closed:before{content:"\\2713\\a0" / ""}` +
        '`;',
    );
  });

  it('leaves value literals (tokens) and code outside literals as they are', async () => {
    const source = 'const a = css`var(--ck-space-2, 0.5rem)`; const b = unsafeCSS(x);';
    assert.equal(await minifyCssLiterals(source), source);
  });
});
