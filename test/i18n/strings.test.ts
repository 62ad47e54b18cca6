// This page does not import `src/i18n/fr.js`: French arrives on demand, as for a host that only
// imports `casekit/define.js`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../src/controllers/locale.js';
import { registerStrings, translatorFor } from '../../src/i18n/strings.js';

class StringsProbe extends LitElement {
  readonly locale = new LocaleController(this);
  override render() {
    return html`<span>${this.locale.t('action.retry')}</span> <span>${this.locale.t('action.cancel')}</span>`;
  }
}
customElements.define('test-strings-probe', StringsProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-strings-probe': StringsProbe;
  }
}

const shown = (probe: StringsProbe) => probe.shadowRoot!.textContent!.trim();

describe('strings tables', () => {
  it('loads French the first time an element needs it, and re-renders in French', async () => {
    const probe = await fixture<StringsProbe>(
      html`<div lang="fr-CA"><test-strings-probe></test-strings-probe></div>`,
    ).then((wrapper) => wrapper.querySelector('test-strings-probe')!);
    await waitUntil(() => shown(probe) === 'Réessayer Annuler', 'French once its table has loaded');
    expect(translatorFor('fr').t('action.retry')).to.equal('Réessayer');
  });

  it('takes a language a host registers, in English where its table says nothing', async () => {
    const probe = await fixture<StringsProbe>(
      html`<div lang="de"><test-strings-probe></test-strings-probe></div>`,
    ).then((wrapper) => wrapper.querySelector('test-strings-probe')!);
    expect(shown(probe)).to.equal('Try again Cancel');
    registerStrings('de', { 'action.retry': 'Erneut versuchen' });
    await waitUntil(() => shown(probe) === 'Erneut versuchen Cancel', 'German, with English for the rest');
  });
});
