// What the render parts need from the element: messages and formatting in its locale.
import type { CreditAmount, IsoDate, Money } from '../../api/types.js';
import type { AmountMessages } from '../../internal/amount-input-messages.js';
import type { MessageParams } from '../../i18n/types.js';
import type { BillingStrings } from '../../i18n/en/suborg-billing.js';

export type BillingKey = keyof BillingStrings['en'] & string;

export interface BillingView {
  readonly locale: string;
  msg(key: BillingKey, params?: MessageParams): string;
  /** A plural message chosen by a credit amount (1 credit, 1.5 credits). */
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
