import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/context/suborg-provider.define.js';
import { SuborgProvider } from '../../src/context/suborg-provider.js';
import { provideSuborg } from '../../src/context/provide.js';
import { darkSchemeQuery } from '../../src/context/scheme.js';
import { de as dePack } from '../../src/i18n/de/index.js';
import { FakeAdapter, until } from './fake-adapter.js';
import { swatch, type TestConsumer } from './test-consumer.js';

const q = <T extends Element>(root: ParentNode, sel: string) => root.querySelector(sel) as T;
const tick = () => new Promise((r) => setTimeout(r, 0));

/** Captures console.warn while `run` runs. */
async function warnings(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('<suborg-provider>', () => {
  it('supplies its settings to elements inside, across shadow roots', async () => {
    const adapter = new FakeAdapter().asAdapter();
    const root = await fixture<SuborgProvider>(html`<suborg-provider org-id="org_1" locale="de" time-zone="Asia/Tokyo" allow-hosts="pay.example.com *.stripe.com" .adapter=${adapter} .localePacks=${{ de: dePack }}>
      <test-consumer></test-consumer>
    </suborg-provider>`);
    const el = q<TestConsumer>(root, 'test-consumer');
    await el.updateComplete;
    expect(el.seen.adapter).to.equal(adapter);
    expect(el.seen.orgId).to.equal('org_1');
    expect(el.seen.locale).to.equal('de');
    expect(el.seen.timeZone).to.equal('Asia/Tokyo');
    expect(el.seen.allowHosts).to.deep.equal(['pay.example.com', '*.stripe.com']);
    expect(swatch(el).textContent).to.equal('Erneut versuchen');
    // Redirects pass the provider's allow-list; anything else is refused.
    expect(el.redirect('https://pay.example.com/session/1')).to.equal('https://pay.example.com/session/1');
    expect(el.redirect('https://checkout.stripe.com/c/1')).to.equal('https://checkout.stripe.com/c/1');
    expect(el.redirect('https://evil.example.net/')).to.equal(null);
    expect(el.redirect('javascript:alert(1)')).to.equal(null);
    await expect(root).to.be.accessible();
  });

  it('nests: the inner provider overrides only what it sets', async () => {
    const outerAdapter = new FakeAdapter().asAdapter();
    const root = await fixture<SuborgProvider>(html`<suborg-provider org-id="outer" locale="de" brand-primary="#ff0000" brand-radius="2px" .adapter=${outerAdapter}
      .strings=${{ common: { retry: 'Outer retry', cancel: 'Outer cancel' } }}>
      <test-consumer id="a"></test-consumer>
      <suborg-provider org-id="inner" brand-radius="9px" .strings=${{ common: { retry: 'Inner retry' } }}>
        <test-consumer id="b"></test-consumer>
      </suborg-provider>
    </suborg-provider>`);
    const a = q<TestConsumer>(root, '#a');
    const b = q<TestConsumer>(root, '#b');
    await b.updateComplete;
    expect(a.seen.orgId).to.equal('outer');
    expect(b.seen.orgId).to.equal('inner');
    expect(b.seen.adapter).to.equal(outerAdapter);
    expect(b.seen.locale).to.equal('de');
    expect(b.seen.branding.colors.primary).to.equal('#ff0000');
    expect(b.seen.branding.radius).to.equal('9px');
    expect(a.retryLabel).to.equal('Outer retry');
    expect(b.retryLabel).to.equal('Inner retry');
    expect(b.cancelLabel).to.equal('Outer cancel');
    expect(getComputedStyle(swatch(b)).borderTopLeftRadius).to.equal('9px');
    expect(getComputedStyle(swatch(a)).borderTopLeftRadius).to.equal('2px');

    // A change on the outer provider reaches the inner subtree.
    root.orgId = 'outer-2';
    root.brandPrimary = '#00ff00';
    await root.updateComplete;
    await b.updateComplete;
    expect(a.seen.orgId).to.equal('outer-2');
    expect(b.seen.branding.colors.primary).to.equal('#00ff00');
    expect(getComputedStyle(swatch(b)).color).to.equal('rgb(0, 255, 0)');
  });

  it('lets a property set on the element win over the context', async () => {
    const fromContext = new FakeAdapter().asAdapter();
    const own = new FakeAdapter().asAdapter();
    const root = await fixture<SuborgProvider>(html`<suborg-provider org-id="ctx" locale="de" time-zone="UTC" .adapter=${fromContext}>
      <test-consumer org-id="mine" locale="fr" time-zone="Europe/Paris" .adapter=${own} .strings=${{ common: { retry: 'Mine' } }}></test-consumer>
    </suborg-provider>`);
    const el = q<TestConsumer>(root, 'test-consumer');
    await el.updateComplete;
    expect(el.seen.orgId).to.equal('mine');
    expect(el.seen.adapter).to.equal(own);
    expect(el.seen.locale).to.equal('fr');
    expect(el.seen.timeZone).to.equal('Europe/Paris');
    expect(el.retryLabel).to.equal('Mine');
  });

  it('works whatever the registration order: consumers upgraded before the provider is defined', async () => {
    // A fresh tag stands in for "the provider script loads last".
    class LateProvider extends SuborgProvider {}
    const host = fixtureSync<HTMLDivElement>(html`<div>
      <late-provider-a org-id="late" brand-primary="#0000ff">
        <test-consumer></test-consumer>
      </late-provider-a>
    </div>`);
    const el = q<TestConsumer>(host, 'test-consumer');
    await el.updateComplete;
    expect(el.seen.orgId).to.equal(undefined);
    customElements.define('late-provider-a', LateProvider);
    await tick();
    await el.updateComplete;
    expect(el.seen.orgId).to.equal('late');
    expect(getComputedStyle(swatch(el)).color).to.equal('rgb(0, 0, 255)');
  });

  it('works when the consumer is inside another shadow root and upgrades first', async () => {
    class LateProvider extends SuborgProvider {}
    class ShadowHost extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        this.attachShadow({ mode: 'open' }).append(document.createElement('test-consumer'));
      }
    }
    customElements.define('test-shadow-host-b', ShadowHost);
    const host = fixtureSync<HTMLDivElement>(html`<div><late-provider-b org-id="deep"><test-shadow-host-b></test-shadow-host-b></late-provider-b></div>`);
    const el = host.querySelector('test-shadow-host-b')!.shadowRoot!.querySelector('test-consumer') as TestConsumer;
    await el.updateComplete;
    customElements.define('late-provider-b', LateProvider);
    await tick();
    expect(el.seen.orgId).to.equal('deep');
  });

  it('an inner provider that upgrades late takes over from the outer one', async () => {
    class LateProvider extends SuborgProvider {}
    const root = await fixture<SuborgProvider>(html`<suborg-provider org-id="outer" locale="de">
      <late-provider-c org-id="inner"><test-consumer></test-consumer></late-provider-c>
    </suborg-provider>`);
    const el = q<TestConsumer>(root, 'test-consumer');
    await el.updateComplete;
    expect(el.seen.orgId).to.equal('outer');
    customElements.define('late-provider-c', LateProvider);
    await tick();
    expect(el.seen.orgId).to.equal('inner');
    expect(el.seen.locale).to.equal('de');
    // The outer provider no longer feeds it: its changes arrive through the inner one only.
    root.orgId = 'outer-2';
    await root.updateComplete;
    expect(el.seen.orgId).to.equal('inner');
  });

  it('renders two locales side by side', async () => {
    const root = fixtureSync<HTMLDivElement>(html`<div>
      <suborg-provider locale="de" .localePacks=${{ de: dePack }}><test-consumer id="de"></test-consumer></suborg-provider>
      <suborg-provider locale="en-GB"><test-consumer id="en"></test-consumer></suborg-provider>
    </div>`);
    const de = q<TestConsumer>(root, '#de');
    const en = q<TestConsumer>(root, '#en');
    await de.updateComplete;
    await en.updateComplete;
    expect(swatch(de).textContent).to.equal('Erneut versuchen');
    expect(swatch(en).textContent).to.equal('Retry');
    expect(de.money()).to.equal('1.234,50\u00a0€');
    expect(en.money()).to.equal('€1,234.50');
  });

  it('bundles no German: without a pack, locale="de" formats in German but speaks English', async () => {
    const root = await fixture<SuborgProvider>(html`<suborg-provider locale="de"><test-consumer></test-consumer></suborg-provider>`);
    const el = q<TestConsumer>(root, 'test-consumer');
    await el.updateComplete;
    expect(el.retryLabel).to.equal('Retry');
    expect(el.money()).to.equal('1.234,50\u00a0€');
  });

  it('takes extra locale packs, and a partial pack falls back to English per key', async () => {
    const root = await fixture<SuborgProvider>(html`<suborg-provider locale="fr-CA" .localePacks=${{ fr: { common: { retry: 'Réessayer' } } }}>
      <test-consumer></test-consumer>
    </suborg-provider>`);
    const el = q<TestConsumer>(root, 'test-consumer');
    await el.updateComplete;
    expect(el.retryLabel).to.equal('Réessayer');
    expect(el.cancelLabel).to.equal('Cancel');
  });
});

describe('branding through the provider', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('sets tokens with setProperty, visible in computed styles', async () => {
    const root = await fixture<SuborgProvider>(html`<suborg-provider brand-primary="rgb(10 20 30)" brand-radius="12px" brand-font="'Inter', sans-serif" density="compact">
      <test-consumer></test-consumer>
    </suborg-provider>`);
    const el = q<TestConsumer>(root, 'test-consumer');
    await el.updateComplete;
    expect(root.style.getPropertyValue('--suborg-color-primary')).to.equal('rgb(10 20 30)');
    expect(root.getAttribute('style')).to.contain('--suborg-color-primary');
    const style = getComputedStyle(swatch(el));
    expect(style.color).to.equal('rgb(10, 20, 30)');
    expect(style.borderTopLeftRadius).to.equal('12px');
    expect(style.fontFamily).to.contain('Inter');
    expect(style.paddingTop).to.equal('5px'); // compact: 0.3125rem
  });

  it('drops bad values with one warning each and keeps the defaults', async () => {
    let root!: SuborgProvider;
    const seen = await warnings(async () => {
      root = await fixture<SuborgProvider>(html`<suborg-provider brand-primary="red; background: url(https://evil.test/x)" brand-logo="javascript:alert(1)"
        brand-radius="3px" terms-url="https://example.com/terms" privacy-url="data:text/html,hi">
        <test-consumer></test-consumer>
      </suborg-provider>`);
      // Re-rendering must not repeat the warnings.
      root.brandName = 'Acme';
      await root.updateComplete;
      root.brandName = 'Acme 2';
      await root.updateComplete;
    });
    const el = q<TestConsumer>(root, 'test-consumer');
    await el.updateComplete;
    expect(seen.filter((m) => m.includes('colors.primary'))).to.have.length(1);
    expect(seen.filter((m) => m.includes('logoUrl'))).to.have.length(1);
    expect(seen.filter((m) => m.includes('legal.privacyUrl'))).to.have.length(1);
    expect(seen).to.have.length(3);
    expect(el.seen.branding.colors.primary).to.equal(undefined);
    expect(el.seen.branding.logoUrl).to.equal(undefined);
    expect(el.seen.branding.radius).to.equal('3px');
    expect(el.seen.branding.legal.termsUrl).to.equal('https://example.com/terms');
    expect(el.seen.branding.productName).to.equal('Acme 2');
    expect(root.style.getPropertyValue('--suborg-color-primary')).to.equal('');
    expect(getComputedStyle(swatch(el)).color).to.equal('rgb(67, 56, 202)'); // the #4338ca default
  });

  it('applies the dark tokens for color-scheme="dark", and light again inside a light child provider', async () => {
    const root = await fixture<SuborgProvider>(html`<suborg-provider color-scheme="dark">
      <test-consumer id="dark"></test-consumer>
      <suborg-provider color-scheme="light"><test-consumer id="light"></test-consumer></suborg-provider>
    </suborg-provider>`);
    const dark = q<TestConsumer>(root, '#dark');
    const light = q<TestConsumer>(root, '#light');
    await light.updateComplete;
    expect(dark.seen.colorScheme).to.equal('dark');
    expect(getComputedStyle(swatch(dark)).backgroundColor).to.equal('rgb(15, 23, 42)'); // dark surface #0f172a
    expect(light.seen.colorScheme).to.equal('light');
    expect(getComputedStyle(swatch(light)).backgroundColor).to.equal('rgb(255, 255, 255)');
    await expect(root).to.be.accessible();
  });

  it('resolves color-scheme="auto" against the OS scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const root = await fixture<SuborgProvider>(html`<suborg-provider color-scheme="auto"><test-consumer></test-consumer></suborg-provider>`);
    const el = q<TestConsumer>(root, 'test-consumer');
    await el.updateComplete;
    expect(el.seen.colorScheme).to.equal('dark');
    expect(getComputedStyle(swatch(el)).backgroundColor).to.equal('rgb(15, 23, 42)');
  });

  it('follows OS scheme changes while connected', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const root = await fixture<SuborgProvider>(html`<suborg-provider color-scheme="auto"><test-consumer></test-consumer></suborg-provider>`);
    const el = q<TestConsumer>(root, 'test-consumer');
    await el.updateComplete;
    expect(el.seen.colorScheme).to.equal('light');
    expect(getComputedStyle(swatch(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
    // The browser sends `change` during a rendering update, which a hidden test page (the
    // runner's second concurrent tab) never gets; so we also send it ourselves. The OS state
    // itself is real (emulated), and the provider must re-read it.
    const osChanged = () => darkSchemeQuery()!.dispatchEvent(new Event('change'));
    await emulateMedia({ colorScheme: 'dark' });
    osChanged();
    await until(() => el.seen.colorScheme === 'dark', 'dark scheme');
    await el.updateComplete;
    expect(getComputedStyle(swatch(el)).backgroundColor).to.equal('rgb(15, 23, 42)');
    await emulateMedia({ colorScheme: 'light' });
    osChanged();
    await until(() => el.seen.colorScheme === 'light', 'light scheme again');
    // Once removed, it stops listening.
    root.remove();
    await emulateMedia({ colorScheme: 'dark' });
    osChanged();
    await tick();
    expect(root.contextValue.colorScheme).to.equal('light');
  });
});

describe('provideSuborg()', () => {
  it('makes any element a provider, nests under <suborg-provider>, and steps down on dispose', async () => {
    const outer = await fixture<SuborgProvider>(html`<suborg-provider org-id="outer" locale="de"><div id="mount"></div></suborg-provider>`);
    const mount = q<HTMLDivElement>(outer, '#mount');
    const adapter = new FakeAdapter().asAdapter();
    const provision = provideSuborg(mount, { adapter, orgId: 'framework', branding: { colors: { primary: '#123456' } } });
    const el = document.createElement('test-consumer') as TestConsumer;
    mount.append(el);
    await el.updateComplete;
    expect(el.seen.orgId).to.equal('framework');
    expect(el.seen.adapter).to.equal(adapter);
    expect(el.seen.locale).to.equal('de');
    expect(getComputedStyle(swatch(el)).color).to.equal('rgb(18, 52, 86)');

    provision.update({ orgId: 'framework-2' });
    await el.updateComplete;
    expect(el.seen.orgId).to.equal('framework-2');

    provision.dispose();
    await el.updateComplete;
    expect(el.seen.orgId).to.equal('outer');
    expect(el.seen.adapter).to.equal(undefined);
    expect(mount.style.getPropertyValue('--suborg-color-primary')).to.equal('');
  });
});
