// The one way a data view draws its async states (DESIGN §7 "Resilience"): loading,
// empty, error with Retry, and stale (last data kept, marked, while a refetch runs or
// after it failed). Elements call `this.renderAsync(task, { ready })` from the base.
// The markup uses the shared `.button` and `.visually-hidden` classes (the base element's styles).
import { css, html, nothing } from 'lit';
import type { ApiError } from '../api/errors.js';
import type { CommonStrings } from '../i18n/en/common.js';
import type { MessageParams } from '../i18n/types.js';
import type { AsyncSource } from './controllers/data-task.js';

export type { AsyncSource, AsyncView } from './controllers/data-task.js';

type CommonKey = keyof CommonStrings['en'] & string;

/** What the helper needs from its element: common messages in the element's locale. */
export interface AsyncStateContext {
  msg: (key: CommonKey, params?: MessageParams) => string;
}

export interface AsyncStateOptions<T> {
  /** Draws the data. */
  ready: (value: T) => unknown;
  /** Whether `value` counts as "nothing here" (an empty list). */
  isEmpty?: (value: T) => boolean;
  /** The empty message (default: the common `empty` message). */
  emptyMessage?: string;
  /** The empty call to action; default: a slot named `empty-action` the host can fill. */
  emptyAction?: unknown;
  /** What to show before the element is configured (no adapter or org yet). */
  idle?: () => unknown;
}

/** The message for an error, by kind (a 429 says how long to wait when the server said so). */
export function errorMessage(error: ApiError, msg: AsyncStateContext['msg']): string {
  const wait = error.retryAfterMs ?? 0;
  if (error.kind !== 'rate-limited') return msg(`error.${error.kind}`);
  return wait > 0 ? msg('error.rate-limited', { seconds: Math.ceil(wait / 1000) }) : msg('error.rate-limited-now');
}

/** A Retry button: its label and what it runs. */
export interface RetryAction {
  label: string;
  run: () => void;
}

/** The Retry for `error`, or none when retrying cannot help (a 403: the caller lacks the role). */
export function retryFor(error: ApiError, retry: RetryAction): RetryAction | undefined {
  return error.kind === 'forbidden' ? undefined : retry;
}

const retryButton = (retry?: RetryAction) =>
  retry ? html`<button type="button" part="retry-button" class="button primary" @click=${() => retry.run()}>${retry.label}</button>` : nothing;


// The pieces below are the only markup for these states; views with their own data source
// (the list's paged source) call them directly instead of `renderAsyncState`.

/** Loading: a spoken label and a skeleton shaped like the data (default: three bars), announced busy. */
export function loadingView(label: string, skeleton: unknown = html`<span class="bar"></span><span class="bar"></span><span class="bar short"></span>`) {
  return html`<div part="loading" class="async-loading" role="status" aria-busy="true">
    <span class="visually-hidden">${label}</span>
    <div class="skeleton" aria-hidden="true">${skeleton}</div>
  </div>`;
}

/** Failed with nothing to show: the reason, and Retry when it can help. */
export function errorView(message: unknown, retry?: RetryAction) {
  return html`<div part="error" class="async-box async-error" role="alert">
    <p part="error-message" class="error-message">${message}</p>
    ${retryButton(retry)}
  </div>`;
}

/** Nothing here: the message and a call to action. `variant` tells apart kinds of "nothing" (no results). */
export function emptyView(message: unknown, action: unknown, variant = '') {
  return html`<div part="empty" class="async-box async-empty ${variant}">
    <p part="empty-message" class="empty-message">${message}</p>
    ${action}
  </div>`;
}

export interface BannerOptions {
  /** A failure (alert, warning tone) rather than a progress note (status). */
  failed?: boolean;
  retry?: RetryAction | undefined;
  /** The part name; stale data is `stale-banner`. */
  part?: string;
  /** Extra class naming what the banner is about. */
  variant?: string;
}

/** A line above data still on screen: refreshing, a failed refresh, and other notes about it. */
export function banner(message: unknown, { failed = false, retry, part = 'stale-banner', variant = '' }: BannerOptions = {}) {
  return html`<div part=${part} class="stale-banner ${failed ? 'failed' : ''} ${variant}" role=${failed ? 'alert' : 'status'}>
    <span>${message}</span>${failed ? retryButton(retry) : nothing}
  </div>`;
}

/** Renders `source` in its current state. */
export function renderAsyncState<T>(source: AsyncSource<T>, options: AsyncStateOptions<T>, { msg }: AsyncStateContext): unknown {
  const view = source.view;
  const retry: RetryAction = { label: msg('retry'), run: () => void source.run() };
  const empty = options.emptyMessage ?? msg('empty');
  if (view.status === 'idle') return options.idle ? options.idle() : html`<p part="idle" class="async-box">${msg('noConfig')}</p>`;
  // Loading or failed with nothing kept from before: the state alone.
  const error = view.status === 'error' ? view.error : undefined;
  if (view.status !== 'ready' && view.value === undefined) {
    return error ? errorView(errorMessage(error, msg), retryFor(error, retry)) : loadingView(msg('loading'));
  }
  // Otherwise the data, and while a refetch runs or after it failed, marked stale above it.
  // Ready and stale share this one template, so a refetch (after a save, or another element's
  // change) keeps the data's DOM, and with it focus and whatever is being typed.
  const value = view.value as T;
  const stale = view.status !== 'ready';
  const banners = !stale ? nothing : error ? banner(`${msg('staleFailed')} ${errorMessage(error, msg)}`, { failed: true, retry: retryFor(error, retry) }) : banner(msg('stale'));
  const content = !options.isEmpty?.(value)
    ? options.ready(value)
    : stale
      ? html`<p part="empty-message" class="empty-message">${empty}</p>`
      : emptyView(empty, options.emptyAction ?? html`<slot name="empty-action"></slot>`);
  return html`<div part=${stale ? 'stale' : nothing} aria-busy=${stale && !error ? 'true' : nothing}>${banners}${content}</div>`;
}

/** Styles for the states; the base element includes them (after the shared button and visually-hidden sheets). */
export const asyncStateStyles = css`
  .skeleton { display: grid; gap: var(--_space); padding-block: var(--_space) }
  .async-loading .bar { display: block; block-size: 1em; border-radius: var(--_radius); background: var(--_surface-sunken); animation: suborg-pulse 1.2s ease-in-out infinite alternate }
  .async-loading .short { inline-size: 60% }
  @keyframes suborg-pulse {
    to { opacity: .45 }
  }
  /* Backgrounds are flattened in forced colors; a border keeps the skeleton visible. */
  @media (forced-colors: active) {
    .async-loading .bar { border: 1px solid GrayText }
  }
  .async-box { display: grid; justify-items: start; gap: var(--_space); margin: 0; padding: calc(var(--_space) * 2); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface-raised) }
  .async-error { border-color: var(--_danger) }
  .error-message, .empty-message { margin: 0 }
  .error-message { color: var(--_danger) }
  .stale-banner { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); margin-block-end: var(--_space); padding: calc(var(--_space) / 2) var(--_space); border-radius: var(--_radius); background: var(--_surface-sunken); color: var(--_text-muted) }
  .stale-banner.failed { color: var(--_warning) }
`;
