import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController, inheritedDirection, inheritedLang } from '../../src/controllers/locale.js';
import '../../src/i18n/fr.js';

/** Renders one string of the strings table, in the language it inherits. */
class LocaleProbe extends LitElement {
  readonly locale = new LocaleController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`<span>${this.locale.t('action.retry')}</span>`;
  }
}
customElements.define('test-locale-probe', LocaleProbe);

/** Puts its slot and a probe of its own inside a shadow root. */
class ShadowWrapper extends LitElement {
  override render() {
    return html`<div lang="fr"><test-locale-probe></test-locale-probe></div>`;
  }
}
customElements.define('test-shadow-wrapper', ShadowWrapper);

declare global {
  interface HTMLElementTagNameMap {
    'test-locale-probe': LocaleProbe;
    'test-shadow-wrapper': ShadowWrapper;
  }
}

const shown = (probe: LocaleProbe) => probe.shadowRoot!.textContent!.trim();

describe('LocaleController', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('falls back to English when nothing says otherwise', async () => {
    document.documentElement.removeAttribute('lang');
    const probe = await fixture<LocaleProbe>(html`<test-locale-probe></test-locale-probe>`);
    expect(probe.locale.lang).to.equal('en');
    expect(shown(probe)).to.equal('Try again');
  });

  it('inherits <html lang> and follows its changes', async () => {
    document.documentElement.lang = 'fr';
    const probe = await fixture<LocaleProbe>(html`<test-locale-probe></test-locale-probe>`);
    expect(shown(probe)).to.equal('Réessayer');
    document.documentElement.lang = 'en-GB';
    await waitUntil(() => shown(probe) === 'Try again');
    expect(probe.locale.lang).to.equal('en-GB');
  });

  it('takes the nearest lang, walking out of shadow roots, and skips lang=""', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<div lang="fr">
        <section lang=""><test-shadow-wrapper></test-shadow-wrapper></section>
      </div>`,
    );
    const host = wrapper.querySelector('test-shadow-wrapper')!;
    await host.updateComplete;
    const inner = host.shadowRoot!.querySelector('test-locale-probe')!;
    expect(inheritedLang(inner)).to.equal('fr');
    expect(inheritedLang(host)).to.equal('fr');
    host.shadowRoot!.querySelector('div')!.removeAttribute('lang');
    wrapper.lang = 'en';
    expect(inheritedLang(inner)).to.equal('en');
  });

  it('re-renders only when the inherited language changes', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<div lang="fr"><test-locale-probe></test-locale-probe></div>`,
    );
    const probe = wrapper.querySelector('test-locale-probe')!;
    await probe.updateComplete;
    const renders = probe.renders;
    wrapper.lang = 'fr';
    document.documentElement.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve));
    expect(probe.renders).to.equal(renders);
    wrapper.lang = 'en';
    await waitUntil(() => shown(probe) === 'Try again');
  });

  it('stops listening once disconnected', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<div lang="fr"><test-locale-probe></test-locale-probe></div>`,
    );
    const probe = wrapper.querySelector('test-locale-probe')!;
    probe.remove();
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    expect(probe.locale.lang).to.equal('fr');
    wrapper.append(probe);
    expect(probe.locale.lang).to.equal('en');
  });

  it('reports the inherited writing direction', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<div dir="rtl"><test-locale-probe></test-locale-probe></div>`,
    );
    const probe = wrapper.querySelector('test-locale-probe')!;
    expect(probe.locale.dir).to.equal('rtl');
    wrapper.dir = 'ltr';
    expect(inheritedDirection(probe)).to.equal('ltr');
  });
});
