import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/context/suborg-provider.define.js';
import type { OrgDetail } from '../../src/api/types.js';
import type { SuborgProvider } from '../../src/context/suborg-provider.js';
import { SuborgElement } from '../../src/internal/base-element.js';
import { initialState } from '../../src/internal/controllers/data-task.js';
import type { SuborgErrorEvent } from '../../src/internal/events.js';
import { until } from './fake-adapter.js';

/** Reads the org it is configured for and shows its name and the caller's role. */
class TestOrgView extends SuborgElement {
  readonly org = this.dataTask({
    args: () => [this.env.adapter, this.env.orgId] as const,
    task: async ([adapter, orgId], { signal }) => (adapter && orgId ? adapter.getOrg({ orgId, signal }) : initialState),
  });
  override render() {
    return this.renderAsync(this.org, { ready: (o: OrgDetail) => litHtml`<p class="org">${o.name} as ${o.role}</p>` });
  }
}
customElements.define('test-org-view', TestOrgView);

const tenant = () => `/api/t/attr-${Math.random().toString(36).slice(2, 10)}`;
const shown = (root: Element) => root.querySelector('test-org-view')!.shadowRoot!.querySelector('.org')?.textContent ?? null;
const errorText = (root: Element) => root.querySelector('test-org-view')!.shadowRoot!.querySelector('[part="error-message"]')?.textContent ?? null;
type TokenFn = (opts: { refresh: boolean }) => string;
const globals = globalThis as unknown as Record<string, TokenFn | undefined>;

describe('<suborg-provider> configured by attributes only', () => {
  afterEach(() => {
    delete globals.suborgTestToken;
    document.cookie = 'suborg_demo_session=; path=/; max-age=0';
  });

  it('creates a REST adapter and asks the named global function for a token on each request', async () => {
    const root = await fixture<SuborgProvider>(html`<suborg-provider api-base-url=${tenant()} org-id="org_agency" token-function="suborgTestToken">
      <test-org-view></test-org-view>
    </suborg-provider>`);
    // Defined after the tag: the name is looked up per request, not when the provider starts.
    const asked: boolean[] = [];
    globals.suborgTestToken = ({ refresh }) => {
      asked.push(refresh);
      return 'demo role=MANAGER';
    };
    root.querySelector<TestOrgView>('test-org-view')!.refresh();
    await until(() => shown(root) !== null, 'the org over HTTP');
    expect(shown(root)).to.match(/ as MANAGER$/);
    expect(asked.length).to.be.greaterThan(0);
    await expect(root).to.be.accessible();
  });

  it('uses the session cookie with auth="cookie"', async () => {
    document.cookie = 'suborg_demo_session=1; path=/';
    const root = await fixture<SuborgProvider>(html`<suborg-provider api-base-url=${tenant()} org-id="org_agency" auth="cookie">
      <test-org-view></test-org-view>
    </suborg-provider>`);
    await until(() => shown(root) !== null, 'the org over HTTP');
    expect(shown(root)).to.match(/ as ADMIN$/);
  });

  it('without credentials shows the auth error and fires suborg-error', async () => {
    const errors: SuborgErrorEvent[] = [];
    const listener = (e: SuborgErrorEvent) => errors.push(e);
    document.addEventListener('suborg-error', listener);
    try {
      const root = await fixture<SuborgProvider>(html`<suborg-provider api-base-url=${tenant()} org-id="org_agency">
        <test-org-view></test-org-view>
      </suborg-provider>`);
      await until(() => errorText(root) !== null, 'the error');
      expect(errorText(root)).to.equal('Your session has ended. Sign in again.');
      expect(errors.map((e) => e.detail.error.kind)).to.deep.equal(['auth']);
    } finally {
      document.removeEventListener('suborg-error', listener);
    }
  });

  it('refuses an unsafe api-base-url with a warning and creates no adapter', async () => {
    const seen: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => seen.push(m);
    try {
      const root = await fixture<SuborgProvider>(html`<suborg-provider api-base-url="javascript:alert(1)" org-id="org_agency"></suborg-provider>`);
      expect(root.contextValue.adapter).to.equal(undefined);
      expect(seen.some((m) => m.includes('api-base-url'))).to.be.true;
    } finally {
      console.warn = original;
    }
  });

  it('keeps the same adapter across unrelated attribute changes, and makes a new one for a new base URL', async () => {
    const root = await fixture<SuborgProvider>(html`<suborg-provider api-base-url="/api/t/keep" org-id="org_agency"></suborg-provider>`);
    const first = root.contextValue.adapter;
    expect(first).to.exist;
    root.setAttribute('brand-name', 'Acme');
    await root.updateComplete;
    expect(root.contextValue.adapter).to.equal(first);
    root.setAttribute('api-base-url', '/api/t/other');
    await root.updateComplete;
    expect(root.contextValue.adapter).to.not.equal(first);
  });
});
