// One entry per portal section. A section shows the real element once it is registered,
// else a "coming soon" card, so the portal follows the kit as it grows.
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TemplateResult } from 'lit';
import { absolute, CLIENT_BRAND } from './brands.js';
import { comingSoon } from './coming-soon.js';
import type { SketchKind } from './coming-soon.js';
import type { DemoLocale } from './strings.js';
import { STRINGS } from './strings.js';

export const PAGE_IDS = ['sub-orgs', 'billing', 'usage', 'members', 'switcher', 'checkout', 'client', 'plain'] as const;
export type PageId = (typeof PAGE_IDS)[number];

/** Clients worth opening on the Billing page: each shows another state of the panel. */
export const BILLING_CLIENTS = [
  ['org_riverside_yoga', 'Riverside Yoga Studio'],
  ['org_summit_plumbing', 'Summit Plumbing & Heating'],
  ['org_blue_harbor', 'Blue Harbor Realty'],
  ['org_sakura_sushi', 'Sakura Sushi 東京'],
  ['org_gulf_pearl', 'Gulf Pearl Trading'],
  ['org_zero_fitness', 'Zero Gravity Fitness'],
] as const;

export type ClientRef = readonly [id: string, name: string];

export interface PageContext {
  locale: DemoLocale;
  billingOrg: string;
  /** A client opened with "Manage" in the list, when it is not one of BILLING_CLIENTS. */
  openedClient?: ClientRef;
  onBillingOrg(id: string): void;
}

export function isPageId(value: string): value is PageId {
  return (PAGE_IDS as readonly string[]).includes(value);
}

/** Where a nav entry goes: a hash route, or (plain HTML) its own document. */
export function pageHref(id: PageId): string {
  return id === 'plain' ? '/plain.html' : `#/${id}`;
}

const defined = (tag: string) => customElements.get(tag) !== undefined;

function soon(id: Exclude<PageId, 'client' | 'plain'>, tag: string, kind: SketchKind, locale: DemoLocale) {
  const t = STRINGS[locale];
  return comingSoon({ tag, kind, title: t.pages[id][0], points: t.soon[id], labels: { soon: t.comingSoon, willDo: t.willDo, tag: t.tag } });
}

function subOrgs(locale: DemoLocale) {
  return defined('suborg-list') ? html`<suborg-list class="element"></suborg-list>` : soon('sub-orgs', 'suborg-list', 'rows', locale);
}

function billing(ctx: PageContext) {
  if (!defined('suborg-billing')) return soon('billing', 'suborg-billing', 'panel', ctx.locale);
  const t = STRINGS[ctx.locale];
  const opened = ctx.openedClient;
  const clients: readonly ClientRef[] = opened && !BILLING_CLIENTS.some(([id]) => id === opened[0]) ? [opened, ...BILLING_CLIENTS] : BILLING_CLIENTS;
  return html`<label class="control picker">
      <span>${t.client}</span>
      <select id="billing-client" .value=${live(ctx.billingOrg)} @change=${(e: Event) => ctx.onBillingOrg((e.target as HTMLSelectElement).value)}>
        ${clients.map(([id, name]) => html`<option value=${id} ?selected=${id === ctx.billingOrg}>${name}</option>`)}
      </select>
    </label>
    <suborg-billing class="element" sub-org-id=${ctx.billingOrg}></suborg-billing>`;
}

function client(locale: DemoLocale) {
  const t = STRINGS[locale];
  return html`<p class="lede">${t.clientIntro}</p>
    <suborg-provider
      class="client-portal"
      brand-name=${CLIENT_BRAND.name}
      brand-logo=${absolute(CLIENT_BRAND.logo)}
      brand-primary=${CLIENT_BRAND.primary}
      brand-font=${CLIENT_BRAND.font}
      brand-radius=${CLIENT_BRAND.radius}
    >
      <div class="client-frame">
        <header class="client-head">
          <img src=${CLIENT_BRAND.logo} alt="" width="40" height="40" />
          <strong>${CLIENT_BRAND.name}</strong>
        </header>
        <div class="client-body">
          ${defined('suborg-billing') ? html`<suborg-billing class="element" view="client" sub-org-id=${CLIENT_BRAND.orgId}></suborg-billing>` : soon('billing', 'suborg-billing', 'panel', locale)}
          ${defined('reseller-checkout') ? html`<reseller-checkout class="element" sub-org-id=${CLIENT_BRAND.orgId}></reseller-checkout>` : soon('checkout', 'reseller-checkout', 'tiers', locale)}
        </div>
      </div>
    </suborg-provider>`;
}

function plain(locale: DemoLocale) {
  const t = STRINGS[locale];
  return html`<section class="card plain-teaser">
    <p>${t.plainIntro}</p>
    <pre><code>&lt;script type="module" src="https://cdn.example/suborg-elements.drop-in.js"&gt;&lt;/script&gt;
&lt;suborg-provider api-base-url="/api" org-id="org_agency" auth="cookie"
                 brand-name="Northwind Digital" brand-primary="#4338ca"&gt;
  &lt;suborg-list&gt;&lt;/suborg-list&gt;
&lt;/suborg-provider&gt;</code></pre>
    <a class="button" href="/plain.html">${t.openPlain}</a>
  </section>`;
}

export function renderPage(id: PageId, ctx: PageContext): TemplateResult {
  const { locale } = ctx;
  switch (id) {
    case 'sub-orgs':
      return subOrgs(locale);
    case 'billing':
      return billing(ctx);
    case 'usage':
      return defined('suborg-usage') ? html`<suborg-usage class="element"></suborg-usage>` : soon('usage', 'suborg-usage', 'chart', locale);
    case 'members':
      return defined('suborg-members') ? html`<suborg-members class="element" sub-org-id=${CLIENT_BRAND.orgId}></suborg-members>` : soon('members', 'suborg-members', 'rows', locale);
    case 'switcher':
      return defined('org-switcher') ? html`<org-switcher class="element"></org-switcher>` : soon('switcher', 'org-switcher', 'menu', locale);
    case 'checkout':
      return defined('reseller-checkout') ? html`<reseller-checkout class="element"></reseller-checkout>` : soon('checkout', 'reseller-checkout', 'tiers', locale);
    case 'client':
      return client(locale);
    case 'plain':
      return plain(locale);
  }
}
