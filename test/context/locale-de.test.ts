import { expect, fixture, html } from '@open-wc/testing';
import '../../src/context/suborg-provider.define.js';
import '../../src/context/locale-de.define.js';
import type { SuborgProvider } from '../../src/context/suborg-provider.js';
import { SuborgElement } from '../../src/internal/base-element.js';
import { de } from '../../src/i18n/de/index.js';
import type { TestConsumer } from './test-consumer.js';
import './test-consumer.js';

// The opt-in German entry (`suborg-elements/locale-de`): plain HTML gets German with no code.
describe('locale-de registration', () => {
  it('registers the complete German pack for every element', () => {
    expect(SuborgElement.localePacks.de).to.deep.equal(de);
  });

  it('lets <suborg-provider locale="de"> speak German with no pack passed, next to an English one', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <suborg-provider locale="de-AT"><test-consumer id="de"></test-consumer></suborg-provider>
      <suborg-provider locale="en"><test-consumer id="en"></test-consumer></suborg-provider>
    </div>`);
    const [deEl, enEl] = ['#de', '#en'].map((s) => root.querySelector(s) as TestConsumer);
    await deEl!.updateComplete;
    await enEl!.updateComplete;
    expect(deEl!.retryLabel).to.equal('Erneut versuchen');
    expect(enEl!.retryLabel).to.equal('Retry');
  });

  it('stays below the provider\'s own packs', async () => {
    const root = await fixture<SuborgProvider>(html`<suborg-provider locale="de" .localePacks=${{ de: { common: { retry: 'Nochmal' } } }}>
      <test-consumer></test-consumer>
    </suborg-provider>`);
    const el = root.querySelector('test-consumer') as TestConsumer;
    await el.updateComplete;
    expect(el.retryLabel).to.equal('Nochmal');
    expect(el.cancelLabel).to.equal(de.common?.cancel);
  });
});
