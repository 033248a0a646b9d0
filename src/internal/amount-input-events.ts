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
  static readonly eventName = 'suborg-amount-change';
  readonly detail: AmountChangeDetail;
  constructor(detail: AmountChangeDetail) {
    super(AmountChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** This element's events, for the global event maps (they bubble to document and window). */
interface AmountInputEventMap {
  'suborg-amount-change': AmountChangeEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging into the DOM's maps
  interface HTMLElementEventMap extends AmountInputEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends AmountInputEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends AmountInputEventMap {}
}
