import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { SubOrgAdapter } from '../api/adapter.js';
import type { LocalePacks, StringOverrides } from '../i18n/types.js';
import type { Branding, ColorScheme, Density } from '../theme/branding-types.js';
import { adapterFromAttributes } from './attribute-adapter.js';
import { ContextBinding, type BindingSettings } from './binding.js';
import type { SuborgContextValue } from './keys.js';
import { hostListConverter } from '../internal/host-list.js';

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

  /** The adapter (wins over `api-base-url`). */
  @property({ attribute: false }) adapter?: SubOrgAdapter;
  /** The parent org the elements act for. */
  @property({ attribute: 'org-id' }) orgId?: string;
  /** Full branding as an object; the `brand-*` attributes override its fields. */
  @property({ attribute: false }) branding?: Branding;
  /** Partial string overrides `{ [slice]: { [key]: message } }`. */
  @property({ attribute: false }) strings?: StringOverrides;
  /** Translations by locale, e.g. `{ de }` from `suborg-elements/i18n/de` (English is built in; other locales are opt-in). */
  @property({ attribute: false }) localePacks?: LocalePacks;
  /** BCP 47 locale for strings, numbers and dates. */
  @property() locale?: string;
  /** IANA time zone for dates. */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** Hosts redirects (checkout, portal, assist) may go to; space-separated in HTML. */
  @property({ attribute: 'allow-hosts', converter: hostListConverter }) allowHosts?: string[];

  /** Base URL of the REST API; creates a REST adapter when no `adapter` is set. */
  @property({ attribute: 'api-base-url' }) apiBaseUrl?: string;
  /** `cookie`: send the session cookie with every request (cross-origin too). */
  @property() auth?: string;
  /** Name of a global function that returns a bearer token; looked up per request. */
  @property({ attribute: 'token-function' }) tokenFunction?: string;

  @property({ attribute: 'color-scheme' }) colorScheme?: ColorScheme;
  @property({ attribute: 'brand-name' }) brandName?: string;
  @property({ attribute: 'brand-logo' }) brandLogo?: string;
  @property({ attribute: 'brand-primary' }) brandPrimary?: string;
  @property({ attribute: 'brand-font' }) brandFont?: string;
  @property({ attribute: 'brand-radius' }) brandRadius?: string;
  @property() density?: Density;
  @property({ attribute: 'terms-url' }) termsUrl?: string;
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;
  @property({ attribute: 'support-email' }) supportEmail?: string;

  private readonly binding = new ContextBinding(this);
  private attributeAdapter: { key: string; adapter: SubOrgAdapter | undefined } | undefined;

  /** What the elements inside see now (after merging with any outer provider). */
  get contextValue(): SuborgContextValue {
    return this.binding.value;
  }

  override connectedCallback(): void {
    this.binding.update(this.settings());
    super.connectedCallback();
    this.binding.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.binding.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.binding.update(this.settings());
  }

  /** The REST adapter for the current attributes, recreated only when they change. */
  private restAdapter(): SubOrgAdapter | undefined {
    const key = JSON.stringify([this.apiBaseUrl, this.auth, this.tokenFunction]);
    if (this.attributeAdapter?.key !== key) {
      this.attributeAdapter = { key, adapter: adapterFromAttributes({ apiBaseUrl: this.apiBaseUrl, auth: this.auth, tokenFunction: this.tokenFunction }) };
    }
    return this.attributeAdapter.adapter;
  }

  private brandingInput(): Branding | undefined {
    const given = this.branding && typeof this.branding === 'object' ? this.branding : undefined;
    const input: Branding = { ...given };
    const set = <K extends keyof Branding>(key: K, value: Branding[K] | undefined) => {
      if (value !== undefined && value !== null) input[key] = value;
    };
    set('productName', this.brandName);
    set('logoUrl', this.brandLogo);
    set('fontFamily', this.brandFont);
    set('radius', this.brandRadius);
    set('density', this.density);
    set('colorScheme', this.colorScheme);
    set('supportEmail', this.supportEmail);
    if (this.brandPrimary !== undefined) input.colors = { ...input.colors, primary: this.brandPrimary };
    if (this.termsUrl !== undefined) input.legal = { ...input.legal, termsUrl: this.termsUrl };
    if (this.privacyUrl !== undefined) input.legal = { ...input.legal, privacyUrl: this.privacyUrl };
    return input;
  }

  private settings(): BindingSettings {
    const settings: BindingSettings = { branding: this.brandingInput() };
    const adapter = this.adapter ?? this.restAdapter();
    if (adapter) settings.adapter = adapter;
    if (this.orgId) settings.orgId = this.orgId;
    if (this.strings) settings.strings = this.strings;
    if (this.localePacks) settings.localePacks = this.localePacks;
    if (this.locale) settings.locale = this.locale;
    if (this.timeZone) settings.timeZone = this.timeZone;
    if (this.allowHosts) settings.allowHosts = this.allowHosts;
    return settings;
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
