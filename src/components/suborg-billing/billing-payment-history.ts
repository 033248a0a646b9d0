// Payment history: newest first, one page at a time with Previous / Next and page info.
import { html, nothing } from 'lit';
import { isInvalid, type ListResult, type Payment } from '../../api/types.js';
import { pageCount } from '../../domain/pagination.js';
import type { BillingView } from './billing-view.js';

export const PAYMENTS_PER_PAGE = 10;

const STATUS_TONE: Record<string, string> = { succeeded: 'success', paid: 'success', failed: 'danger', pending: 'warning', refunded: 'info' };


export function renderPaymentRows(v: BillingView, result: ListResult<Payment>) {
  return html`<div class="table-wrap">
    <table part="payments-table">
      <caption class="visually-hidden">${v.msg('historyHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">${v.msg('colDate')}</th>
          <th scope="col">${v.msg('colType')}</th>
          <th scope="col" class="num">${v.msg('colAmount')}</th>
          <th scope="col">${v.msg('colStatus')}</th>
        </tr>
      </thead>
      <tbody>
        ${result.items.map((item) =>
          isInvalid(item)
            ? html`<tr part="payment-row invalid">
                <td colspan="4">${v.msg('invalidPayment')}</td>
              </tr>`
            : html`<tr part="payment-row" data-id=${item.id}>
                <td data-label=${v.msg('colDate')}><span class="cell">${v.date(item.createdAt)}</span></td>
                <td data-label=${v.msg('colType')}>
                  <span class="cell"><bdi>${item.type}</bdi>${item.description ? html`<br /><span class="muted"><bdi>${item.description}</bdi></span>` : nothing}</span>
                </td>
                <td data-label=${v.msg('colAmount')} class="num"><span class="cell">${v.money(item.amount)}</span></td>
                <td data-label=${v.msg('colStatus')}><span class="cell"><span class="badge ${STATUS_TONE[item.status] ?? ''}"><bdi>${item.status}</bdi></span></span></td>
              </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function renderPager(v: BillingView, page: number, result: ListResult<Payment> | undefined, go: (page: number) => void) {
  const pages = result ? Math.max(1, pageCount(result.total, result.take)) : page;
  const atStart = page <= 1;
  const atEnd = !result || page >= pages;
  // aria-disabled keeps focus on the button at either end instead of dropping it.
  return html`<nav class="pager" part="pager" aria-label=${v.msg('historyHeading')}>
    <button type="button" class="button" part="previous-page" aria-disabled=${atStart ? 'true' : 'false'} @click=${() => !atStart && go(page - 1)}>
      ${v.msg('previousPage')}
    </button>
    <span part="page-info" aria-live="polite">${v.msg('pageInfo', { page, pages })}</span>
    <button type="button" class="button" part="next-page" aria-disabled=${atEnd ? 'true' : 'false'} @click=${() => !atEnd && go(page + 1)}>
      ${v.msg('nextPage')}
    </button>
  </nav>`;
}
