import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { ApiError } from '../../src/api/errors.js';
import type { OrgDetail } from '../../src/api/types.js';
import { mergeLocalePacks } from '../../src/i18n/merge.js';
import { defineSlice } from '../../src/i18n/types.js';
import { SuborgElement } from '../../src/internal/base-element.js';
import type { SuborgErrorEvent } from '../../src/internal/events.js';
import { FakeAdapter, org, until } from '../context/fake-adapter.js';

const testStrings = defineSlice('test-base-el', {
  greeting: 'Hello {name}',
  members: { one: '{count} member', other: '{count} members' },
});

class TestBaseEl extends SuborgElement {
  static override localePacks = mergeLocalePacks(SuborgElement.localePacks, { de: { 'test-base-el': { greeting: 'Hallo {name}' } } });
  readonly org = this.dataTask({
    args: () => [this.env.adapter, this.env.orgId] as const,
    task: async ([adapter, orgId], { signal }) => {
      if (!adapter || !orgId) throw new Error('unconfigured');
      return adapter.getOrg({ orgId, signal });
    },
  });
  extraIds: string[] = [];
  protected override get watchedIds(): readonly string[] {
    return [...super.watchedIds, ...this.extraIds];
  }
  greet(name: string): string {
    return this.t(testStrings, 'greeting', { name });
  }
  members(count: number): string {
    return this.t(testStrings, 'members', { count });
  }
  credits(amount: number): string {
    return this.formatCredits(amount);
  }
  date(value: string): string {
    return this.formatDate(value, { dateStyle: 'long' });
  }
  override render() {
    return this.renderAsync(this.org, { ready: (o: OrgDetail) => litHtml`<p class="name">${o.name}</p>` });
  }
}
customElements.define('test-base-el', TestBaseEl);

async function mount(adapter: FakeAdapter, orgId = 'org_1') {
  const el = await fixture<TestBaseEl>(html`<test-base-el org-id=${orgId} .adapter=${adapter.asAdapter()}></test-base-el>`);
  await until(() => adapter.calls.length > 0, 'first read');
  return el;
}

const nameOf = (el: TestBaseEl) => el.shadowRoot!.querySelector('.name')?.textContent;

describe('SuborgElement', () => {
  it('reads through the adapter with a signal and renders the value', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    expect(adapter.last.input.orgId).to.equal('org_1');
    expect(adapter.last.input.signal).to.be.instanceOf(AbortSignal);
    adapter.last.resolve(org('org_1', 'Acme'));
    await until(() => nameOf(el) === 'Acme', 'name');
    await expect(el).to.be.accessible();
  });

  it('refetches when the adapter announces a change to a watched id, and only then', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    el.extraIds = ['sub_9'];
    adapter.last.resolve(org('org_1', 'Acme'));
    await until(() => nameOf(el) === 'Acme');

    adapter.announce({ entity: 'sub-org', op: 'update', ids: ['sub_other'] });
    await new Promise((r) => setTimeout(r, 30));
    expect(adapter.calls).to.have.length(1);

    adapter.announce({ entity: 'sub-org', op: 'update', ids: ['sub_9'] });
    await until(() => adapter.calls.length === 2, 'refetch');
    // The old value stays on screen, marked stale, while the refetch runs.
    await el.updateComplete;
    expect(nameOf(el)).to.equal('Acme');
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.exist;
    adapter.last.resolve(org('org_1', 'Acme 2'));
    await until(() => nameOf(el) === 'Acme 2');
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.not.exist;
  });

  it('follows an adapter swap: listens to the new one, not the old', async () => {
    const first = new FakeAdapter();
    const el = await mount(first);
    first.last.resolve(org('org_1', 'A'));
    const second = new FakeAdapter();
    el.adapter = second.asAdapter();
    await until(() => second.calls.length === 1, 'read on the new adapter');
    second.last.resolve(org('org_1', 'B'));
    await until(() => nameOf(el) === 'B');

    first.announce({ entity: 'org', op: 'update', ids: ['org_1'] });
    await new Promise((r) => setTimeout(r, 30));
    expect(first.calls).to.have.length(1);
    expect(second.calls).to.have.length(1);
    second.announce({ entity: 'org', op: 'update', ids: ['org_1'] });
    await until(() => second.calls.length === 2, 'refetch on the new adapter');
  });

  it('stops listening once disconnected', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    adapter.last.resolve(org('org_1', 'A'));
    await until(() => nameOf(el) === 'A');
    el.remove();
    adapter.announce({ entity: 'org', op: 'update', ids: ['org_1'] });
    await new Promise((r) => setTimeout(r, 30));
    expect(adapter.calls).to.have.length(1);
  });

  it('fires suborg-error with the ApiError, bubbling and composed', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const seen: SuborgErrorEvent[] = [];
    document.addEventListener('suborg-error', (e) => seen.push(e), { once: true });
    const error = new ApiError({ kind: 'http', status: 500 });
    adapter.last.reject(error);
    await until(() => seen.length === 1, 'suborg-error');
    expect(seen[0]!.detail.error).to.equal(error);
    expect(seen[0]!.bubbles && seen[0]!.composed).to.be.true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
  });

  it('aborts the read on disconnect without an error event, and reads again when reattached', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    const signal = adapter.last.input.signal!;
    let errors = 0;
    const count = () => errors++;
    document.addEventListener('suborg-error', count);
    try {
      const parent = el.parentElement!;
      el.remove();
      expect(signal.aborted).to.be.true;
      await new Promise((r) => setTimeout(r, 30));
      expect(errors).to.equal(0);
      parent.append(el);
      await until(() => adapter.calls.length === 2, 'reread on reattach');
      adapter.last.resolve(org('org_1', 'Back'));
      await until(() => nameOf(el) === 'Back');
    } finally {
      document.removeEventListener('suborg-error', count);
    }
  });

  it('drops a stale answer that arrives after a newer request', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter, 'org_1');
    const first = adapter.last;
    el.orgId = 'org_2';
    await until(() => adapter.calls.length === 2, 'second read');
    adapter.last.resolve(org('org_2', 'Second'));
    await until(() => nameOf(el) === 'Second');
    first.resolve(org('org_1', 'First'));
    await new Promise((r) => setTimeout(r, 30));
    expect(nameOf(el)).to.equal('Second');
  });

  it('translates with element overrides, plurals and locale formatting', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    expect(el.greet('Ada')).to.equal('Hello Ada');
    expect(el.members(1)).to.equal('1 member');
    expect(el.members(1200)).to.equal('1,200 members');
    expect(el.credits(123450)).to.equal('1,234.50');
    el.strings = { 'test-base-el': { greeting: 'Hi {name}!' } };
    expect(el.greet('Ada')).to.equal('Hi Ada!');
    el.locale = 'de';
    el.timeZone = 'Asia/Tokyo';
    expect(el.members(1200)).to.equal('1.200 members');
    expect(el.credits(123450)).to.equal('1.234,50');
    // 23:30 UTC on Jan 31 is already Feb 1 in Tokyo.
    expect(el.date('2026-01-31T23:30:00Z')).to.equal('1. Februar 2026');
  });

  it('uses the translations its class bundles, below element overrides', async () => {
    const adapter = new FakeAdapter();
    const el = await mount(adapter);
    el.locale = 'de-CH';
    expect(el.greet('Ada')).to.equal('Hallo Ada');
    // A slice the class does not translate falls back to English, key by key.
    expect(el.members(2)).to.equal('2 members');
    el.strings = { 'test-base-el': { greeting: 'Grüezi {name}' } };
    expect(el.greet('Ada')).to.equal('Grüezi Ada');
  });
});
