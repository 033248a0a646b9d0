// The one way a data view draws its async states (DESIGN §7 "Resilience"): loading,
// empty, error with Retry, and stale (last data kept, marked, while a refetch runs or
// after it failed). Elements call `this.renderAsync(task, { ready })` from the base.
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
  /** A skeleton shaped like the data (default: three bars). */
  skeleton?: () => unknown;
  /** What to show before the element is configured (no adapter or org yet). */
  idle?: () => unknown;
}

/** The message for an error, by kind (a 429 says how long to wait when the server said so). */
export function errorMessage(error: ApiError, msg: AsyncStateContext['msg']): string {
  if (error.kind === 'rate-limited') {
    return error.retryAfterMs && error.retryAfterMs > 0
      ? msg('error.rate-limited', { seconds: Math.ceil(error.retryAfterMs / 1000) })
      : msg('error.rate-limited-now');
  }
  return msg(`error.${error.kind}`);
}

/** Retrying a 403 cannot help: the caller lacks the role. */
export function canRetry(error: ApiError): boolean {
  return error.kind !== 'forbidden';
}

/** A Retry button: its label and what it runs. */
export interface RetryAction {
  label: string;
  run: () => void;
}

/** The Retry for `error`, or none when retrying cannot help (403). */
export function retryFor(error: ApiError, retry: RetryAction): RetryAction | undefined {
  return canRetry(error) ? retry : undefined;
}

function retryButton(retry: RetryAction | undefined) {
  return retry ? html`<button type="button" part="retry-button" class="retry" @click=${() => retry.run()}>${retry.label}</button>` : nothing;
}

function defaultSkeleton() {
  return html`<span class="bar"></span><span class="bar"></span><span class="bar short"></span>`;
}

// The pieces below are the only markup for these states; views with their own data source
// (the list's paged source) call them directly instead of `renderAsyncState`.

/** Loading: a spoken label and a skeleton shaped like the data, announced busy. */
export function loadingView(label: string, skeleton: unknown = defaultSkeleton()) {
  return html`<div part="loading" class="async-loading" role="status" aria-busy="true" aria-live="polite">
    <span class="visually-hidden">${label}</span>
    <div class="skeleton" aria-hidden="true">${skeleton}</div>
  </div>`;
}

/** Failed with nothing to show: the reason, and Retry when it can help. */
export function errorView(message: unknown, retry?: RetryAction) {
  return html`<div part="error" class="async-error" role="alert">
    <p part="error-message" class="error-message">${message}</p>
    ${retryButton(retry)}
  </div>`;
}

/** Nothing here: the message and a call to action. `variant` tells apart kinds of "nothing" (no results). */
export function emptyView(message: unknown, action: unknown, variant = '') {
  return html`<div part="empty" class="async-empty ${variant}">
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
  return failed
    ? html`<div part=${part} class="stale-banner failed ${variant}" role="alert"><span>${message}</span>${retryButton(retry)}</div>`
    : html`<div part=${part} class="stale-banner ${variant}" role="status">${message}</div>`;
}

/** Renders `source` in its current state. */
export function renderAsyncState<T>(source: AsyncSource<T>, options: AsyncStateOptions<T>, ctx: AsyncStateContext): unknown {
  const view = source.view;
  const retry: RetryAction = { label: ctx.msg('retry'), run: () => void source.run() };
  switch (view.status) {
    case 'idle':
      return options.idle ? options.idle() : html`<p part="idle" class="async-idle">${ctx.msg('noConfig')}</p>`;
    case 'loading':
      if (view.value !== undefined) return renderStale(view.value, undefined, retry, options, ctx);
      return loadingView(ctx.msg('loading'), (options.skeleton ?? defaultSkeleton)());
    case 'error':
      if (view.value !== undefined) return renderStale(view.value, view.error, retry, options, ctx);
      return errorView(errorMessage(view.error, ctx.msg), retryFor(view.error, retry));
    case 'ready':
      if (options.isEmpty?.(view.value)) {
        return emptyView(options.emptyMessage ?? ctx.msg('empty'), options.emptyAction ?? html`<slot name="empty-action"></slot>`);
      }
      return options.ready(view.value);
  }
}

function renderStale<T>(value: T, error: ApiError | undefined, retry: RetryAction, options: AsyncStateOptions<T>, ctx: AsyncStateContext) {
  const note = error
    ? banner(html`${ctx.msg('staleFailed')} ${errorMessage(error, ctx.msg)}`, { failed: true, retry: retryFor(error, retry) })
    : banner(ctx.msg('stale'));
  return html`<div part="stale" class="async-stale" data-stale=${error ? 'failed' : 'refreshing'} aria-busy=${error ? 'false' : 'true'}>
    ${note}
    ${options.isEmpty?.(value) ? html`<p part="empty-message" class="empty-message">${options.emptyMessage ?? ctx.msg('empty')}</p>` : options.ready(value)}
  </div>`;
}

/** Styles for the states; the base element includes them. */
export const asyncStateStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .async-loading .skeleton {
    display: grid;
    gap: var(--_space);
    padding-block: var(--_space);
  }
  .async-loading .bar {
    display: block;
    height: 1em;
    border-radius: var(--_radius);
    background: var(--_surface-sunken);
    animation: suborg-pulse 1.2s ease-in-out infinite alternate;
  }
  @media (forced-colors: active) {
    /* Backgrounds are flattened in forced colors; a border keeps the skeleton visible. */
    .async-loading .bar {
      border: 1px solid GrayText;
    }
  }
  .async-loading .bar.short {
    width: 60%;
  }
  @keyframes suborg-pulse {
    from {
      opacity: 1;
    }
    to {
      opacity: 0.45;
    }
  }
  .async-error,
  .async-empty,
  .async-idle {
    display: grid;
    justify-items: start;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    margin: 0;
  }
  .async-error {
    border-color: var(--_danger);
  }
  .error-message,
  .empty-message {
    margin: 0;
  }
  .error-message {
    color: var(--_danger);
  }
  .stale-banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    margin-block-end: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-sunken);
    color: var(--_text-muted);
  }
  .stale-banner.failed {
    color: var(--_warning);
  }
  .retry {
    font: inherit;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
    min-height: 2rem;
  }
  @media (forced-colors: active) {
    .retry {
      border-color: ButtonText;
    }
  }
`;
