// Payment history: newest first, one page at a time with Previous / Next and page info.
// Type, description and status are data: rendered as text, bidi-isolated.
import { html, nothing } from 'lit';
import { isInvalid, type ListResult, type Payment } from '../../api/types.js';
import { pageCount } from '../../domain/pagination.js';
import { billingStrings } from '../../i18n/en/suborg-billing.js';
import { button, type BillingView } from './billing-view.js';

export const PAYMENTS_PER_PAGE = 10;

const STATUS_TONE: Record<string, string> = { succeeded: 'success', paid: 'success', failed: 'danger', pending: 'warning', refunded: 'info' };

/** A known type or status in the reader's language; anything else as the API sent it. */
const label = (v: BillingView, value: string) => {
  const key = `payment.${value}`;
  return key in billingStrings.en ? v.msg(key as keyof typeof billingStrings.en) : value;
};

/** The table is named by the payments card's heading. */
export function renderPaymentRows(v: BillingView, result: ListResult<Payment>) {
  const m = v.msg;
  const cols = (['colDate', 'colType', 'colAmount', 'colStatus'] as const).map((key) => m(key));
  // In a narrow container each cell shows its column name from data-label (CSS ::before).
  const cell = (i: number, content: unknown) => html`<td data-label=${cols[i]!} class=${i === 2 ? 'num' : ''}><span class="cell">${content}</span></td>`;
  return html`<table part="payments-table" aria-labelledby="payments-h"><thead><tr>${cols.map((c, i) => html`<th scope="col" class=${i === 2 ? 'num' : ''}>${c}</th>`)}</tr></thead><tbody>${result.items.map((item) =>
    isInvalid(item)
      ? html`<tr part="payment-row invalid"><td colspan="4">${m('invalidPayment')}</td></tr>`
      : html`<tr part="payment-row" data-id=${item.id}>${cell(0, v.date(item.createdAt))}${cell(1, html`<bdi>${label(v, item.type)}</bdi>${item.description ? html`<br><span class="muted"><bdi>${item.description}</bdi></span>` : nothing}`)}${cell(2, v.money(item.amount))}${cell(3, html`<span class="badge ${STATUS_TONE[item.status] ?? ''}"><bdi>${label(v, item.status)}</bdi></span>`)}</tr>`,
  )}</tbody></table>`;
}

/** aria-disabled keeps focus on the button at either end instead of dropping it. */
export function renderPager(v: BillingView, page: number, result: ListResult<Payment> | undefined, go: (page: number) => void) {
  const m = v.msg;
  const pages = result ? Math.max(1, pageCount(result.total, result.take)) : page;
  return html`<nav class="pager" part="pager" aria-label=${m('historyHeading')}>${button('previous-page', m('previousPage'), () => go(page - 1), page <= 1)}<span part="page-info" aria-live="polite">${m('pageInfo', { page, pages })}</span>${button('next-page', m('nextPage'), () => go(page + 1), !result || page >= pages)}</nav>`;
}
