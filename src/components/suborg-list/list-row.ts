// One body row of the grid. Names are data, not markup: rendered as text inside <bdi> (a
// name with an RTL override cannot flip the UI around it), truncated by CSS with the full
// name in `title` and in the accessibility tree. Logos pass safeUrl or become initials.
import { html, nothing } from 'lit';
import type { SubOrgSummary } from '../../api/types.js';
import { isInvalid } from '../../api/types.js';
import { formatCredits } from '../../domain/credits.js';
import { initials } from '../../domain/initials.js';
import type { ListColumn } from '../../domain/list-columns.js';
import { capOn, rowStatuses } from '../../domain/list-row-status.js';
import type { RowSlot } from '../../domain/list-page-cache.js';
import { formatMoney } from '../../domain/money.js';
import { safeUrl } from '../../domain/url-safety.js';
import type { MenuItem } from '../../internal/menu-button.js';
import { styleProps } from '../../internal/style-props.js';
import type { ListMsg } from './list-host.js';

export interface RowContext {
  msg: ListMsg;
  locale: string;
  columns: readonly ListColumn[];
  rowHeight: number;
  active: number;
  failedLogos: ReadonlySet<string>;
  menuItems: MenuItem[];
  /** False until the real menu button may render (the first rows show look-alikes only). */
  liveMenu: boolean;
  canManage: boolean;
  /** Filled while rendering: the ids of the rows drawn. */
  ids: string[];
  /** Filled while rendering: failed pages whose first row (the one with Retry) is drawn. */
  failedPages: Set<number>;
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
    formatted.set(key, (s = make()));
  }
  return s;
}

const credits = (amount: number, locale: string) => cached(`c|${locale}|${amount}`, () => formatCredits(amount, locale));
const money = ({ amount, currency }: { amount: number; currency: string }, locale: string) => cached(`m|${locale}|${currency}|${amount}`, () => formatMoney({ amount, currency }, locale));

// Templates are written without whitespace between tags, and plain text is the cell's own
// `.textContent` (text, never markup): every wrapping element, whitespace node and
// text-binding marker would be one more node per cell, and the first screen renders ~10 rows
// of 8 cells. A cell is a block, so data inside it cannot reorder the text around it.

/** A text cell (the stacked layout labels the value from `data-label`). */
const cell = (cls: string, text: string, label?: string) => html`<div role="gridcell" class="cell ${cls}" data-label=${label ?? nothing} .textContent=${text}></div>`;

/** Each column's cell, whole. */
const CELLS: Record<ListColumn, (org: SubOrgSummary, ctx: RowContext) => unknown> = {
  logo(org, ctx) {
    // Relative logo paths resolve against the page, so same-origin logos work; anything unsafe → initials.
    const src = ctx.failedLogos.has(org.id) ? null : safeUrl(org.logoUrl, { base: document.baseURI });
    return html`<div role="gridcell" class="cell logo">${src
      ? html`<img class="logo-img" part="logo" src=${src} alt="" width="32" height="32" loading="lazy" referrerpolicy="no-referrer" @error=${() => ctx.onLogoError(org.id)} />`
      : html`<bdi class="initials" part="initials" aria-hidden="true" .textContent=${initials(org.name)}></bdi>`}</div>`;
  },
  // The name keeps its <bdi>: the element that truncates, with the full name in `title`.
  name: (org) => html`<div role="gridcell" class="cell name"><bdi class="name-text" part="name" title=${org.name} .textContent=${org.name}></bdi></div>`,
  plan: (org, { msg }) => cell('plan', org.plan, msg('col.plan')),
  balance(org, { msg, locale }) {
    const text = credits(org.balance, locale);
    const label = msg('col.balance');
    return org.promoBalance > 0
      ? html`<div role="gridcell" class="cell balance num" data-label=${label}>${text}<span class="promo" .textContent=${msg('promo', { amount: credits(org.promoBalance, locale) })}></span></div>`
      : cell('balance num', text, label);
  },
  members: (org, { msg }) => cell('members num', msg('members', { count: org.members.length })),
  spend(org, { msg, locale }) {
    const used = money(org.spendingCapUsed, locale);
    return cell('spend num', capOn(org) ? msg('spendOfCap', { used, cap: money(org.billing.spendingCap.amount, locale) }) : used, msg('col.spend'));
  },
  status(org, { msg }) {
    const statuses = rowStatuses(org);
    return html`<div role="gridcell" class="cell status" data-label=${msg('col.status')}>${statuses.length
      ? statuses.map((s) => html`<span class="badge ${s === 'cap-reached' ? 'warning' : 'danger'}" .textContent=${msg(`status.${s}`)}></span>`)
      : html`<span class="badge success" .textContent=${msg('status.ok')}></span>`}</div>`;
  },
};

/**
 * The actions column's buttons as the rows draw them, for the header, hidden (so neither
 * focusable nor in the accessibility tree): each row is its
 * own grid (rows are positioned for virtualization), so the `auto` actions track of the
 * header and of every row gets the same width from the same content, in CSS alone.
 */
export const actionsSizer = ({ canManage, msg, menuItems }: RowContext) =>
  html`${canManage ? html`<button class="button secondary manage sizer" .textContent=${msg('manage')}></button>` : nothing}${menuItems.length
    ? html`<button class="button icon sizer"></button>`
    : nothing}`;

function actionsCell(org: SubOrgSummary, index: number, ctx: RowContext) {
  const active = index === ctx.active;
  const label = ctx.msg('actionsFor', { name: org.name });
  // Only the active row carries a real menu button (one tab stop per grid, and far fewer
  // elements while scrolling); other rows show a look-alike (the same three dots) that activates the row first,
  // and so does the active row until `liveMenu` (just after the first rows are painted).
  const menu = !ctx.menuItems.length
    ? nothing
    : active && ctx.liveMenu
      ? html`<suborg-menu-button class="menu" .items=${ctx.menuItems} label=${label} locale=${ctx.locale} @suborg-menu-select=${(e: CustomEvent<{ value: string }>) => ctx.onMenuSelect(org, e.detail.value)}></suborg-menu-button>`
      : html`<button class="button icon menu-placeholder" tabindex="-1" aria-haspopup="menu" aria-label=${label} @click=${() => ctx.onMenuPlaceholder(index)}><svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" stroke="currentColor" stroke-width="3.5" stroke-linecap="round"><path d="M4 10h0m6 0h0m6 0h0"></path></svg></button>`;
  return html`<div role="gridcell" class="cell actions">${ctx.canManage
    ? html`<button class="button secondary manage" part="manage-button" tabindex=${active ? 0 : -1} aria-label=${ctx.msg('manageName', { name: org.name })} @click=${() => ctx.onManage(org)} .textContent=${ctx.msg('manage')}></button>`
    : nothing}${menu}</div>`;
}

/** A row-wide cell: loading, a failed page, an entry that failed the schema. */
const wide = (ctx: RowContext, content: unknown, cls = '') => html`<div role="gridcell" class="cell wide ${cls}" aria-colspan=${ctx.columns.length + 1}>${content}</div>`;

export function renderRow(index: number, slot: RowSlot, ctx: RowContext) {
  const { msg } = ctx;
  const entry = slot.kind === 'row' ? slot.entry : undefined;
  let kind = '';
  let content: unknown;
  if (slot.kind === 'loading') {
    kind = 'skeleton';
    // The shared skeleton bar (.async-loading .bar), at 60%.
    content = wide(ctx, html`<span class="visually-hidden">${msg('loadingRows')}</span><span class="bar short" aria-hidden="true"></span>`, 'async-loading');
  } else if (slot.kind === 'error') {
    // Only the page's first row drawn offers Retry.
    const first = !ctx.failedPages.has(slot.page);
    ctx.failedPages.add(slot.page);
    kind = 'page-error';
    content = wide(
      ctx,
      html`<span class="page-error-text">${msg('pageError')}</span>${first
          ? html`<button class="button secondary retry-page" tabindex=${index === ctx.active ? 0 : -1} @click=${() => ctx.onRetryPage(slot.page)}>${msg('retryRows')}</button>`
          : nothing}`,
    );
  } else if (isInvalid(entry!)) {
    kind = 'invalid';
    content = wide(ctx, html`<span class="badge danger">${entry.id ? msg('invalidRowId', { id: entry.id }) : msg('invalidRow')}</span>`);
  } else {
    const org = entry as SubOrgSummary;
    content = html`${ctx.columns.map((c) => CELLS[c](org, ctx))}${actionsCell(org, index, ctx)}`;
  }
  const id = entry?.id;
  if (id) ctx.ids.push(id);
  return html`<div role="row" part="row" class="row ${kind}" aria-rowindex=${index + 2} data-index=${index} data-id=${id ?? nothing} tabindex=${index === ctx.active ? 0 : -1} ${styleProps({ transform: `translateY(${index * ctx.rowHeight}px)` })}>${content}</div>`;
}
