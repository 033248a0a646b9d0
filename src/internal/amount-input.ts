import { LitElement, css, html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import type { Money } from '../api/types.js';
import { parseCredits, CREDIT_EXPONENT } from '../domain/credits.js';
import { unitsToDecimalString } from '../domain/decimal.js';
import { currencyExponent, parseMoney } from '../domain/money.js';
import { numberFormat } from '../domain/number-format.js';
import type { ParseResult } from '../domain/parse-result.js';
import { formatMessage } from '../i18n/format.js';
import { tokenStyles } from '../theme/tokens.js';
import { fieldStyles } from './shared-styles.js';
import { flag, states } from './properties.js';
import { emit } from './events.js';
import { DEFAULT_AMOUNT_MESSAGES } from './amount-input-messages.js';
import type { AmountErrorCode, AmountMessages } from './amount-input-messages.js';

export type AmountKind = 'credits' | 'money';

/**
 * A labelled amount field for credits (`kind="credits"`) or money (`kind="money"` +
 * `currency`). What the person types is parsed by the domain parsers in `locale` on every
 * keystroke and is never rewritten while typing; on blur a valid amount is reformatted the
 * way the locale writes it. Errors show under the field after the first blur, wired with
 * `aria-invalid` and `aria-describedby`.
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
    kind: {},
    currency: {},
    locale: {},
    label: {},
    unitLabel: { attribute: 'unit-label' },
    required: flag,
    disabled: flag,
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
  /** Unit shown after a credits amount. */
  unitLabel = 'credits';
  required = false;
  disabled = false;
  /** A server-side error for this field (shown while set, unless the field has its own). */
  errorMessage = '';
  /** Overrides of the English error messages (see `AmountMessages` for keys and placeholders). */
  messages: Partial<AmountMessages> = {};
  /** Exactly what is in the field. Setting it replaces the text as is. */
  raw = '';

  /** Shows local errors: set on first blur. */
  private touched = false;

  /** The amount in smallest units (credit hundredths or currency minor units); null when empty or invalid. */
  get value(): number | null {
    return this.#evaluate().value;
  }

  /** The code of the current problem, shown or not (null when valid). */
  get errorCode(): AmountErrorCode | null {
    return this.#evaluate().code;
  }

  get valid(): boolean {
    return !this.errorCode;
  }

  /** The message shown under the field, or ''. */
  get error(): string {
    const code = this.touched && this.errorCode;
    return code ? this.#messageFor(code) : this.errorMessage;
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('input')?.focus(options);
  }

  /** Fraction digits: 2 for credits, the currency's minor unit for money (2 for a malformed code). */
  #digits(): number {
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
  #format(units: number): string {
    const digits = this.#digits();
    const format = numberFormat(this.locale, { minimumFractionDigits: this.kind === 'money' ? digits : 0, maximumFractionDigits: digits });
    return format.format(unitsToDecimalString(units, digits) as `${number}`);
  }

  /** The text parsed by the domain parsers: the amount in smallest units, or why not (no code when empty and optional). */
  #evaluate(): { value: number | null; code: AmountErrorCode | null } {
    const locale = this.locale;
    let result: ParseResult<number | Money>;
    try {
      result = this.kind === 'credits' ? parseCredits(this.raw, { locale }) : parseMoney(this.raw, { locale, currency: this.currency });
    } catch {
      // A malformed currency code: nothing typed can be a valid amount of it.
      result = { ok: false, error: 'not-a-number' };
    }
    if (result.ok) return { value: typeof result.value === 'number' ? result.value : result.value.amount, code: null };
    return { value: null, code: result.error === 'empty' && !this.required ? null : result.error };
  }

  #messageFor(code: AmountErrorCode): string {
    const messages = { ...DEFAULT_AMOUNT_MESSAGES, ...this.messages };
    const digits = this.#digits();
    return formatMessage(messages[code === 'too-precise' && !digits ? 'too-precise-whole' : code], {
      example: this.#format(1234 * 10 ** digits + (digits ? 5 * 10 ** (digits - 1) : 0)),
      digits: String(digits),
    }, this.locale);
  }

  #emitChange(): void {
    const { value, code } = this.#evaluate();
    emit(this, 'suborg-amount-change', { value, raw: this.raw, valid: !code });
  }

  #onBlur(): void {
    this.touched = true;
    const { value, code } = this.#evaluate();
    if (code || value === null) return;
    const formatted = this.#format(value);
    if (formatted !== this.raw) {
      this.raw = formatted;
      this.#emitChange();
    }
  }

  /** The unit beside the number: "credits" after it, or the currency symbol where the locale writes it. */
  #affix(): { text: string; at: 'prefix' | 'suffix' } {
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
    const { text, at } = this.#affix();
    const affix = html`<span class="affix" id=${at} part=${at}>${text}</span>`;
    const describedBy = error ? `${at} error` : at;
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
              this.#emitChange();
            }}
            @blur=${this.#onBlur}
          />
          ${at === 'suffix' ? affix : nothing}
        </div>
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
