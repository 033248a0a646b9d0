// One body row of the grid. Names are data, not markup: rendered as text inside <bdi> (a
// name with an RTL override cannot flip the UI around it), truncated by CSS with the full
// name in `title` and in the accessibility tree. Logos pass safeUrl or become initials.
import { html, nothing } from 'lit';
import type { InvalidItem, SubOrgSummary } from '../../api/types.js';
import { isInvalid } from '../../api/types.js';
import { formatCredits } from '../../domain/credits.js';
import { initials } from '../../domain/initials.js';
import type { ListColumn } from '../../domain/list-columns.js';
import { capOn, rowStatuses } from '../../domain/list-row-status.js';
import type { RowSlot } from '../../domain/list-page-cache.js';
import { formatMoney } from '../../domain/money.js';
import { safeUrl } from '../../domain/url-safety.js';
import type { MenuItem } from '../../internal/menu-button.js';
import type { ListMsg } from './list-host.js';
import { styleProps } from '../../internal/style-props.js';

export interface RowContext {
  msg: ListMsg;
  locale: string;
  columns: readonly ListColumn[];
  rowHeight: number;
  activeIndex: number;
  failedLogos: ReadonlySet<string>;
  menuItems: MenuItem[];
  /** False until the real menu button may render (the first rows show look-alikes only). */
  liveMenu: boolean;
  canManage: boolean;
  onLogoError(id: string): void;
  onManage(org: SubOrgSummary): void;
  onMenuSelect(org: SubOrgSummary, value: string): void;
  onMenuPlaceholder(index: number): void;
  onRetryPage(page: number): void;
}

// Formatting runs for every visible row on every scroll frame: cache the strings.
const formatted = new Map<string, string>();
function cached(key: string, make: () => string): string {
  let s = formatted.get(key);
  if (s === undefined) {
    if (formatted.size > 5000) formatted.clear();
    s = make();
    formatted.set(key, s);
  }
  return s;
}

function credits(amount: number, locale: string): string {
  return cached(`c|${locale}|${amount}`, () => formatCredits(amount, locale));
}

function money(amount: number, currency: string, locale: string): string {
  return cached(`m|${locale}|${currency}|${amount}`, () => formatMoney({ amount, currency }, locale));
}

function position(index: number, ctx: RowContext) {
  return styleProps({ transform: `translateY(${index * ctx.rowHeight}px)` });
}

// Templates are written without whitespace between tags and with `.textContent` for plain
// text: every whitespace node and text-binding marker would be one more node per cell, and
// the first screen renders ~15 rows of 8 cells. (`.textContent` is text, never markup.)

function logoCell(org: SubOrgSummary, ctx: RowContext) {
  // Relative logo paths resolve against the page, so same-origin logos work; anything unsafe → initials.
  const src = ctx.failedLogos.has(org.id) ? null : safeUrl(org.logoUrl, { base: document.baseURI });
  return html`<div role="gridcell" class="cell logo">${src
    ? html`<img class="logo-img" part="logo" src=${src} alt="" width="32" height="32" loading="lazy" referrerpolicy="no-referrer" @error=${() => ctx.onLogoError(org.id)} />`
    : html`<bdi class="initials" part="initials" aria-hidden="true" .textContent=${initials(org.name)}></bdi>`}</div>`;
}

function statusCell(org: SubOrgSummary, ctx: RowContext) {
  const statuses = rowStatuses(org);
  return html`<div role="gridcell" class="cell status" data-label=${ctx.msg('col.status')}>${statuses.length === 0
    ? html`<span class="badge success" .textContent=${ctx.msg('status.ok')}></span>`
    : statuses.map((s) => html`<span class="badge ${s === 'cap-reached' ? 'warning' : 'danger'}" .textContent=${ctx.msg(`status.${s}`)}></span>`)}</div>`;
}

function cell(column: ListColumn, org: SubOrgSummary, ctx: RowContext) {
  const { msg, locale } = ctx;
  switch (column) {
    case 'logo':
      return logoCell(org, ctx);
    case 'name':
      return html`<div role="gridcell" class="cell name"><bdi class="name-text" part="name" title=${org.name} .textContent=${org.name}></bdi></div>`;
    case 'plan':
      return html`<div role="gridcell" class="cell plan" data-label=${msg('col.plan')}><bdi .textContent=${org.plan}></bdi></div>`;
    case 'balance':
      return html`<div role="gridcell" class="cell balance" data-label=${msg('col.balance')}><span class="num" .textContent=${credits(org.balance, locale)}></span>${org.promoBalance > 0
        ? html`<span class="promo" .textContent=${msg('promo', { amount: credits(org.promoBalance, locale) })}></span>`
        : nothing}</div>`;
    case 'members':
      return html`<div role="gridcell" class="cell members"><span class="num" .textContent=${msg('members', { count: org.members.length })}></span></div>`;
    case 'spend': {
      const used = money(org.spendingCapUsed.amount, org.spendingCapUsed.currency, locale);
      const cap = org.billing.spendingCap.amount;
      const text = capOn(org) ? msg('spendOfCap', { used, cap: money(cap.amount, cap.currency, locale) }) : used;
      return html`<div role="gridcell" class="cell spend" data-label=${msg('col.spend')}><span class="num" .textContent=${text}></span></div>`;
    }
    case 'status':
      return statusCell(org, ctx);
  }
}

function actionsCell(org: SubOrgSummary, index: number, ctx: RowContext) {
  const active = index === ctx.activeIndex;
  const realMenu = active && ctx.liveMenu;
  const tab = active ? 0 : -1;
  const label = ctx.msg('actionsFor', { name: org.name });
  // Only the active row carries a real menu button (one tab stop per grid, and far fewer
  // elements while scrolling); other rows show a look-alike that activates the row first,
  // and so does the active row until `liveMenu` (just after the first rows are painted).
  const menu =
    ctx.menuItems.length === 0
      ? nothing
      : realMenu
        ? html`<suborg-menu-button class="menu" .items=${ctx.menuItems} label=${label} locale=${ctx.locale} @suborg-menu-select=${(e: CustomEvent<{ value: string }>) => ctx.onMenuSelect(org, e.detail.value)}></suborg-menu-button>`
        : html`<button type="button" class="button icon menu-placeholder" tabindex="-1" aria-haspopup="menu" aria-label=${label} @click=${() => ctx.onMenuPlaceholder(index)}><svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="currentColor"><path d="M2.25 10a1.75 1.75 0 1 0 3.5 0 1.75 1.75 0 1 0-3.5 0M8.25 10a1.75 1.75 0 1 0 3.5 0 1.75 1.75 0 1 0-3.5 0M14.25 10a1.75 1.75 0 1 0 3.5 0 1.75 1.75 0 1 0-3.5 0" /></svg></button>`;
  const manage = ctx.canManage
    ? html`<button type="button" class="button secondary manage" part="manage-button" tabindex=${tab} aria-label=${ctx.msg('manageName', { name: org.name })} @click=${() => ctx.onManage(org)} .textContent=${ctx.msg('manage')}></button>`
    : nothing;
  return html`<div role="gridcell" class="cell actions">${manage}${menu}</div>`;
}

function rowShell(index: number, ctx: RowContext, className: string, content: unknown, id?: string) {
  return html`<div role="row" part="row" class="row ${className}" aria-rowindex=${index + 2} data-index=${index} data-id=${id ?? nothing} tabindex=${index === ctx.activeIndex ? 0 : -1} ${position(index, ctx)}>${content}</div>`;
}

function invalidRow(item: InvalidItem, index: number, ctx: RowContext) {
  const text = item.id ? ctx.msg('invalidRowId', { id: item.id }) : ctx.msg('invalidRow');
  return rowShell(index, ctx, 'invalid', html`<div role="gridcell" class="cell wide" aria-colspan=${ctx.columns.length + 1}><span class="badge danger">${text}</span></div>`, item.id ?? undefined);
}

export function renderRow(index: number, slot: RowSlot, ctx: RowContext, firstOfFailedPage: boolean) {
  if (slot.kind === 'loading') {
    return rowShell(
      index,
      ctx,
      'skeleton',
      html`<div role="gridcell" class="cell wide" aria-colspan=${ctx.columns.length + 1}><span class="visually-hidden">${ctx.msg('loadingRows')}</span><span class="bar" aria-hidden="true"></span></div>`,
    );
  }
  if (slot.kind === 'error') {
    return rowShell(
      index,
      ctx,
      'page-error',
      html`<div role="gridcell" class="cell wide" aria-colspan=${ctx.columns.length + 1}>
        <span class="page-error-text">${ctx.msg('pageError')}</span>
        ${firstOfFailedPage
          ? html`<button type="button" class="button secondary retry-page" tabindex=${index === ctx.activeIndex ? 0 : -1} @click=${() => ctx.onRetryPage(slot.page)}>${ctx.msg('retryRows')}</button>`
          : nothing}
      </div>`,
    );
  }
  const entry = slot.entry;
  if (isInvalid(entry)) return invalidRow(entry, index, ctx);
  return rowShell(index, ctx, '', html`${ctx.columns.map((c) => cell(c, entry, ctx))}${actionsCell(entry, index, ctx)}`, entry.id);
}
