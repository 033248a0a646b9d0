// DataTask run bookkeeping: a replaced read settles late (an adapter that ignores its
// signal, a slow abort), and that must never decide what the latest read shows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { ApiError } from '../../src/api/errors.js';
import { SuborgElement } from '../../src/internal/base-element.js';

interface Pending {
  id: string;
  resolve(value: string): void;
  reject(error: unknown): void;
}

/** Reads that settle only when the test says so, whatever their signal does. */
class ManualReads {
  readonly pending: Pending[] = [];
  read(id: string): Promise<string> {
    return new Promise((resolve, reject) => this.pending.push({ id, resolve, reject }));
  }
}

const abortError = () => new DOMException('Superseded.', 'AbortError');

class DataTaskHost extends SuborgElement {
  @property() item = 'a';
  reads = new ManualReads();
  readonly data = this.dataTask({
    args: () => [this.item] as const,
    task: ([item]) => this.reads.read(item),
  });
  override render() {
    return this.renderAsync(this.data, { ready: (v: string) => litHtml`<p class="value">${v}</p>` });
  }
}
customElements.define('test-data-task-host', DataTaskHost);

const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function mount(): Promise<DataTaskHost> {
  const el = await fixture<DataTaskHost>(html`<test-data-task-host locale="en-US"></test-data-task-host>`);
  await waitUntil(() => el.reads.pending.length === 1, 'first read');
  return el;
}

describe('DataTask', () => {
  it('shows the latest read failing with Retry even when the replaced read aborts after it started', async () => {
    const el = await mount();
    const [first] = el.reads.pending;
    el.item = 'b';
    await waitUntil(() => el.reads.pending.length === 2, 'second read');
    const second = el.reads.pending[1]!;
    // The replaced read's abort lands after the newer read is already running…
    first!.reject(abortError());
    await new Promise((r) => setTimeout(r, 0));
    // …then the newer read fails: that failure is what the view must say.
    second.reject(new ApiError({ kind: 'http', status: 500 }));
    await waitUntil(() => part(el, 'error'), 'the error state', { timeout: 2000 });
    expect(el.data.view.status).to.equal('error');
    expect(part(el, 'loading')).to.equal(null);
    expect(part(el, 'retry-button')).to.exist;
    await expect(el).to.be.accessible();

    part(el, 'retry-button')!.click();
    await waitUntil(() => el.reads.pending.length === 3, 'the retry read');
    el.reads.pending[2]!.resolve('B');
    await waitUntil(() => el.shadowRoot!.querySelector('.value')?.textContent === 'B', 'the retried value');
  });

  it('keeps showing "loading" when the latest read itself was aborted', async () => {
    const el = await mount();
    el.reads.pending[0]!.resolve('A');
    await waitUntil(() => el.shadowRoot!.querySelector('.value'), 'the first value');
    el.item = 'b';
    await waitUntil(() => el.reads.pending.length === 2, 'second read');
    el.data.task.abort(abortError());
    el.reads.pending[1]!.reject(abortError());
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
    expect(el.data.view.status).to.equal('loading');
    expect(part(el, 'error')).to.equal(null);
  });

  it('ignores a replaced read that fails late, and shows the newer value', async () => {
    const el = await mount();
    const first = el.reads.pending[0]!;
    el.item = 'b';
    await waitUntil(() => el.reads.pending.length === 2, 'second read');
    el.reads.pending[1]!.resolve('B');
    await waitUntil(() => el.shadowRoot!.querySelector('.value')?.textContent === 'B', 'the newer value');
    first.reject(new ApiError({ kind: 'http', status: 500 }));
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
    expect(el.data.view.status).to.equal('ready');
    expect(part(el, 'error')).to.equal(null);
  });
});
