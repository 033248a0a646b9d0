import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { defineSlice } from '../../src/i18n/types.js';
import type { LocalePacks } from '../../src/i18n/types.js';
import { SuborgElement, setLocaleLoader } from '../../src/internal/base-element.js';

// The drop-in file loads German from beside itself when a page first asks for it.
const loaderStrings = defineSlice('test-loader', { hello: 'Hello' });

class TestLoaderEl extends SuborgElement {
  override render() {
    return litHtml`<p>${this.t(loaderStrings, 'hello')}</p>`;
  }
}
customElements.define('test-loader-el', TestLoaderEl);

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('SuborgElement locale loader', () => {
  afterEach(() => setLocaleLoader(undefined));

  it('asks once per language, then every element on the page shows the pack it gave', async () => {
    const asked: string[] = [];
    let deliver!: (packs: LocalePacks) => void;
    setLocaleLoader((language) => {
      asked.push(language);
      return language === 'fr' ? new Promise((resolve) => (deliver = resolve)) : undefined;
    });
    const wrap = await fixture(html`<div>
      <test-loader-el locale="fr-CA"></test-loader-el>
      <test-loader-el locale="fr"></test-loader-el>
      <test-loader-el locale="en"></test-loader-el>
    </div>`);
    const [a, b, en] = [...wrap.querySelectorAll('test-loader-el')];
    expect(text(a!)).to.equal('Hello'); // English until the pack arrives
    expect(asked.sort()).to.deep.equal(['en', 'fr']);
    deliver({ fr: { 'test-loader': { hello: 'Bonjour' } } });
    await waitUntil(() => text(a!) === 'Bonjour' && text(b!) === 'Bonjour', 'both French elements re-render');
    expect(text(en!)).to.equal('Hello');
    expect(asked.sort(), 'no second request').to.deep.equal(['en', 'fr']);
  });

  it('tries a failed load again on the next render; English meanwhile', async () => {
    let calls = 0;
    setLocaleLoader(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ it: { 'test-loader': { hello: 'Ciao' } } })));
    const el = await fixture<TestLoaderEl>(html`<test-loader-el locale="it"></test-loader-el>`);
    expect(text(el)).to.equal('Hello');
    await new Promise((r) => setTimeout(r));
    el.requestUpdate();
    await waitUntil(() => text(el) === 'Ciao', 'the second try loads it');
    expect(calls).to.equal(2);
  });

  it('does nothing without a loader (bundles import their packs)', async () => {
    const el = await fixture<TestLoaderEl>(html`<test-loader-el locale="nl"></test-loader-el>`);
    expect(text(el)).to.equal('Hello');
  });
});
