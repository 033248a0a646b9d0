// Notices raised by the notification timestamps, each dismissible until its timestamp changes.
import { html, nothing } from 'lit';
import type { BillingNotice } from '../../domain/billing-notices.js';
import type { BillingView } from './billing-view.js';

export function renderNotices(v: BillingView, notices: BillingNotice[], onDismiss: (n: BillingNotice) => void) {
  if (!notices.length) return nothing;
  return html`<section part="notices" aria-label=${v.msg('noticesLabel')}>
    <ul class="notices">
      ${notices.map((n) => {
        const text = v.msg(`notice.${n.kind}`, { date: v.date(n.at) });
        const tone = n.kind === 'low-balance' ? 'warning' : 'danger';
        return html`<li class="alert notice ${tone}" part="notice" data-notice=${n.kind}>
          <span class="notice-text">${text}</span>
          <button type="button" class="button ghost" part="dismiss-button" aria-label=${v.msg('dismissNotice', { text })} @click=${() => onDismiss(n)}>
            ${v.msg('dismiss')}
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}
