// Notices raised by the notification timestamps, each dismissible until its timestamp changes.
import { html, nothing } from 'lit';
import type { BillingNotice } from '../../domain/billing-notices.js';
import type { BillingView } from './billing-view.js';

/** A notice's sentence (also what the live region reads out when it appears). */
export const noticeText = (v: BillingView, n: BillingNotice) => v.msg(`notice.${n.kind}`, { date: v.date(n.at) });

export function renderNotices(v: BillingView, notices: BillingNotice[], onDismiss: (n: BillingNotice) => void) {
  const m = v.msg;
  return notices.length
    ? html`<section part="notices" aria-label=${m('noticesLabel')}><ul>${notices.map((n) => {
        const text = noticeText(v, n);
        return html`<li class="alert notice ${n.kind === 'low-balance' ? 'warning' : 'danger'}" part="notice" data-notice=${n.kind}><span class="notice-text">${text}</span><button class="button ghost" part="dismiss-button" aria-label=${m('dismissNotice', { text })} @click=${() => onDismiss(n)}>${m('dismiss')}</button></li>`;
      })}</ul></section>`
    : nothing;
}
