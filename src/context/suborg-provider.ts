import { LitElement, css, html } from 'lit';
import type { SubOrgAdapter } from '../api/adapter.js';
import type { LocalePacks, StringOverrides } from '../i18n/types.js';
import type { Branding, ColorScheme, Density } from '../theme/branding-types.js';
import { adapterFromAttributes } from './attribute-adapter.js';
import { ContextBinding, type BindingSettings } from './binding.js';
import type { SuborgContextValue } from './keys.js';
import { hostListConverter } from '../internal/host-list.js';

/** Branding fields and the provider properties (attributes) that set them. */
const BRANDING_ATTRIBUTES = [
  ['productName', 'brandName'],
  ['logoUrl', 'brandLogo'],
  ['fontFamily', 'brandFont'],
  ['radius', 'brandRadius'],
  ['density', 'density'],
  ['colorScheme', 'colorScheme'],
  ['supportEmail', 'supportEmail'],
] as const;

/**
 * Supplies adapter, org id, branding, strings, locale and time zone to every suborg element
 * inside it (through @lit/context). Providers nest: an inner one overrides only what it sets.
 * Works from plain HTML: with `api-base-url` it creates the REST adapter itself.
 *
 * @summary The configuration and branding root for suborg elements.
 *
 * @slot - The elements to configure (any depth, across shadow roots).
 *
 * @cssprop --suborg-color-primary - Set from `brand-primary` / `branding.colors.primary`; see src/theme/README.md for every token.
 * @cssprop --suborg-font-family - Set from `brand-font`.
 * @cssprop --suborg-radius - Set from `brand-radius`.
 * @cssprop --suborg-space - Set from `density`.
 */
export class SuborgProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    adapter: { attribute: false },
    orgId: { attribute: 'org-id' },
    branding: { attribute: false },
    strings: { attribute: false },
    localePacks: { attribute: false },
    locale: {},
    timeZone: { attribute: 'time-zone' },
    allowHosts: { attribute: 'allow-hosts', converter: hostListConverter },
    apiBaseUrl: { attribute: 'api-base-url' },
    auth: {},
    tokenFunction: { attribute: 'token-function' },
    colorScheme: { attribute: 'color-scheme' },
    brandName: { attribute: 'brand-name' },
    brandLogo: { attribute: 'brand-logo' },
    brandPrimary: { attribute: 'brand-primary' },
    brandFont: { attribute: 'brand-font' },
    brandRadius: { attribute: 'brand-radius' },
    density: {},
    termsUrl: { attribute: 'terms-url' },
    privacyUrl: { attribute: 'privacy-url' },
    supportEmail: { attribute: 'support-email' },
  };

  /** The adapter (wins over `api-base-url`). */
  adapter?: SubOrgAdapter;
  /** The parent org the elements act for. */
  orgId?: string;
  /** Full branding as an object; the `brand-*` attributes override its fields. */
  branding?: Branding;
  /** Partial string overrides `{ [slice]: { [key]: message } }`. */
  strings?: StringOverrides;
  /** Translations by locale, e.g. `{ de }` from `suborg-elements/i18n/de` (English is built in; other locales are opt-in). */
  localePacks?: LocalePacks;
  /** BCP 47 locale for strings, numbers and dates. */
  locale?: string;
  /** IANA time zone for dates. */
  timeZone?: string;
  /** Hosts redirects (checkout, portal, assist) may go to; space-separated in HTML. */
  allowHosts?: string[];

  /** Base URL of the REST API; creates a REST adapter when no `adapter` is set. */
  apiBaseUrl?: string;
  /** `cookie`: send the session cookie with every request (cross-origin too). */
  auth?: string;
  /** Name of a global function that returns a bearer token; looked up per request. */
  tokenFunction?: string;

  colorScheme?: ColorScheme;
  brandName?: string;
  brandLogo?: string;
  brandPrimary?: string;
  brandFont?: string;
  brandRadius?: string;
  density?: Density;
  termsUrl?: string;
  privacyUrl?: string;
  supportEmail?: string;

  readonly #binding = new ContextBinding(this);
  #attributeAdapter: { key: string; adapter: SubOrgAdapter | undefined } | undefined;

  /** What the elements inside see now (after merging with any outer provider). */
  get contextValue(): SuborgContextValue {
    return this.#binding.value;
  }

  override connectedCallback(): void {
    this.#binding.update(this.#settings());
    super.connectedCallback();
    this.#binding.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#binding.disconnect();
  }

  protected override willUpdate(): void {
    this.#binding.update(this.#settings());
  }

  /** The REST adapter for the current attributes, recreated only when they change. */
  #restAdapter(): SubOrgAdapter | undefined {
    const { apiBaseUrl, auth, tokenFunction } = this;
    const key = JSON.stringify([apiBaseUrl, auth, tokenFunction]);
    if (this.#attributeAdapter?.key !== key) this.#attributeAdapter = { key, adapter: adapterFromAttributes({ apiBaseUrl, auth, tokenFunction }) };
    return this.#attributeAdapter.adapter;
  }

  /** The branding object with the `brand-*` (and legal) attributes over it. */
  #brandingInput(): Branding {
    const input: Branding = { ...(typeof this.branding === 'object' && this.branding) };
    for (const [key, prop] of BRANDING_ATTRIBUTES) if (this[prop] != null) (input as Record<string, unknown>)[key] = this[prop];
    const { brandPrimary: primary, termsUrl, privacyUrl } = this;
    if (primary != null) input.colors = { ...input.colors, primary };
    if (termsUrl != null) input.legal = { ...input.legal, termsUrl };
    if (privacyUrl != null) input.legal = { ...input.legal, privacyUrl };
    return input;
  }

  /** Unset (or empty) values are inherited from the outer provider. */
  #settings(): BindingSettings {
    const { orgId, strings, localePacks, locale, timeZone, allowHosts } = this;
    return { branding: this.#brandingInput(), adapter: this.adapter ?? this.#restAdapter(), orgId, strings, localePacks, locale, timeZone, allowHosts };
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suborg-provider': SuborgProvider;
  }
}
