import { ContextEvent, ContextProvider } from '@lit/context';
import { applyTokens, clearTokens, resolveBranding } from '../theme/branding.js';
import type { Branding, ResolvedBranding } from '../theme/branding-types.js';
import { suborgContext, type SuborgContextValue } from './keys.js';
import { ensureContextRoot } from './root.js';
import { darkSchemeQuery, prefersDark } from './scheme.js';
import { mergeContext, type ProviderSettings } from './settings.js';

export interface BindingSettings extends ProviderSettings {
  branding?: Branding;
}

/**
 * The community protocol's "a provider appeared" event (@lit/context does not export its
 * class): a context root and outer providers replay pending requests when they see it.
 */
class ProviderAppearedEvent extends Event {
  constructor(
    readonly context: typeof suborgContext,
    readonly contextTarget: Element,
  ) {
    super('context-provider', { bubbles: true, composed: true });
  }
}

/** A provider that can step down: its subscribers re-ask and find the next provider out. */
class ReleasableProvider extends ContextProvider<typeof suborgContext> {
  release(): void {
    this.host.removeEventListener('context-request', this.onContextRequest);
    this.host.removeEventListener('context-provider', this.onProviderRequest);
    const subscribers = [...this.subscriptions].map(([callback, { consumerHost }]) => ({ callback, consumerHost }));
    this.clearCallbacks();
    for (const { callback, consumerHost } of subscribers) consumerHost.dispatchEvent(new ContextEvent(suborgContext, consumerHost, callback, true));
  }
}

/**
 * Makes any element a provider: it asks for the outer provider's value, merges its own
 * settings over it (inner wins only where set), provides the result to its subtree,
 * applies branding tokens to itself, and follows the OS scheme for `colorScheme: 'auto'`.
 * Used by `<suborg-provider>` and by `provideSuborg()` for hosts without a wrapper element.
 */
export class ContextBinding {
  private readonly provider: ReleasableProvider;
  private settings: BindingSettings = {};
  private parent: SuborgContextValue | undefined;
  private unsubscribeParent: (() => void) | undefined;
  private media: MediaQueryList | undefined;
  private connected = false;
  /** Rejected values already warned about, so re-resolving never repeats a warning. */
  private readonly warned = new Set<string>();
  private resolved: { input: Branding | undefined; base: ResolvedBranding | undefined; branding: ResolvedBranding } | undefined;

  constructor(private readonly host: HTMLElement) {
    this.provider = new ReleasableProvider(host, { context: suborgContext, initialValue: this.compute() });
  }

  /** The value the subtree sees now. */
  get value(): SuborgContextValue {
    return this.provider.value;
  }

  update(settings: BindingSettings): void {
    this.settings = settings;
    this.refresh();
  }

  connect(): void {
    if (this.connected) return;
    this.connected = true;
    ensureContextRoot(this.host.ownerDocument);
    // Our own provider ignores a request that comes from its host, so this reaches the outer one.
    this.host.dispatchEvent(new ContextEvent(suborgContext, this.host, this.onParent, true));
    // Lets consumers below that asked before we existed (and outer providers' subscribers) re-ask.
    this.host.dispatchEvent(new ProviderAppearedEvent(suborgContext, this.host));
    this.refresh();
  }

  disconnect(): void {
    this.connected = false;
    this.unsubscribeParent?.();
    this.unsubscribeParent = undefined;
    this.parent = undefined;
    this.watchScheme(false);
  }

  /** Stops providing for good: elements below fall back to the outer provider (or none). */
  dispose(): void {
    this.disconnect();
    this.provider.release();
    clearTokens(this.host);
  }

  private readonly onParent = (value: SuborgContextValue, unsubscribe?: () => void): void => {
    if (this.unsubscribeParent && this.unsubscribeParent !== unsubscribe) this.unsubscribeParent();
    this.unsubscribeParent = unsubscribe;
    this.parent = value;
    this.refresh();
  };

  private readonly onSchemeChange = (): void => this.refresh();

  private refresh(): void {
    this.provider.setValue(this.compute());
    const value = this.provider.value;
    if (this.connected) {
      applyTokens(this.host, value.branding, value.colorScheme, this.parent?.colorScheme);
      this.watchScheme(value.branding.colorScheme === 'auto');
    }
  }

  private branding(): ResolvedBranding {
    const input = this.settings.branding;
    const base = this.parent?.branding;
    const memo = this.resolved;
    if (memo && memo.input === input && memo.base === base) return memo.branding;
    const warn = (message: string): void => {
      if (this.warned.has(message)) return;
      this.warned.add(message);
      console.warn(message);
    };
    const { branding } = resolveBranding(input, { base, warn });
    this.resolved = { input, base, branding };
    return branding;
  }

  private compute(): SuborgContextValue {
    const branding = this.branding();
    const scheme = branding.colorScheme === 'auto' ? (prefersDark() ? 'dark' : 'light') : branding.colorScheme;
    return mergeContext(this.parent, this.settings, branding, scheme);
  }

  private watchScheme(on: boolean): void {
    if (on && !this.media) {
      this.media = darkSchemeQuery();
      this.media?.addEventListener('change', this.onSchemeChange);
    } else if (!on && this.media) {
      this.media.removeEventListener('change', this.onSchemeChange);
      this.media = undefined;
    }
  }
}
