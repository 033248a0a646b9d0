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
function canRetry(error: ApiError): boolean {
  return error.kind !== 'forbidden';
}

function retryButton(source: AsyncSource<unknown>, ctx: AsyncStateContext) {
  return html`<button type="button" part="retry-button" class="retry" @click=${() => source.run()}>${ctx.msg('retry')}</button>`;
}

function defaultSkeleton() {
  return html`<span class="bar"></span><span class="bar"></span><span class="bar short"></span>`;
}

/** Renders `source` in its current state. */
export function renderAsyncState<T>(source: AsyncSource<T>, options: AsyncStateOptions<T>, ctx: AsyncStateContext): unknown {
  const view = source.view;
  switch (view.status) {
    case 'idle':
      return options.idle ? options.idle() : html`<p part="idle" class="async-idle">${ctx.msg('noConfig')}</p>`;
    case 'loading':
      if (view.value !== undefined) return renderStale(source, view.value, undefined, options, ctx);
      return html`<div part="loading" class="async-loading" role="status" aria-busy="true" aria-live="polite">
        <span class="visually-hidden">${ctx.msg('loading')}</span>
        <div class="skeleton" aria-hidden="true">${(options.skeleton ?? defaultSkeleton)()}</div>
      </div>`;
    case 'error':
      if (view.value !== undefined) return renderStale(source, view.value, view.error, options, ctx);
      return html`<div part="error" class="async-error" role="alert">
        <p part="error-message" class="error-message">${errorMessage(view.error, ctx.msg)}</p>
        ${canRetry(view.error) ? retryButton(source, ctx) : nothing}
      </div>`;
    case 'ready':
      if (options.isEmpty?.(view.value)) {
        return html`<div part="empty" class="async-empty">
          <p part="empty-message" class="empty-message">${options.emptyMessage ?? ctx.msg('empty')}</p>
          ${options.emptyAction ?? html`<slot name="empty-action"></slot>`}
        </div>`;
      }
      return options.ready(view.value);
  }
}

function renderStale<T>(source: AsyncSource<T>, value: T, error: ApiError | undefined, options: AsyncStateOptions<T>, ctx: AsyncStateContext) {
  const banner = error
    ? html`<div part="stale-banner" class="stale-banner failed" role="alert">
        <span>${ctx.msg('staleFailed')} ${errorMessage(error, ctx.msg)}</span>
        ${canRetry(error) ? retryButton(source, ctx) : nothing}
      </div>`
    : html`<div part="stale-banner" class="stale-banner" role="status">${ctx.msg('stale')}</div>`;
  return html`<div part="stale" class="async-stale" data-stale=${error ? 'failed' : 'refreshing'} aria-busy=${error ? 'false' : 'true'}>
    ${banner}
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
