// Summary card: plan, balances, credit mode and the payment method with its alerts.
import { html, nothing } from 'lit';
import type { OrgDetail, PaymentMethod } from '../../api/types.js';
import type { BillingView } from './billing-view.js';

export function renderSummary(v: BillingView, org: OrgDetail, opts: { showCreditMode: boolean; wide: boolean }) {
  return html`<section class="card ${opts.wide ? 'wide' : ''}" part="summary" aria-labelledby="summary-heading">
    <h3 id="summary-heading">${v.msg('summaryHeading')}</h3>
    <dl class="facts">
      <dt>${v.msg('plan')}</dt>
      <dd><bdi>${org.plan}</bdi></dd>
      <dt>${v.msg('balance')}</dt>
      <dd part="balance" data-testid="balance">${v.creditsMsg('creditsAmount', org.balance, { amount: v.credits(org.balance) })}</dd>
      <dt>${v.msg('promoBalance')}</dt>
      <dd part="promo-balance">
        ${v.creditsMsg('creditsAmount', org.promoBalance, { amount: v.credits(org.promoBalance) })}
        ${org.promoBalanceResetAt ? html`<span class="muted"> · ${v.msg('promoResets', { date: v.date(org.promoBalanceResetAt) })}</span>` : nothing}
      </dd>
      ${opts.showCreditMode
        ? html`<dt>${v.msg('creditMode')}</dt>
            <dd part="credit-mode">${org.billing.useParentBalance ? v.msg('modeParent') : v.msg('modeOwn')}</dd>`
        : nothing}
      <dt>${v.msg('paymentMethod')}</dt>
      <dd part="payment-method">${paymentMethodText(v, org.billing.paymentMethod)}</dd>
    </dl>
    ${renderPaymentAlert(v, org.billing.paymentMethod)}
  </section>`;
}

function paymentMethodText(v: BillingView, pm: PaymentMethod | null) {
  if (!pm) return html`<span class="muted">${v.msg('noPaymentMethod')}</span>`;
  // Brand and digits are data: rendered as text, bidi-isolated.
  const brand = pm.brand?.trim() ? pm.brand : v.msg('unknownBrand');
  return pm.last4 ? v.msg('cardEnding', { brand, last4: pm.last4 }) : brand;
}

function renderPaymentAlert(v: BillingView, pm: PaymentMethod | null) {
  if (!pm || (!pm.inactive && !pm.failedAt)) return nothing;
  return html`<div class="alert danger" role="alert" part="payment-alert">
    ${pm.failedAt ? html`<strong>${v.msg('paymentFailed', { date: v.date(pm.failedAt) })}</strong>` : nothing}
    ${pm.failedMessage ? html`<span class="detail">${v.msg('paymentFailedReason', { message: pm.failedMessage })}</span>` : nothing}
    ${pm.inactive ? html`<strong>${v.msg('paymentInactive')}</strong>` : nothing}
  </div>`;
}
