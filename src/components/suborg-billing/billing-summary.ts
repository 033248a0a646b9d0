// Summary card: plan, balances, credit mode and the payment method with its alerts.
// Brand, digits and messages are data: rendered as text, bidi-isolated.
import { html, nothing } from 'lit';
import type { OrgDetail } from '../../api/types.js';
import type { BillingView } from './billing-view.js';

/** The agency view shows the credit mode; the client view's summary spans the row. */
export function renderSummary(v: BillingView, org: OrgDetail, agency: boolean) {
  const { useParentBalance, paymentMethod: pm } = org.billing;
  const brand = pm?.brand?.trim() ? pm.brand : v.msg('unknownBrand');
  return html`<section class="card ${agency ? '' : 'wide'}" part="summary" aria-labelledby="sh"><h3 id="sh">${v.msg('summaryHeading')}</h3><dl class="facts"><dt>${v.msg('plan')}</dt><dd><bdi>${org.plan}</bdi></dd><dt>${v.msg('balance')}</dt><dd part="balance" data-testid="balance">${v.creditsMsg('creditsAmount', org.balance)}</dd><dt>${v.msg('promoBalance')}</dt><dd part="promo-balance">${v.creditsMsg('creditsAmount', org.promoBalance)}${org.promoBalanceResetAt ? html`<span class="muted"> · ${v.msg('promoResets', { date: v.date(org.promoBalanceResetAt) })}</span>` : nothing}</dd>${agency ? html`<dt>${v.msg('creditMode')}</dt><dd part="credit-mode">${v.msg(useParentBalance ? 'modeParent' : 'modeOwn')}</dd>` : nothing}<dt>${v.msg('paymentMethod')}</dt><dd part="payment-method">${!pm ? html`<span class="muted">${v.msg('noPaymentMethod')}</span>` : pm.last4 ? v.msg('cardEnding', { brand, last4: pm.last4 }) : brand}</dd></dl>${pm && (pm.inactive || pm.failedAt) ? html`<div class="alert danger" role="alert" part="payment-alert">${pm.failedAt ? html`<strong>${v.msg('paymentFailed', { date: v.date(pm.failedAt) })}</strong>` : nothing}${pm.failedMessage ? html`<span class="detail">${v.msg('paymentFailedReason', { message: pm.failedMessage })}</span>` : nothing}${pm.inactive ? html`<strong>${v.msg('paymentInactive')}</strong>` : nothing}</div>` : nothing}</section>`;
}
