// Mounting <suborg-billing> against the fake adapter, and shadow-DOM queries for tests.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../../src/components/suborg-billing/suborg-billing.define.js';
import type { SuborgBilling } from '../../../../src/components/suborg-billing/suborg-billing.js';
import type { NoticeStore } from '../../../../src/domain/billing-notices.js';
import { FakeAdapter } from './fake-adapter.js';
import { makeOrg, makeParent, makePayment, page } from './fixtures.js';
import type { OrgDetail } from '../../../../src/api/types.js';

export class MemoryStore implements NoticeStore {
  readonly map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

/** A fake adapter that answers reads at once with `org` (and a parent, and 3 payments). */
export function answeringAdapter(org: OrgDetail = makeOrg(), parent: OrgDetail = makeParent()): FakeAdapter {
  const a = new FakeAdapter();
  a.responders.getSubOrg = () => structuredClone(org);
  a.responders.getOrg = (input) => structuredClone(input.orgId === org.id ? org : parent);
  a.responders.listPayments = () => page([makePayment(0), makePayment(1), makePayment(2)]);
  return a;
}

export async function mount(
  adapter: FakeAdapter,
  opts: { view?: 'agency' | 'client'; subOrgId?: string | null; orgId?: string | null; locale?: string; store?: NoticeStore | null; allowHosts?: string; dir?: string } = {},
): Promise<SuborgBilling> {
  const subOrgId = opts.subOrgId === undefined ? 'sub_1' : opts.subOrgId;
  const el = await fixture<SuborgBilling>(html`<suborg-billing
    .adapter=${adapter}
    org-id=${ifDefined(opts.orgId === null ? undefined : (opts.orgId ?? 'org_agency'))}
    sub-org-id=${subOrgId ?? ''}
    view=${opts.view ?? 'agency'}
    locale=${opts.locale ?? 'en-US'}
    time-zone="UTC"
    allow-hosts=${ifDefined(opts.allowHosts)}
    dir=${opts.dir ?? 'ltr'}
    .noticeStore=${opts.store === undefined ? new MemoryStore() : opts.store}
  ></suborg-billing>`);
  return el;
}

export function $<T extends Element = HTMLElement>(el: HTMLElement, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(el: HTMLElement, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export function part(el: HTMLElement, name: string): HTMLElement | null {
  return $(el, `[part~="${name}"]`);
}

export async function ready(el: SuborgBilling): Promise<void> {
  await waitUntil(() => part(el, 'summary'), 'the summary renders', { timeout: 4000 });
  await el.updateComplete;
}

/** Waits until the caller's role is known and allows edits (agency view): the Save card is there. */
export async function editable(el: SuborgBilling): Promise<void> {
  await waitUntil(() => part(el, 'form-actions'), "the caller's role allows edits", { timeout: 4000 });
  await el.updateComplete;
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export { makeOrg, makeParent, makePayment, page };
