// The pages the reference API's redirect URLs point to. In production these are the
// payment provider's hosted checkout, its billing portal, and the agency's own assist
// sign-in; here they are small stand-ins that move the demo backend along.
import { html, render } from 'lit';
import { creditsFromWire, formatCredits } from '../src/domain/credits.js';
import { formatMoney } from '../src/domain/money.js';

interface WireCheckout {
  id: string;
  status: string;
  credits: number;
  amount: number;
  currency: string;
}

const params = new URLSearchParams(location.search);
const org = params.get('org') ?? '';
const locale = navigator.language || 'en';
const root = document.getElementById('stub') as HTMLElement;
const back = html`<a class="back" href="/">← Back to the portal</a>`;

async function api(path: string, init?: RequestInit): Promise<unknown> {
  const res = await fetch(`/api${path}`, { credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, ...init });
  if (!res.ok) throw new Error(`The demo API answered ${res.status}.`);
  return res.json();
}

function checkoutPage(checkout: WireCheckout | null, message = '') {
  const open = checkout && (checkout.status === 'open' || checkout.status === 'pending');
  const settle = async (outcome: 'succeeded' | 'failed' | 'expired') => {
    if (!checkout) return;
    try {
      const next = (await api(`/orgs/${encodeURIComponent(org)}/reseller/checkout/${encodeURIComponent(checkout.id)}/simulate`, { method: 'POST', body: JSON.stringify({ outcome }) })) as WireCheckout;
      draw(next, outcome === 'succeeded' ? 'Payment received. The credits are on the account.' : outcome === 'failed' ? 'The card was declined. Nothing was charged.' : 'Checkout cancelled.');
    } catch (e) {
      draw(checkout, (e as Error).message);
    }
  };
  return html`<h1>Hosted checkout</h1>
    <p class="muted">Stands in for the payment provider’s hosted page: the portal never shows card fields.</p>
    ${checkout
      ? html`<dl class="facts">
          <dt>Credits</dt><dd>${formatCredits(creditsFromWire(checkout.credits), locale)}</dd>
          <dt>Total</dt><dd>${formatMoney({ amount: checkout.amount, currency: checkout.currency }, locale)}</dd>
          <dt>Status</dt><dd><span class="status status-${checkout.status}">${checkout.status}</span></dd>
          <dt>Reference</dt><dd><code>${checkout.id}</code></dd>
        </dl>`
      : html`<p>No checkout to show.</p>`}
    <p class="message" role="status">${message}</p>
    <div class="actions">
      <button type="button" class="primary" ?disabled=${!open} @click=${() => settle('succeeded')}>Pay now</button>
      <button type="button" ?disabled=${!open} @click=${() => settle('failed')}>Decline card</button>
      <button type="button" ?disabled=${!open} @click=${() => settle('expired')}>Cancel</button>
    </div>
    ${back}`;
}

function portalPage() {
  return html`<h1>Billing portal</h1>
    <p class="muted">Stands in for the payment provider’s customer portal, where a client updates its card and downloads invoices.</p>
    <dl class="facts"><dt>Organization</dt><dd><code>${org || '—'}</code></dd></dl>
    <ul class="rows">
      <li><span>Card ending 4242</span><span class="status status-succeeded">default</span></li>
      <li><span>Invoices</span><span class="muted">available to download here</span></li>
    </ul>
    ${back}`;
}

function assistPage() {
  return html`<h1>Assist session</h1>
    <p class="muted">Where your support staff lands when assisting a client: signed in to the client’s workspace for a limited time.</p>
    <dl class="facts">
      <dt>Organization</dt><dd><code>${org || '—'}</code></dd>
      <dt>Session</dt><dd><code>${params.get('session') ?? '—'}</code></dd>
    </dl>
    ${back}`;
}

function draw(checkout: WireCheckout | null = null, message = '') {
  const page = document.body.dataset.page;
  render(page === 'checkout' ? checkoutPage(checkout, message) : page === 'assist' ? assistPage() : portalPage(), root);
}

if (document.body.dataset.page === 'checkout' && params.get('id') && org) {
  api(`/orgs/${encodeURIComponent(org)}/reseller/checkout/${encodeURIComponent(params.get('id') as string)}`).then(
    (c) => draw(c as WireCheckout),
    (e: Error) => draw(null, e.message),
  );
} else {
  draw();
}
