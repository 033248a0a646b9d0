import { LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContextEvent } from '@lit/context';
import type { SubOrgAdapter } from '../api/adapter.js';
import { onAdapterChange } from '../api/adapter.js';
import { suborgContext, type SuborgContextValue } from '../context/keys.js';
import { ensureContextRoot } from '../context/root.js';
import { commonStrings } from '../i18n/en/common.js';
import { formatDate, normalizeLocale, normalizeTimeZone, pageLocale, translate } from '../i18n/format.js';
import { mergeLocalePacks } from '../i18n/merge.js';
import type { LocalePacks, MessageParams, Messages, Slice, StringOverrides } from '../i18n/types.js';
import type { CreditAmount, Money } from '../api/types.js';
import { formatCredits, type CreditsFormatOptions } from '../domain/credits.js';
import { formatMoney, type MoneyFormatOptions } from '../domain/money.js';
import { DEFAULT_BRANDING, type ResolvedBranding } from '../theme/branding-types.js';
import { tokenStyles } from '../theme/tokens.js';
import { asyncStateStyles, banner, renderAsyncState, type AsyncSource, type AsyncStateOptions } from './async-state.js';
import { DataTask, isAbort, toApiError, type DataTaskOptions } from './controllers/data-task.js';
import { SuborgErrorEvent } from './events.js';
import { states } from './properties.js';
import { buttonStyles, visuallyHidden } from './shared-styles.js';

/** The values an element works with: its own property where set, else the provider's. */
export interface SuborgEnv {
  adapter: SubOrgAdapter | undefined;
  orgId: string | undefined;
  locale: string;
  timeZone: string;
  branding: ResolvedBranding;
  colorScheme: 'light' | 'dark';
  allowHosts: string[] | undefined;
  localePacks: LocalePacks;
}

// Read once: building a DateTimeFormat per `env` read cost every row of a list a few µs.
let browserZone: string | undefined;
const browserTimeZone = (): string => (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

/**
 * The base of every suborg element (DESIGN §6, §7): context with property-wins-over-context,
 * strings and Intl formatting in the effective locale, data tasks whose reads are aborted on
 * disconnect, refetch on adapter `change` events for the ids the element shows, and
 * `suborg-error` for host logging.
 *
 * Subclass recipe: create reads with `this.dataTask({ args, task })` (pass `signal` to the
 * adapter), draw them with `this.renderAsync(task, { ready })`, override `watchedIds`.
 *
 * @fires suborg-error - An adapter call failed (`detail.error` is the `ApiError`); never for aborts.
 * @cssprop --suborg-color-* - The global tokens (see src/theme/README.md).
 */
export abstract class SuborgElement extends LitElement {
  static override styles: CSSResultGroup = [tokenStyles, visuallyHidden, buttonStyles, asyncStateStyles];

  /**
   * Translations every element knows without a provider, below any the provider supplies.
   * Empty by default: other locales are opt-in (`registerLocalePacks`), so a bundle pays
   * only for the languages the host imports. Subclasses read it; they do not override it.
   */
  static localePacks: LocalePacks = {};

  /** The provider's value; undefined outside any provider. */
  protected context?: SuborgContextValue;

  static override properties: PropertyDeclarations = {
    adapter: { attribute: false },
    orgId: { attribute: 'org-id' },
    locale: {},
    timeZone: { attribute: 'time-zone' },
    strings: { attribute: false },
    ...states('context', 'retryNote'),
  };

  /** The adapter; wins over the provider's. */
  adapter?: SubOrgAdapter;

  /** The parent org id; wins over the provider's. */
  orgId?: string;

  /** BCP 47 locale; wins over the provider's. */
  locale?: string;

  /** IANA time zone for dates; wins over the provider's. */
  timeZone?: string;

  /** Partial string overrides `{ [slice]: { [key]: message } }`; win over the provider's. */
  strings?: StringOverrides;

  /**
   * "And the UI told" (DESIGN §5): the adapter announced a retry of a request about an entity
   * this element shows (its `retry` event: a 429 with Retry-After, a 5xx, the network). The
   * element shows it; it clears itself once the wait is over.
   */
  protected retryNote = '';
  #retryTimer?: ReturnType<typeof setTimeout>;

  /** The retry note as every element shows it: a banner above its data (`part="banner"`). */
  protected renderRetryNote(): unknown {
    return this.retryNote ? banner(this.retryNote, { part: 'banner', variant: 'retrying' }) : nothing;
  }

  readonly #tasks = new Set<DataTask<readonly unknown[], unknown>>();
  #watching: { adapter: SubOrgAdapter; stop: AbortController } | undefined;
  /** Ends the subscription to the provider that answered. */
  #unsubscribe?: () => void;

  /** The effective configuration. */
  protected get env(): SuborgEnv {
    const ctx = this.context;
    const ownZone = this.timeZone;
    return {
      adapter: this.adapter ?? ctx?.adapter,
      orgId: this.orgId || ctx?.orgId,
      locale: this.locale ? normalizeLocale(this.locale) : (ctx?.locale ?? pageLocale()),
      // Read when a date is drawn: the browser's zone costs a first render milliseconds (ICU start-up).
      get timeZone() {
        return normalizeTimeZone(ownZone) ?? ctx?.timeZone ?? browserTimeZone();
      },
      branding: ctx?.branding ?? DEFAULT_BRANDING,
      colorScheme: ctx?.colorScheme ?? 'light',
      allowHosts: ctx?.allowHosts,
      localePacks: ctx?.localePacks ?? {},
    };
  }

  /** Ids of the entities on screen; a `change` naming any of them triggers `refresh()`. Default: the org id. */
  protected get watchedIds(): readonly string[] {
    const orgId = this.env.orgId;
    return orgId ? [orgId] : [];
  }

  /** Reloads everything the element shows. */
  refresh(): void {
    for (const task of this.#tasks) void task.run();
  }

  /** Fires `suborg-error` for a failure; aborts are not failures and are ignored. */
  protected reportError(error: unknown): void {
    if (isAbort(error)) return;
    this.dispatchEvent(new SuborgErrorEvent(toApiError(error)));
  }

  /** Creates a read bound to this element: aborted on disconnect, rerun by `refresh()`, failures reported. */
  protected dataTask<A extends readonly unknown[], T>(options: DataTaskOptions<A, T>): DataTask<A, T> {
    const task = new DataTask<A, T>(this, {
      ...options,
      onError: (error) => {
        options.onError?.(error);
        this.reportError(error);
      },
    });
    this.#tasks.add(task as unknown as DataTask<readonly unknown[], unknown>);
    return task;
  }

  /** Draws a read in its loading / empty / error / stale / ready state. */
  protected renderAsync<T>(source: AsyncSource<T>, options: AsyncStateOptions<T>): unknown {
    return renderAsyncState(source, options, { msg: (key, params) => this.t(commonStrings, key, params) });
  }

  /** A message from `slice` in the effective locale: element overrides → provider overrides → provider packs → bundled packs → English. */
  protected t<M extends Messages>(slice: Slice<string, M>, key: keyof M & string, params?: MessageParams): string {
    const env = this.env;
    const bundled = (this.constructor as typeof SuborgElement).localePacks;
    return translate(slice, key, params, { locale: env.locale, element: this.strings, context: this.context?.strings, packs: env.localePacks, bundled });
  }

  /** Money (integer minor units) in the effective locale, with its currency's own precision. */
  protected formatMoney(money: Money, options?: MoneyFormatOptions): string {
    return formatMoney(money, this.env.locale, options);
  }

  /** Credits (integer hundredths) in the effective locale: 123450 → "1,234.5". */
  protected formatCredits(amount: CreditAmount, options?: CreditsFormatOptions): string {
    return formatCredits(amount, this.env.locale, options);
  }

  /** A date in the effective locale and time zone (default: medium date). */
  protected formatDate(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(value, this.env.locale, this.env.timeZone, options);
  }

  override connectedCallback(): void {
    // The root first: a request no provider answers yet is asked again once one is defined.
    ensureContextRoot(this.ownerDocument);
    super.connectedCallback();
    connected.add(this);
    // The community context protocol, subscribed: the provider calls back on every change
    // (a new unsubscribe means another provider took over).
    const request = new ContextEvent(
      suborgContext,
      this,
      (value, unsubscribe) => {
        if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
        this.#unsubscribe = unsubscribe;
        this.context = value;
      },
      true,
    );
    this.dispatchEvent(request);
    this.#syncWatch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearTimeout(this.#retryTimer);
    this.#syncWatch();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#syncWatch();
    if (localeLoader) this.#askForLocale();
  }

  /** Asks the loader once per language (it answers undefined for one it has nothing for, English too). */
  #askForLocale(): void {
    const language = this.env.locale.split('-')[0]!;
    if (asked.has(language)) return;
    asked.add(language);
    localeLoader?.(language)?.then(
      (packs) => {
        registerLocalePacks(packs);
        for (const el of connected) el.requestUpdate();
      },
      () => asked.delete(language), // a failed load is tried again on the next render
    );
  }

  /** Listens to the effective adapter's `change` events while connected; follows adapter swaps. */
  #syncWatch(): void {
    const adapter = this.isConnected ? this.env.adapter : undefined;
    if (this.#watching?.adapter === adapter) return;
    this.#watching?.stop.abort();
    this.#watching = undefined;
    if (!adapter) return;
    const stop = new AbortController();
    this.#watching = { adapter, stop };
    onAdapterChange(
      adapter,
      (change) => {
        const watched = new Set(this.watchedIds);
        if (change.ids.some((id) => watched.has(id))) this.refresh();
      },
      stop.signal,
    );
    adapter.addEventListener(
      'retry',
      (event) => {
        const { delayMs, path } = (event as Event & { retry?: { delayMs?: number; path?: string } }).retry ?? {};
        // Another adapter's event may lack either field: a path that is not a string names no entity.
        const watched = new Set(this.watchedIds);
        if (typeof delayMs !== 'number' || !`${path}`.split('/').some((id) => watched.has(id))) return;
        clearTimeout(this.#retryTimer);
        this.#retryTimer = setTimeout(() => (this.retryNote = ''), delayMs + 1500);
        this.retryNote = this.t(commonStrings, 'retrying', { seconds: Math.max(1, Math.ceil(delayMs / 1000)) });
      },
      { signal: stop.signal },
    );
  }
}

/**
 * Makes `packs` known to every suborg element, with or without a provider (below the
 * provider's own packs). For plain-HTML pages: `import 'suborg-elements/locale-de'` calls
 * this. Register before elements render; packs merge key by key, a later one wins.
 */
/** Fetches a language's packs on first use; `undefined` when it has none. Set by the drop-in file. */
export type LocaleLoader = (language: string) => Promise<LocalePacks> | undefined;
let localeLoader: LocaleLoader | undefined;
const asked = new Set<string>();
/** Elements on a page, re-rendered when a loaded pack arrives (inside shadow roots too). */
const connected = new Set<SuborgElement>();

/**
 * Lets elements load a language's strings when a page first asks for it (the drop-in file
 * loads German from beside itself this way). Bundles import packs instead.
 */
export function setLocaleLoader(loader: LocaleLoader | undefined): void {
  localeLoader = loader;
}

export function registerLocalePacks(packs: LocalePacks): void {
  SuborgElement.localePacks = mergeLocalePacks(SuborgElement.localePacks, packs);
}
