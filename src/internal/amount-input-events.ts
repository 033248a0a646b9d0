// Typed events of <suborg-amount-input>. Bubbles and crosses shadow roots.

export interface AmountChangeDetail {
  /** Smallest units (credit hundredths or currency minor units), or null when empty or invalid. */
  value: number | null;
  /** Exactly what the person typed. */
  raw: string;
  valid: boolean;
}

/** The text in the field changed (every keystroke). */
export class AmountChangeEvent extends Event {
  static readonly type = 'suborg-amount-change';
  readonly detail: AmountChangeDetail;
  constructor(detail: AmountChangeDetail) {
    super(AmountChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'suborg-amount-change': AmountChangeEvent;
  }
}
