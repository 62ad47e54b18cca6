import { expect } from '@open-wc/testing';
import * as casekit from '../src/index.js';

describe('the package entry point', () => {
  it('registers no tag (only define.js does)', () => {
    expect(customElements.get('ck-provider')).to.equal(undefined);
  });

  it('exports the element classes, events, context keys, errors, strings and the model functions', () => {
    const exported = Object.keys(casekit);
    for (const name of [
      'CaseKitProvider',
      'UnauthenticatedEvent',
      'CaseKitErrorEvent',
      'adapterContext',
      'sessionContext',
      'LocaleController',
      'tokens',
      'hostStyles',
      'CaseKitError',
      'isCaseKitError',
      'isAbortError',
      'translatorFor',
      'setStringOverrides',
      'Translator',
      'parseLayout',
      'LayoutError',
      'lintLayout',
      'validateCaseInput',
      'can',
    ]) {
      expect(exported, name).to.include(name);
    }
  });

  it('gives events that bubble out of shadow roots, with their payload', () => {
    const error = new casekit.CaseKitError('unknown');
    for (const event of [new casekit.CaseKitErrorEvent(error), new casekit.UnauthenticatedEvent(error)]) {
      expect(event.bubbles && event.composed, event.type).to.equal(true);
      expect(event.error).to.equal(error);
    }
    expect(new casekit.CaseKitErrorEvent(error).type).to.equal('ck-error');
    expect(new casekit.UnauthenticatedEvent(error).type).to.equal('ck-unauthenticated');
  });
});
