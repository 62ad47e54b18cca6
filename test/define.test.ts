import { expect } from '@open-wc/testing';
import { CaseKitProvider } from '../src/elements/provider/provider.js';
import { warningsDuring } from './support/console.js';

// Each test file runs in its own page, so the registry starts empty here
// (define-conflict.test.ts covers a tag taken by another copy of the kit).
describe('define', () => {
  it('registers every tag with its element class', async () => {
    expect(customElements.get('ck-provider')).to.equal(undefined);
    const warnings = await warningsDuring(() => import('../src/define.js'));
    expect(customElements.get('ck-provider')).to.equal(CaseKitProvider);
    expect(warnings).to.deep.equal([]);
  });

  it('runs again (a second instance of the module) without throwing or warning', async () => {
    await import('../src/define.js');
    // A module URL with a query string is a new module instance: its registrations run again.
    const secondCopy = `../src/define.ts?copy=${Date.now()}`;
    const warnings = await warningsDuring(() => import(/* @vite-ignore */ secondCopy));
    expect(customElements.get('ck-provider')).to.equal(CaseKitProvider);
    expect(warnings).to.deep.equal([]);
  });
});
