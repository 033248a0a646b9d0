import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html as litHtml } from 'lit';
import { ApiError, type ApiErrorKind } from '../../src/api/errors.js';
import type { OrgDetail } from '../../src/api/types.js';
import { commonStrings } from '../../src/i18n/en/common.js';
import { de } from '../../src/i18n/de/index.js';
import { registerLocalePacks, SuborgElement } from '../../src/internal/base-element.js';
import { initialState } from '../../src/internal/controllers/data-task.js';
import { errorMessage } from '../../src/internal/async-state.js';
import { FakeAdapter, org, until } from '../context/fake-adapter.js';

/** A list-like view: empty when the org has no name. */
class TestAsyncEl extends SuborgElement {
  readonly org = this.dataTask({
    args: () => [this.env.adapter, this.env.orgId] as const,
    task: async ([adapter, orgId], { signal }) => (adapter && orgId ? adapter.getOrg({ orgId, signal }) : initialState),
  });
  override render() {
    return this.renderAsync(this.org, {
      ready: (o: OrgDetail) => litHtml`<p class="name">${o.name}</p>`,
      isEmpty: (o) => o.name === '',
      emptyMessage: 'No clients yet.',
    });
  }
}
customElements.define('test-async-el', TestAsyncEl);

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

async function mount(adapter?: FakeAdapter) {
  const el = await fixture<TestAsyncEl>(
    adapter ? html`<test-async-el org-id="org_1" .adapter=${adapter.asAdapter()}></test-async-el>` : html`<test-async-el></test-async-el>`,
  );
  if (adapter) await until(() => adapter.calls.length > 0, 'first read');
  await el.updateComplete;
  return el;
}

async function settle(el: TestAsyncEl) {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

describe('async state rendering', () => {
  it('idle: says what is missing when not configured', async () => {
    const el = await mount();
    expect(part(el, 'idle')!.textContent).to.contain('Not configured');
    await expect(el).to.be.accessible();
  });

  it('loading: a skeleton with role=status and aria-busy', async () => {
    const el = await mount(new FakeAdapter());
    const loading = part(el, 'loading')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(loading.textContent).to.contain('Loading…');
    await expect(el).to.be.accessible();
  });

  it('ready: the data', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    adapter.last.resolve(org('org_1', 'Acme'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('.name')!.textContent).to.equal('Acme');
    expect(part(el, 'loading')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('empty: the message and a slot for a call to action', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const cta = document.createElement('button');
    cta.slot = 'empty-action';
    cta.textContent = 'Create one';
    el.append(cta);
    adapter.last.resolve(org('org_1', ''));
    await settle(el);
    expect(part(el, 'empty-message')!.textContent).to.equal('No clients yet.');
    const slot = part(el, 'empty')!.querySelector('slot[name="empty-action"]') as HTMLSlotElement;
    expect(slot.assignedElements()).to.deep.equal([cta]);
    await expect(el).to.be.accessible();
  });

  it('error: an alert with the message for the kind, and Retry by real key press reruns', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    el.addEventListener('suborg-error', (e) => e.stopPropagation());
    adapter.last.reject(new ApiError({ kind: 'network' }));
    await settle(el);
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(part(el, 'error-message')!.textContent).to.equal('No connection to the server. Check your network.');
    await expect(el).to.be.accessible();

    (part(el, 'retry-button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => adapter.calls.length === 2, 'retry');
    adapter.last.resolve(org('org_1', 'Back'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('.name')!.textContent).to.equal('Back');
  });

  it('error: 403 says "You don\'t have access" and offers no Retry', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    el.addEventListener('suborg-error', (e) => e.stopPropagation());
    adapter.last.reject(new ApiError({ kind: 'forbidden', status: 403 }));
    await settle(el);
    expect(part(el, 'error-message')!.textContent).to.equal("You don't have access.");
    expect(part(el, 'retry-button')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('has a message for every error kind, and the wait time for a 429', () => {
    const msg = (key: keyof typeof commonStrings.en, params?: Record<string, string | number>) =>
      `${commonStrings.en[key] as string}${params ? JSON.stringify(params) : ''}`;
    const kinds: ApiErrorKind[] = ['validation', 'auth', 'forbidden', 'not-found', 'conflict', 'rate-limited', 'http', 'network', 'timeout', 'invalid-response'];
    const texts = kinds.map((kind) => errorMessage(new ApiError({ kind }), msg));
    expect(new Set(texts).size).to.equal(kinds.length);
    for (const text of texts) expect(text).to.be.a('string').and.not.equal('undefined');
    expect(errorMessage(new ApiError({ kind: 'rate-limited', retryAfterMs: 4200 }), msg)).to.equal('Too many requests. Try again in {seconds} s.{"seconds":5}');
  });

  it('stale while refetching: the data stays, marked, with a status banner', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    adapter.last.resolve(org('org_1', 'Acme'));
    await settle(el);
    el.refresh();
    await settle(el);
    const stale = part(el, 'stale')!;
    expect(stale.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'stale-banner')!.getAttribute('role')).to.equal('status');
    expect(el.shadowRoot!.querySelector('.name')!.textContent).to.equal('Acme');
    await expect(el).to.be.accessible();
  });

  it('stale after a failed refetch: the data stays, with an alert and Retry', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    el.addEventListener('suborg-error', (e) => e.stopPropagation());
    adapter.last.resolve(org('org_1', 'Acme'));
    await settle(el);
    el.refresh();
    await until(() => adapter.calls.length === 2);
    adapter.last.reject(new ApiError({ kind: 'timeout' }));
    await settle(el);
    const banner = part(el, 'stale-banner')!;
    expect(banner.getAttribute('role')).to.equal('alert');
    expect(banner.textContent).to.contain('Could not refresh');
    expect(banner.textContent).to.contain('took too long');
    expect(el.shadowRoot!.querySelector('.name')!.textContent).to.equal('Acme');
    await expect(el).to.be.accessible();
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await until(() => adapter.calls.length === 3, 'retry from the stale banner');
  });

  it('does not show another org\'s data as stale when the org changes', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    adapter.last.resolve(org('org_1', 'Acme'));
    await settle(el);
    el.orgId = 'org_2';
    await until(() => adapter.calls.length === 2);
    await settle(el);
    expect(el.shadowRoot!.querySelector('.name')).to.not.exist;
    expect(part(el, 'loading')).to.exist;
  });

  it('speaks German without a provider once German is registered (opt-in, not bundled)', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    el.addEventListener('suborg-error', (e) => e.stopPropagation());
    el.locale = 'de';
    adapter.last.reject(new ApiError({ kind: 'forbidden' }));
    await settle(el);
    expect(part(el, 'error-message')!.textContent).to.equal("You don't have access.");
    // What `suborg-elements/locale-de` does; it stays registered for the rest of this page.
    registerLocalePacks({ de });
    el.requestUpdate();
    await settle(el);
    expect(part(el, 'error-message')!.textContent).to.equal('Sie haben keinen Zugriff.');
  });
});
