import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Money } from '../api/types.js';
import { parseCredits, formatCredits, CREDIT_EXPONENT } from '../domain/credits.js';
import { currencyExponent, formatMoney, parseMoney } from '../domain/money.js';
import type { ParseResult } from '../domain/parse-result.js';
import { tokenStyles } from '../theme/tokens.js';
import { fieldStyles } from './shared-styles.js';
import { AmountChangeEvent } from './amount-input-events.js';
import { currencyAffix, formatAmountForInput } from './amount-input-format.js';
import { DEFAULT_AMOUNT_MESSAGES, fillMessage } from './amount-input-messages.js';
import type { AmountErrorCode, AmountMessages } from './amount-input-messages.js';

export type AmountKind = 'credits' | 'money';

interface Evaluation {
  value: number | null;
  code: AmountErrorCode | null;
}

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
      :host {
        --_amount-input-width: var(--suborg-amount-input-width, 100%);
        display: block;
      }
      .input-group {
        inline-size: var(--_amount-input-width);
        max-inline-size: 100%;
      }
      .input {
        font-variant-numeric: tabular-nums;
      }
      .field-error:empty {
        display: none;
      }
    `,
  ];

  @property({ reflect: true }) kind: AmountKind = 'credits';
  /** Lowercase ISO 4217 code for `kind="money"`. */
  @property() currency = 'usd';
  /** The locale the person writes numbers in. */
  @property() locale = 'en-US';
  @property() label = 'Amount';
  /** Help text under the field. */
  @property() help = '';
  /** Unit shown after a credits amount. */
  @property({ attribute: 'unit-label' }) unitLabel = 'credits';
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ type: Boolean, attribute: 'allow-negative' }) allowNegative = false;
  /** Smallest accepted amount, in smallest units. */
  @property({ type: Number }) min?: number;
  /** Largest accepted amount, in smallest units. */
  @property({ type: Number }) max?: number;
  /** A server-side error for this field (shown while set, unless the field has its own). */
  @property({ attribute: 'error-message' }) errorMessage = '';
  /** Overrides of the English error messages (see `AmountMessages` for keys and placeholders). */
  @property({ attribute: false }) messages: Partial<AmountMessages> = {};
  /** Exactly what is in the field. Setting it replaces the text as is. */
  @property() raw = '';

  /** Shows local errors: set on first blur or by `reportValidity()`. */
  @state() private touched = false;
  @query('input') private input!: HTMLInputElement;
  /** A `value` set by the host, formatted into `raw` once the locale is known. */
  private pendingValue: number | null | undefined = undefined;

  /** The amount in smallest units (credit hundredths or currency minor units); null when empty or invalid. Setting it formats it into the field. */
  get value(): number | null {
    if (this.pendingValue !== undefined) return this.pendingValue;
    return this.evaluate().value;
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
    this.input?.focus(options);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (this.pendingValue !== undefined) {
      this.raw = this.pendingValue === null ? '' : this.format(this.pendingValue);
      this.pendingValue = undefined;
      this.touched = false;
    }
  }

  private exponent(): number {
    if (this.kind === 'credits') return CREDIT_EXPONENT;
    try {
      return currencyExponent(this.currency);
    } catch {
      return 2;
    }
  }

  private format(units: number): string {
    return formatAmountForInput(units, this.kind, this.exponent(), this.locale);
  }

  private formatBound(units: number): string {
    if (this.kind === 'credits') return formatCredits(units, this.locale);
    try {
      return formatMoney({ amount: units, currency: this.currency }, this.locale);
    } catch {
      return this.format(units);
    }
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

  private evaluate(): Evaluation {
    const result = this.parse();
    if (!result.ok) {
      if (result.error === 'empty' && !this.required) return { value: null, code: null };
      return { value: null, code: result.error };
    }
    if (this.min !== undefined && result.value < this.min) return { value: null, code: 'below-min' };
    if (this.max !== undefined && result.value > this.max) return { value: null, code: 'above-max' };
    return { value: result.value, code: null };
  }

  private messageFor(code: AmountErrorCode): string {
    const messages = { ...DEFAULT_AMOUNT_MESSAGES, ...this.messages };
    const digits = this.exponent();
    const key = code === 'too-precise' && digits === 0 ? 'too-precise-whole' : code;
    return fillMessage(messages[key], {
      example: this.format(1234 * 10 ** digits + (digits > 0 ? 5 * 10 ** (digits - 1) : 0)),
      digits: String(digits),
      min: this.min !== undefined ? this.formatBound(this.min) : '',
      max: this.max !== undefined ? this.formatBound(this.max) : '',
    });
  }

  private emitChange(): void {
    const { value, code } = this.evaluate();
    this.dispatchEvent(new AmountChangeEvent({ value, raw: this.raw, valid: code === null }));
  }

  private onInput(event: InputEvent): void {
    this.raw = (event.target as HTMLInputElement).value;
    this.emitChange();
  }

  private onBlur(): void {
    this.touched = true;
    const { value, code } = this.evaluate();
    if (code !== null || value === null) return;
    const formatted = this.format(value);
    if (formatted !== this.raw) {
      this.raw = formatted;
      this.emitChange();
    }
  }

  private renderAffixes(): { prefix: unknown; suffix: unknown } {
    if (this.kind === 'credits') {
      return { prefix: nothing, suffix: html`<span class="affix" id="suffix" part="suffix">${this.unitLabel}</span>` };
    }
    const { symbol, position } = currencyAffix(this.currency, this.locale);
    const affix = html`<span class="affix" id=${position} part=${position}>${symbol}</span>`;
    return position === 'prefix' ? { prefix: affix, suffix: nothing } : { prefix: nothing, suffix: affix };
  }

  override render() {
    const error = this.error;
    const { prefix, suffix } = this.renderAffixes();
    const describedBy = [prefix === nothing ? '' : 'prefix', suffix === nothing ? '' : 'suffix', this.help ? 'help' : '', error ? 'error' : '']
      .filter(Boolean)
      .join(' ');
    return html`
      <div class="field">
        <label class="field-label" for="input" part="label">${this.label}</label>
        <div class="input-group" part="control">
          ${prefix}
          <input
            id="input"
            class="input"
            part="input"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            .value=${live(this.raw)}
            ?required=${this.required}
            ?disabled=${this.disabled}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            @input=${this.onInput}
            @blur=${this.onBlur}
          />
          ${suffix}
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
