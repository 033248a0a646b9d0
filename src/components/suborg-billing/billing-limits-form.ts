// The editable settings: auto-recharge (credits) and the monthly spending limit (billing
// currency), with the credit-mode switch for the agency. Fields are named by domain path.
import { html, nothing } from 'lit';
import type { Money, OrgDetail } from '../../api/types.js';
import { capBelowUsed, capLevel, capMeter } from '../../domain/billing-cap-meter.js';
import { parseBillingForm, type BillingField, type BillingFieldError, type BillingForm } from '../../domain/billing-form.js';
import { rechargePreview } from '../../domain/billing-preview.js';
import type { BillingView } from './billing-view.js';

export interface LimitsFormModel {
  org: OrgDetail;
  form: BillingForm;
  /** Errors to show now (validation after a save attempt or once a field was edited). */
  errors: Partial<Record<BillingField, BillingFieldError>>;
  serverErrors: Partial<Record<BillingField, string>>;
  editable: { autoRecharge: boolean; spendingCap: boolean; creditMode: boolean };
  disabled: boolean;
  set: <K extends keyof BillingForm>(key: K, value: BillingForm[K], field?: BillingField) => void;
}

function fieldError(v: BillingView, m: LimitsFormModel, field: BillingField): string {
  const server = m.serverErrors[field];
  if (server) return server;
  const code = m.errors[field];
  return code ? v.msg(`field.${code}`) : '';
}

function rawOf(e: Event): string {
  return (e as CustomEvent<{ raw: string }>).detail.raw;
}

function checkedOf(e: Event): boolean {
  return (e as CustomEvent<{ checked: boolean }>).detail.checked;
}

export function renderAutoRecharge(v: BillingView, m: LimitsFormModel) {
  const { form } = m;
  const parsed = parseBillingForm(form, { locale: v.locale, currency: m.org.billing.currency });
  const preview = rechargePreview(form.autoRechargeEnabled, parsed);
  const previewText =
    preview.kind === 'off'
      ? v.msg('previewOff')
      : preview.kind === 'incomplete'
        ? v.msg('previewIncomplete')
        : v.creditsMsg('previewOn', preview.amount, { threshold: v.credits(preview.threshold), amount: v.credits(preview.amount) });
  const editable = m.editable.autoRecharge;
  return html`<section class="card" part="auto-recharge" aria-labelledby="ar-heading">
    <h3 id="ar-heading">${v.msg('autoRechargeHeading')}</h3>
    <suborg-toggle
      name="autoRecharge.enabled"
      .label=${v.msg('autoRechargeToggle')}
      .checked=${form.autoRechargeEnabled}
      ?disabled=${!editable || m.disabled}
      @suborg-toggle-change=${(e: Event) => m.set('autoRechargeEnabled', checkedOf(e), 'autoRecharge.enabled')}
    ></suborg-toggle>
    ${form.autoRechargeEnabled
      ? html`<div class="fields">
          <suborg-amount-input
            name="autoRecharge.rechargeThreshold"
            kind="credits"
            .label=${v.msg('threshold')}
            .unitLabel=${v.msg('creditsUnit')}
            .messages=${v.amountMessages}
            .locale=${v.locale}
            .raw=${form.rechargeThreshold}
            .errorMessage=${fieldError(v, m, 'autoRecharge.rechargeThreshold')}
            ?disabled=${!editable || m.disabled}
            required
            @suborg-amount-change=${(e: Event) => m.set('rechargeThreshold', rawOf(e), 'autoRecharge.rechargeThreshold')}
          ></suborg-amount-input>
          <suborg-amount-input
            name="autoRecharge.rechargeAmount"
            kind="credits"
            .label=${v.msg('rechargeAmount')}
            .unitLabel=${v.msg('creditsUnit')}
            .messages=${v.amountMessages}
            .locale=${v.locale}
            .raw=${form.rechargeAmount}
            .errorMessage=${fieldError(v, m, 'autoRecharge.rechargeAmount')}
            ?disabled=${!editable || m.disabled}
            required
            @suborg-amount-change=${(e: Event) => m.set('rechargeAmount', rawOf(e), 'autoRecharge.rechargeAmount')}
          ></suborg-amount-input>
        </div>`
      : nothing}
    <p class="preview" part="recharge-preview" aria-live="polite">${previewText}</p>
  </section>`;
}

export function renderSpendingCap(v: BillingView, m: LimitsFormModel) {
  const { org, form } = m;
  const currency = org.billing.currency;
  const cap = org.billing.spendingCap;
  const meter = capMeter(org.spendingCapUsed, cap);
  // The warning follows the shared rule (an enabled cap of 0 is reached), even with no meter to draw.
  const level = capLevel(org.spendingCapUsed, cap);
  const typed = form.capEnabled ? parseBillingForm(form, { locale: v.locale, currency }).capAmount : null;
  const editable = m.editable.spendingCap;
  return html`<section class="card" part="spending-cap" aria-labelledby="cap-heading">
    <h3 id="cap-heading">${v.msg('capHeading')}</h3>
    ${renderMeter(v, org.spendingCapUsed, cap.amount, meter)}
    ${cap.resetAt ? html`<p class="muted" part="cap-reset">${v.msg('capResets', { date: v.date(cap.resetAt) })}</p>` : nothing}
    ${level === 'reached'
      ? html`<p class="alert danger" part="cap-warning" data-level="reached">${v.msg('capReached')}</p>`
      : level === 'near'
        ? html`<p class="alert warning" part="cap-warning" data-level="near">${v.msg('capNear')}</p>`
        : nothing}
    ${editable
      ? html`<suborg-toggle
            name="spendingCap.enabled"
            .label=${v.msg('capToggle')}
            .checked=${form.capEnabled}
            ?disabled=${m.disabled}
            @suborg-toggle-change=${(e: Event) => m.set('capEnabled', checkedOf(e), 'spendingCap.enabled')}
          ></suborg-toggle>
          ${form.capEnabled
            ? html`<suborg-amount-input
                name="spendingCap.amount"
                kind="money"
                .currency=${currency}
                .messages=${v.amountMessages}
                .label=${v.msg('capAmount', { currency: currency.toUpperCase() })}
                .locale=${v.locale}
                .raw=${form.capAmount}
                .errorMessage=${fieldError(v, m, 'spendingCap.amount')}
                ?disabled=${m.disabled}
                required
                @suborg-amount-change=${(e: Event) => m.set('capAmount', rawOf(e), 'spendingCap.amount')}
              ></suborg-amount-input>`
            : nothing}
          ${capBelowUsed(typed, org.spendingCapUsed)
            ? html`<p class="alert warning" part="cap-below-used" role="status">${v.msg('capBelowUsed', { used: v.money(org.spendingCapUsed) })}</p>`
            : nothing}`
      : nothing}
  </section>`;
}

function renderMeter(v: BillingView, used: Money, cap: Money, meter: ReturnType<typeof capMeter>) {
  if (!meter) return html`<p class="meter-text" part="cap-used">${v.msg('capUsedNoCap', { used: v.money(used) })}</p>`;
  const text = v.msg('capUsed', { used: v.money(used), cap: v.money(cap), percent: meter.percent });
  // A native <meter>: role=meter with its value; the visible sentence is its accessible value text.
  return html`<div class="meter-row">
    <meter
      part="cap-meter"
      id="cap-meter"
      min="0"
      max=${meter.max}
      .value=${meter.value}
      low=${meter.low}
      high=${meter.max}
      optimum="0"
      aria-label=${v.msg('capMeterLabel')}
      aria-valuetext=${text}
      data-level=${meter.level}
    ></meter>
    <p class="meter-text" part="cap-used">${text}</p>
  </div>`;
}

export function renderCreditMode(v: BillingView, m: LimitsFormModel) {
  if (!m.editable.creditMode) return nothing;
  return html`<suborg-toggle
    name="useParentBalance"
    part="credit-mode-toggle"
    .label=${v.msg('creditModeToggle')}
    .description=${v.msg('creditModeHelp')}
    .checked=${m.form.useParentBalance}
    ?disabled=${m.disabled}
    @suborg-toggle-change=${(e: Event) => m.set('useParentBalance', checkedOf(e), 'useParentBalance')}
  ></suborg-toggle>`;
}
