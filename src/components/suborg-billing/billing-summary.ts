// Summary card: plan, balances, credit mode and the payment method with its alerts.
// Brand, digits and messages are data: rendered as text, bidi-isolated.
import { html, nothing } from 'lit';
import type { OrgDetail } from '../../api/types.js';
import { card, type BillingView } from './billing-view.js';

/** The agency view shows the credit mode; the client view's summary spans the row. */
export function renderSummary(v: BillingView, org: OrgDetail, agency: boolean) {
  const m = v.msg;
  const { useParentBalance, paymentMethod: pm } = org.billing;
  // Card networks send lowercase ids (`visa`): shown as a name, with a capital.
  const named = pm?.brand?.trim();
  const brand = named ? named[0]!.toUpperCase() + named.slice(1) : m('unknownBrand');
  return card(
    'summary',
    m('summaryHeading'),
    html`<dl><dt>${m('plan')}</dt><dd><bdi>${org.plan}</bdi></dd><dt>${m('balance')}</dt><dd part="balance">${v.creditsMsg('creditsAmount', org.balance)}</dd><dt>${m('promoBalance')}</dt><dd part="promo-balance">${v.creditsMsg('creditsAmount', org.promoBalance)}${org.promoBalanceResetAt ? html`<span class="muted"> · ${m('promoResets', { date: v.date(org.promoBalanceResetAt) })}</span>` : nothing}</dd>${agency ? html`<dt>${m('creditMode')}</dt><dd part="credit-mode">${m(useParentBalance ? 'modeParent' : 'modeOwn')}</dd>` : nothing}<dt>${m('paymentMethod')}</dt><dd part="payment-method">${!pm ? html`<span class="muted">${m('noPaymentMethod')}</span>` : pm.last4 ? m('cardEnding', { brand, last4: pm.last4 }) : brand}</dd></dl>${pm && (pm.inactive || pm.failedAt) ? html`<div class="alert danger" role="alert" part="payment-alert">${pm.failedAt ? html`<strong>${m('paymentFailed', { date: v.date(pm.failedAt) })}</strong>` : nothing}${pm.failedMessage ? html`<span class="detail">${m('paymentFailedReason', { message: pm.failedMessage })}</span>` : nothing}${pm.inactive ? html`<strong>${m('paymentInactive')}</strong>` : nothing}</div>` : nothing}`,
    !agency,
  );
}
