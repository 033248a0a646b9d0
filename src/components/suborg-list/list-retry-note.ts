// "And the UI told" (DESIGN §5): adapters may announce a retry before waiting for it (the REST
// adapter's `retry` event). For this org's requests the list says when it will try again; the
// note clears itself once the wait is over.
import type { ReactiveController } from 'lit';
import type { ListHost } from './list-host.js';

type RetryEvent = Event & { retry?: { delayMs?: number; path?: string } };

export class ListRetryNote implements ReactiveController {
  /** The note to show, or '' when no retry is pending. */
  text = '';
  private watch: { adapter: EventTarget; stop: AbortController } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ListHost & { readonly isConnected: boolean },
    /** The org whose requests count (the list's parent org). */
    private readonly orgId: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** Follows the adapter in effect (it may change with a property or the provider). */
  hostUpdated(): void {
    const adapter = this.host.isConnected ? this.host.target?.adapter : undefined;
    if (this.watch?.adapter === adapter) return;
    this.stopWatching();
    if (!adapter) return;
    const stop = new AbortController();
    this.watch = { adapter, stop };
    adapter.addEventListener('retry', (e) => this.onRetry(e as RetryEvent), { signal: stop.signal });
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.stopWatching();
  }

  private stopWatching(): void {
    this.watch?.stop.abort();
    this.watch = undefined;
  }

  private onRetry(event: RetryEvent): void {
    const { delayMs, path } = event.retry ?? {};
    const orgId = this.orgId();
    // Another adapter's event may lack either field: a path that is not a string never matches.
    if (typeof delayMs !== 'number' || !orgId || !`${path}`.startsWith(`/orgs/${orgId}`)) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.show(''), delayMs + 1500);
    this.show(this.host.msg('retrying', { seconds: Math.max(1, Math.ceil(delayMs / 1000)) }));
  }

  private show(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }
}
