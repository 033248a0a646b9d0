// Manual mode: move credits between the agency pool and this sub-org, with a reason.
import { html, nothing } from 'lit';
import type { OrgDetail } from '../../api/types.js';
import { MAX_REASON_LENGTH, type CreditDirection, type CreditMoveError } from '../../domain/billing-credits.js';
import type { BillingCreditsController } from './billing-credits-controller.js';
import type { BillingView } from './billing-view.js';

export interface CreditsPanelModel {
  org: OrgDetail;
  parent: OrgDetail | undefined;
  credits: BillingCreditsController;
  onSubmit: () => void;
}

function moveError(v: BillingView, m: CreditsPanelModel, code: CreditMoveError | undefined): string {
  if (!code) return '';
  switch (code) {
    case 'exceeds-pool':
      return v.msg('move.exceeds-pool', { pool: v.credits(m.parent?.balance ?? 0) });
    case 'exceeds-balance':
      return v.msg('move.exceeds-balance', { balance: v.credits(m.org.balance) });
    case 'reason-required':
      return v.msg('move.reason-required');
    case 'reason-too-long':
      return v.msg('move.reason-too-long', { max: MAX_REASON_LENGTH });
    default:
      return v.msg(`field.${code}`);
  }
}

export function renderCreditsPanel(v: BillingView, m: CreditsPanelModel) {
  const c = m.credits;
  if (!m.org.billing.useParentBalance) {
    return html`<section class="card" part="credits" aria-labelledby="credits-heading">
      <h3 id="credits-heading">${v.msg('creditsHeading')}</h3>
      <p class="muted">${v.msg('creditsManualOnly')}</p>
    </section>`;
  }
  const check = c.check;
  // Show a field's problem once the person typed there or tried to apply.
  const amountError = c.submitted || c.form.amount ? moveError(v, m, check.errors.amount) : '';
  const reasonError = c.submitted ? moveError(v, m, check.errors.reason) : '';
  const insufficient = c.failure?.code === 'insufficient_credits';
  const setDirection = (d: CreditDirection) => c.set('direction', d);
  return html`<section class="card" part="credits" aria-labelledby="credits-heading">
    <h3 id="credits-heading">${v.msg('creditsHeading')}</h3>
    <p part="pool-balance">
      ${m.parent ? v.msg('poolBalance', { amount: v.credits(m.parent.balance) }) : v.msg('poolUnknown')}
      ${m.parent?.features.allowOverdraft ? html`<span class="badge info">${v.msg('overdraftAllowed')}</span>` : nothing}
    </p>
    <fieldset class="radio-row">
      <legend>${v.msg('direction')}</legend>
      <label><input type="radio" name="direction" value="allocate" .checked=${c.form.direction === 'allocate'} ?disabled=${c.busy} @change=${() => setDirection('allocate')} />${v.msg('allocate')}</label>
      <label><input type="radio" name="direction" value="take-back" .checked=${c.form.direction === 'take-back'} ?disabled=${c.busy} @change=${() => setDirection('take-back')} />${v.msg('takeBack')}</label>
    </fieldset>
    <div class="fields pair">
      <suborg-amount-input
        name="credits.amount"
        kind="credits"
        .label=${v.msg('moveAmount')}
        .unitLabel=${v.msg('creditsUnit')}
        .messages=${v.amountMessages}
        .locale=${v.locale}
        .raw=${c.form.amount}
        .errorMessage=${amountError}
        ?disabled=${c.busy}
        required
        @suborg-amount-change=${(e: Event) => c.set('amount', (e as CustomEvent<{ raw: string }>).detail.raw)}
      ></suborg-amount-input>
      <div class="field">
        <label class="field-label" for="move-reason">${v.msg('reason')}</label>
        <input
          id="move-reason"
          class="input"
          name="credits.reason"
          maxlength=${MAX_REASON_LENGTH + 50}
          .value=${c.form.reason}
          ?disabled=${c.busy}
          aria-invalid=${reasonError ? 'true' : 'false'}
          aria-describedby="move-reason-error"
          @input=${(e: Event) => c.set('reason', (e.target as HTMLInputElement).value)}
        />
        <span id="move-reason-error" class="field-error">${reasonError}</span>
      </div>
    </div>
    <div class="actions">
      <button type="button" class="button primary" part="credits-submit" aria-disabled=${c.busy ? 'true' : 'false'} @click=${m.onSubmit}>
        ${c.busy ? v.msg('moving') : v.msg('submitMove')}
      </button>
      <p class="status" role="status" part="credits-status">
        ${c.done ? v.msg('moveDone', { balance: v.credits(c.done.balance) }) : nothing}
      </p>
    </div>
    ${c.failure
      ? html`<p class="alert danger" role="alert" part="credits-error" data-code=${c.failure.code}>
          ${insufficient ? v.msg('insufficientCredits') : v.reason(c.failure)}
        </p>`
      : nothing}
  </section>`;
}
