import { expect } from '@open-wc/testing';
import { warningsDuring } from './support/console.js';

describe('define, when another copy of the kit was loaded first', () => {
  it('keeps the first definition and warns instead of throwing', async () => {
    class OtherCopy extends HTMLElement {}
    customElements.define('ck-provider', OtherCopy);

    const warnings = await warningsDuring(() => import('../src/define.js'));

    expect(customElements.get('ck-provider')).to.equal(OtherCopy);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('<ck-provider> is already defined');
  });
});
