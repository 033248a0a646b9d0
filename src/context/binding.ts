import { ContextEvent } from '@lit/context';
import { applyTokens, clearTokens, resolveBranding } from '../theme/branding.js';
import type { Branding } from '../theme/branding-types.js';
import { suborgContext, type SuborgContextValue } from './keys.js';
import { ensureContextRoot } from './root.js';
import { darkSchemeQuery } from './scheme.js';
import { mergeContext, type ProviderSettings } from './settings.js';

export interface BindingSettings extends ProviderSettings {
  branding?: Branding;
}

type Callback = (value: SuborgContextValue, unsubscribe?: () => void) => void;
type ProtocolEvent = Event & { context?: unknown; contextTarget?: Element };

/**
 * Makes any element a provider of the community context protocol (what `@lit/context`
 * consumers speak): it asks for the outer provider's value, merges its own settings over it
 * (inner wins only where set), answers its subtree's requests with the result, applies
 * branding tokens to itself, and follows the OS scheme for `colorScheme: 'auto'`. It can step
 * down (`dispose`): its subscribers ask again and find the next provider out.
 * Used by `<suborg-provider>` and by `provideSuborg()` for hosts without a wrapper element.
 */
export class ContextBinding {
  /** The value the subtree sees now. */
  value: SuborgContextValue;
  #settings: BindingSettings = {};
  #parent: SuborgContextValue | undefined;
  #unsubscribeParent: (() => void) | undefined;
  #media: MediaQueryList | undefined;
  #connected = false;
  /** Rejected values already warned about, so re-resolving never repeats a warning. */
  readonly #warned = new Set<string>();
  /** Subscribed consumers: their element and the unsubscribe handed to them. */
  readonly #subscribers = new Map<Callback, [Element, () => void]>();

  readonly #host: HTMLElement;

  constructor(host: HTMLElement) {
    this.#host = host;
    this.value = this.#compute();
    host.addEventListener('context-request', this.#onRequest);
    host.addEventListener('context-provider', this.#onProvider);
  }

  update(settings: BindingSettings): void {
    this.#settings = settings;
    this.#refresh();
  }

  connect(): void {
    if (this.#connected) return;
    this.#connected = true;
    const host = this.#host;
    ensureContextRoot(host.ownerDocument);
    // We ignore a request that comes from our host, so this reaches the outer provider.
    host.dispatchEvent(new ContextEvent(suborgContext, host, this.#onParent, true));
    // "A provider appeared": consumers below that asked before we existed (and outer providers' subscribers) re-ask.
    host.dispatchEvent(Object.assign(new Event('context-provider', { bubbles: true, composed: true }), { context: suborgContext, contextTarget: host }));
    this.#refresh();
  }

  disconnect(): void {
    this.#connected = false;
    this.#unsubscribeParent?.();
    this.#unsubscribeParent = this.#parent = undefined;
    this.#watchScheme(false);
  }

  /** Stops providing for good: elements below fall back to the outer provider (or none). */
  dispose(): void {
    this.disconnect();
    this.#host.removeEventListener('context-request', this.#onRequest);
    this.#host.removeEventListener('context-provider', this.#onProvider);
    this.#reask(true);
    clearTokens(this.#host);
  }

  /** A request from below (not from our host, which asks the outer provider). */
  #fromBelow(e: Event): Element | undefined {
    const { context, contextTarget } = e as ProtocolEvent;
    const target = contextTarget ?? (e.composedPath()[0] as Element);
    return context === suborgContext && target !== this.#host ? target : undefined;
  }

  readonly #onRequest = (e: Event): void => {
    const consumer = this.#fromBelow(e);
    if (!consumer) return;
    e.stopPropagation();
    const { callback, subscribe } = e as ContextEvent<typeof suborgContext>;
    if (!subscribe) return callback(this.value);
    if (!this.#subscribers.has(callback)) this.#subscribers.set(callback, [consumer, () => this.#subscribers.delete(callback)]);
    callback(this.value, this.#subscribers.get(callback)![1]);
  };

  /** A provider appeared below: our subscribers ask again, and those inside it now find it. */
  readonly #onProvider = (e: Event): void => {
    if (!this.#fromBelow(e)) return;
    this.#reask();
    e.stopPropagation();
  };

  #reask(forget?: boolean): void {
    const subscribers = [...this.#subscribers];
    if (forget) this.#subscribers.clear();
    for (const [callback, [consumer]] of subscribers) consumer.dispatchEvent(new ContextEvent(suborgContext, consumer, callback, true));
  }

  readonly #onParent = (value: SuborgContextValue, unsubscribe?: () => void): void => {
    if (this.#unsubscribeParent !== unsubscribe) this.#unsubscribeParent?.();
    this.#unsubscribeParent = unsubscribe;
    this.#parent = value;
    this.#refresh();
  };

  readonly #onSchemeChange = (): void => this.#refresh();

  #refresh(): void {
    const value = (this.value = this.#compute());
    for (const [callback, [, unsubscribe]] of this.#subscribers) callback(value, unsubscribe);
    if (this.#connected) {
      applyTokens(this.#host, value.branding, value.colorScheme, this.#parent?.colorScheme);
      this.#watchScheme(value.branding.colorScheme === 'auto');
    }
  }

  #compute(): SuborgContextValue {
    const warn = (message: string): void => {
      if (!this.#warned.has(message)) console.warn(message);
      this.#warned.add(message);
    };
    const { branding } = resolveBranding(this.#settings.branding, { base: this.#parent?.branding, warn });
    const scheme = branding.colorScheme === 'auto' ? (darkSchemeQuery()?.matches ? 'dark' : 'light') : branding.colorScheme;
    return mergeContext(this.#parent, this.#settings, branding, scheme);
  }

  #watchScheme(on: boolean): void {
    if (on && !this.#media) {
      this.#media = darkSchemeQuery();
      this.#media?.addEventListener('change', this.#onSchemeChange);
    } else if (!on && this.#media) {
      this.#media.removeEventListener('change', this.#onSchemeChange);
      this.#media = undefined;
    }
  }
}
