// What the render parts need from the element (messages and formatting in its locale), and the
// one amount field every part renders.
import { html } from 'lit';
import type { CreditAmount, IsoDate, Money } from '../../api/types.js';
import type { AmountMessages } from '../../internal/amount-input-messages.js';
import type { MessageParams } from '../../i18n/types.js';
import type { BillingStrings } from '../../i18n/en/suborg-billing.js';

export type BillingKey = keyof BillingStrings['en'] & string;

export interface BillingView {
  readonly locale: string;
  msg(key: BillingKey, params?: MessageParams): string;
  /** A plural message chosen by a credit amount (1 credit, 1.5 credits); `{amount}` is that amount, formatted. */
  creditsMsg(key: BillingKey, amount: CreditAmount, params?: MessageParams): string;
  credits(amount: CreditAmount): string;
  money(money: Money): string;
  date(iso: IsoDate | null): string;
  /** The amount field's own parse messages, in this locale. */
  readonly amountMessages: Partial<AmountMessages>;
  /** The localized reason for a failure (by ApiError kind). */
  reason(error: unknown): string;
}

/** The plural count for a credit amount: whole credits count as themselves, fractions as "other". */
export function creditsPluralCount(amount: CreditAmount): number {
  return amount % 100 === 0 ? amount / 100 : 1.5;
}

/** A required amount field named by its domain path: credits, or money in `currency`. */
export function amountField(
  v: BillingView,
  name: string,
  label: string,
  raw: string,
  error: string,
  disabled: boolean | undefined,
  onRaw: (raw: string) => void,
  currency?: string,
) {
  return html`<suborg-amount-input name=${name} kind=${currency ? 'money' : 'credits'} .currency=${currency ?? 'usd'} .label=${label} .unitLabel=${v.msg('creditsUnit')} .messages=${v.amountMessages} .locale=${v.locale} .raw=${raw} .errorMessage=${error} ?disabled=${disabled} required @suborg-amount-change=${(e: CustomEvent<{ raw: string }>) => onRaw(e.detail.raw)}></suborg-amount-input>`;
}

/** A button that stays focusable while `off` (aria-disabled) and then does nothing. */
export function button(part: string, label: string, run: () => unknown, off = false, tone = '') {
  return html`<button class="button ${tone}" part=${part} aria-disabled=${off} @click=${() => off || run()}>${label}</button>`;
}

/** A card: a section named by its heading (whose id derives from the part). */
export function card(part: string, heading: string, body: unknown, wide?: boolean) {
  return html`<section class="card ${wide ? 'wide' : ''}" part=${part} aria-labelledby="${part}-h"><h3 id="${part}-h">${heading}</h3>${body}</section>`;
}

/** An alert in `tone` (danger or warning): role alert for a failure, status for a note. */
export function alert(part: string, tone: string, body: unknown, role = 'alert') {
  return html`<p class="alert ${tone}" role=${role} part=${part}>${body}</p>`;
}
