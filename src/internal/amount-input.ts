import { LitElement, css, html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import type { Money } from '../api/types.js';
import { parseCredits, CREDIT_EXPONENT } from '../domain/credits.js';
import { unitsToDecimalString } from '../domain/decimal.js';
import { currencyExponent, formatMoney, parseMoney } from '../domain/money.js';
import { numberFormat } from '../domain/number-format.js';
import type { ParseResult } from '../domain/parse-result.js';
import { tokenStyles } from '../theme/tokens.js';
import { fieldStyles } from './shared-styles.js';
import { flag, states } from './properties.js';
import { emit } from './events.js';
import { DEFAULT_AMOUNT_MESSAGES, fillMessage } from './amount-input-messages.js';
import type { AmountErrorCode, AmountMessages } from './amount-input-messages.js';

export type AmountKind = 'credits' | 'money';

/**
 * A labelled amount field for credits (`kind="credits"`) or money (`kind="money"` +
 * `currency`). What the person types is parsed by the domain parsers in `locale` on every
 * keystroke and is never rewritten while typing; on blur a valid amount is reformatted the
 * way the locale writes it. Errors show under the field after the first blur (or
 * `reportValidity()`), wired with `aria-invalid` and `aria-describedby`.
 *
 * @summary Accessible, locale-aware credits or money input.
 *
 * @fires suborg-amount-change - The text changed (`detail`: `{ value, raw, valid }`; `value` in smallest units or null).
 *
 * @csspart label - The label.
 * @csspart control - The box holding the prefix, input and suffix.
 * @csspart input - The `<input>`.
 * @csspart prefix - The currency symbol before the number.
 * @csspart suffix - The unit after the number.
 * @csspart help - The help text.
 * @csspart error - The error message.
 *
 * @cssprop --suborg-amount-input-width - Inline size of the control (default 100%).
 */
export class SuborgAmountInput extends LitElement {
  static override styles = [
    tokenStyles,
    fieldStyles,
    css`
      :host { display: block }
      .input-group { inline-size: var(--suborg-amount-input-width, 100%); max-inline-size: 100% }
      .input { font-variant-numeric: tabular-nums }
      .field-error:empty { display: none }
    `,
  ];

  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    currency: {},
    locale: {},
    label: {},
    help: {},
    unitLabel: { attribute: 'unit-label' },
    required: flag,
    disabled: flag,
    allowNegative: { type: Boolean, attribute: 'allow-negative' },
    min: { type: Number },
    max: { type: Number },
    errorMessage: { attribute: 'error-message' },
    messages: { attribute: false },
    raw: {},
    ...states('touched'),
  };

  kind: AmountKind = 'credits';
  /** Lowercase ISO 4217 code for `kind="money"`. */
  currency = 'usd';
  /** The locale the person writes numbers in. */
  locale = 'en-US';
  label = 'Amount';
  /** Help text under the field. */
  help = '';
  /** Unit shown after a credits amount. */
  unitLabel = 'credits';
  required = false;
  disabled = false;
  allowNegative = false;
  /** Smallest accepted amount, in smallest units. */
  min?: number;
  /** Largest accepted amount, in smallest units. */
  max?: number;
  /** A server-side error for this field (shown while set, unless the field has its own). */
  errorMessage = '';
  /** Overrides of the English error messages (see `AmountMessages` for keys and placeholders). */
  messages: Partial<AmountMessages> = {};
  /** Exactly what is in the field. Setting it replaces the text as is. */
  raw = '';

  /** Shows local errors: set on first blur or by `reportValidity()`. */
  private touched = false;
  /** A `value` set by the host, formatted into `raw` once the locale is known. */
  private pendingValue: number | null | undefined = undefined;

  /** The amount in smallest units (credit hundredths or currency minor units); null when empty or invalid. Setting it formats it into the field. */
  get value(): number | null {
    return this.pendingValue !== undefined ? this.pendingValue : this.evaluate().value;
  }
  set value(units: number | null) {
    this.pendingValue = units === null || Number.isSafeInteger(units) ? units : null;
    this.requestUpdate();
  }

  /** The amount as `Money` (money kind only). */
  get money(): Money | null {
    const value = this.value;
    return this.kind === 'money' && value !== null ? { amount: value, currency: this.currency.toLowerCase() } : null;
  }

  /** The code of the current problem, shown or not (null when valid). */
  get errorCode(): AmountErrorCode | null {
    return this.pendingValue !== undefined ? null : this.evaluate().code;
  }

  /** The message shown under the field, or ''. */
  get error(): string {
    const code = this.touched ? this.errorCode : null;
    return code ? this.messageFor(code) : this.errorMessage;
  }

  get valid(): boolean {
    return this.errorCode === null;
  }

  /** Shows the current error (if any) as after a blur; returns validity. */
  reportValidity(): boolean {
    this.touched = true;
    return this.valid;
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('input')?.focus(options);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (this.pendingValue !== undefined) {
      this.raw = this.pendingValue === null ? '' : this.format(this.pendingValue);
      this.pendingValue = undefined;
      this.touched = false;
    }
  }

  /** Fraction digits: 2 for credits, the currency's minor unit for money (2 for a malformed code). */
  private digits(): number {
    try {
      return this.kind === 'credits' ? CREDIT_EXPONENT : currencyExponent(this.currency);
    } catch {
      return 2;
    }
  }

  /**
   * `units` as the locale writes a plain number: up to 2 fraction digits for credits, exactly the
   * currency's for money. Exact: formatted from the decimal string of the integer units.
   */
  private format(units: number): string {
    const digits = this.digits();
    const format = numberFormat(this.locale, { minimumFractionDigits: this.kind === 'money' ? digits : 0, maximumFractionDigits: digits });
    return format.format(unitsToDecimalString(units, digits) as `${number}`);
  }

  /** A bound for a message: money with its currency. */
  private formatBound(units: number): string {
    try {
      if (this.kind === 'money') return formatMoney({ amount: units, currency: this.currency }, this.locale);
    } catch {
      // A malformed currency code: the bare number.
    }
    return this.format(units);
  }

  private parse(): ParseResult<number> {
    const options = { locale: this.locale, allowNegative: this.allowNegative };
    if (this.kind === 'credits') return parseCredits(this.raw, options);
    try {
      const result = parseMoney(this.raw, { ...options, currency: this.currency });
      return result.ok ? { ok: true, value: result.value.amount } : result;
    } catch {
      // A malformed currency code: nothing typed can be a valid amount of it.
      return { ok: false, error: 'not-a-number' };
    }
  }

  private evaluate(): { value: number | null; code: AmountErrorCode | null } {
    const result = this.parse();
    if (!result.ok) return { value: null, code: result.error === 'empty' && !this.required ? null : result.error };
    const value = result.value;
    const code = value < (this.min ?? -Infinity) ? 'below-min' : value > (this.max ?? Infinity) ? 'above-max' : null;
    return { value: code ? null : value, code };
  }

  private messageFor(code: AmountErrorCode): string {
    const messages = { ...DEFAULT_AMOUNT_MESSAGES, ...this.messages };
    const digits = this.digits();
    const bound = (units?: number) => (units === undefined ? '' : this.formatBound(units));
    return fillMessage(messages[code === 'too-precise' && !digits ? 'too-precise-whole' : code], {
      example: this.format(1234 * 10 ** digits + (digits ? 5 * 10 ** (digits - 1) : 0)),
      digits: String(digits),
      min: bound(this.min),
      max: bound(this.max),
    });
  }

  private emitChange(): void {
    const { value, code } = this.evaluate();
    emit(this, 'suborg-amount-change', { value, raw: this.raw, valid: !code });
  }

  private onBlur(): void {
    this.touched = true;
    const { value, code } = this.evaluate();
    if (code || value === null) return;
    const formatted = this.format(value);
    if (formatted !== this.raw) {
      this.raw = formatted;
      this.emitChange();
    }
  }

  /** The unit beside the number: "credits" after it, or the currency symbol where the locale writes it. */
  private affix(): { text: string; at: 'prefix' | 'suffix' } {
    if (this.kind === 'credits') return { text: this.unitLabel, at: 'suffix' };
    const code = this.currency.toUpperCase();
    try {
      const parts = numberFormat(this.locale, { style: 'currency', currency: code }).formatToParts(1);
      const symbolAt = parts.findIndex((p) => p.type === 'currency');
      return { text: parts[symbolAt]!.value.trim(), at: symbolAt < parts.findIndex((p) => p.type === 'integer') ? 'prefix' : 'suffix' };
    } catch {
      return { text: code, at: 'suffix' };
    }
  }

  override render() {
    const error = this.error;
    const { text, at } = this.affix();
    const affix = html`<span class="affix" id=${at} part=${at}>${text}</span>`;
    const describedBy = [at, this.help && 'help', error && 'error'].filter(Boolean).join(' ');
    return html`
      <div class="field">
        <label class="field-label" for="input" part="label">${this.label}</label>
        <div class="input-group" part="control">
          ${at === 'prefix' ? affix : nothing}
          <input
            id="input"
            class="input"
            part="input"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            .value=${this.raw}
            ?required=${this.required}
            ?disabled=${this.disabled}
            aria-invalid=${!!error}
            aria-describedby=${describedBy}
            @input=${(e: InputEvent) => {
              this.raw = (e.target as HTMLInputElement).value;
              this.emitChange();
            }}
            @blur=${this.onBlur}
          />
          ${at === 'suffix' ? affix : nothing}
        </div>
        ${this.help ? html`<p class="field-help" id="help" part="help">${this.help}</p>` : nothing}
        <p class="field-error" id="error" part="error" aria-live="polite">${error}</p>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suborg-amount-input': SuborgAmountInput;
  }
}
