import { expect } from '@open-wc/testing';
import { formatEntry, localize } from '../../src/i18n/format.js';
import { translatorFor } from '../../src/i18n/strings.js';
import '../../src/i18n/fr.js';

describe('strings', () => {
  it('chooses plural forms through Intl.PluralRules', () => {
    const entry = { one: '{count} case', other: '{count} cases' };
    expect(formatEntry(entry, 'en', { count: 1 })).to.equal('1 case');
    expect(formatEntry(entry, 'en', { count: 1200 })).to.equal('1,200 cases');
    expect(formatEntry(entry, 'fr', { count: 0 })).to.equal('0 case');
  });

  it('localizes admin-written text by tag, then language, then English', () => {
    const label = { en: 'Reason', fr: 'Motif' };
    expect(localize(label, 'fr-CA')).to.equal('Motif');
    expect(localize(label, 'de')).to.equal('Reason');
    expect(localize('Plain', 'fr')).to.equal('Plain');
  });

  it('selects the table from the language and falls back to English', () => {
    expect(translatorFor('fr-FR').t('action.retry')).to.equal('Réessayer');
    expect(translatorFor('de').t('action.retry')).to.equal('Try again');
  });
});
