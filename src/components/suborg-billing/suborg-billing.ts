import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ListResult, OrgDetail, Payment } from '../../api/types.js';
import { AGENCY_SCOPE, hasErrors, type BillingEditScope, type BillingField } from '../../domain/billing-form.js';
import { billingNotices, defaultNoticeStore, dismissalKey, isDismissed, recordDismissal, type BillingNotice, type NoticeStore } from '../../domain/billing-notices.js';
import { formatCredits } from '../../domain/credits.js';
import { formatMoney } from '../../domain/money.js';
import { can } from '../../domain/permissions.js';
import { safeRedirectUrl } from '../../domain/url-safety.js';
import { hostListConverter } from '../../internal/host-list.js';
import { commonStrings } from '../../i18n/en/common.js';
import { billingStrings } from '../../i18n/en/suborg-billing.js';
import { errorMessage } from '../../internal/async-state.js';
import { SuborgElement } from '../../internal/base-element.js';
import { initialState, toApiError } from '../../internal/controllers/data-task.js';
import { badgeStyles, buttonStyles, fieldStyles, visuallyHidden } from '../../internal/shared-styles.js';
import { BillingCreditsController } from './billing-credits-controller.js';
import { BillingEditController } from './billing-edit-controller.js';
import { renderCreditMode, renderAutoRecharge, renderSpendingCap, type LimitsFormModel } from './billing-limits-form.js';
import { renderCreditsPanel } from './billing-credits-panel.js';
import { renderNotices } from './billing-notices-view.js';
import { PAYMENTS_PER_PAGE, renderPager, renderPaymentRows } from './billing-payment-history.js';
import { renderSummary } from './billing-summary.js';
import { creditsPluralCount, type BillingView } from './billing-view.js';
import { billingStyles } from './suborg-billing.styles.js';
import {
  SuborgBillingChangeEvent,
  SuborgBillingLeaveEvent,
  SuborgBuyCreditsEvent,
  SuborgCreditsChangeEvent,
  SuborgPortalOpenEvent,
  type LeaveReason,
} from './suborg-billing.events.js';

export const BILLING_VIEWS = ['agency', 'client'] as const;
export type BillingViewMode = (typeof BILLING_VIEWS)[number];

const CLIENT_SCOPE: BillingEditScope = { autoRecharge: false, spendingCap: false, creditMode: false };

/** `allow-hosts="billing.example.com *.stripe.com"` → a list. */
/**
 * One sub-organization's billing panel: balances, payment method, notices, auto-recharge,
 * the monthly spending limit, agency credits (manual mode), payment history and the billing portal.
 *
 * The sub-org comes from `sub-org-id`; in `view="client"` without it, the context's org id is the
 * client's own org. Writes are not aborted when the element is removed: their outcome event is still
 * dispatched on the element (it reaches `document` only while connected, so listen on the element).
 *
 * @summary A sub-organization's billing settings, balance, notices and payment history.
 *
 * @fires suborg-billing-change - Settings saved; `detail.org` / `detail.billing` are the server's answer.
 * @fires suborg-billing-leave - Cancelable: unsaved edits are about to be left (`detail.reason`: `sub-org-change`, `request`, `unload`). Cancel to stay.
 * @fires suborg-credits-change - Credits moved between the agency pool and the sub-org (`detail.amount` signed, `detail.balance` from the server).
 * @fires suborg-portal-open - Cancelable: a trusted billing-portal URL is about to open (`detail.url`). Cancel to open it yourself.
 * @fires suborg-buy-credits - The client asked to buy credits (client view).
 * @fires suborg-error - An adapter call failed (`detail.error`), for host logging.
 *
 * @csspart base - The panel.
 * @csspart summary - The summary card.
 * @csspart balance - The available balance.
 * @csspart promo-balance - The promo balance and its reset date.
 * @csspart credit-mode - The credit mode (agency view).
 * @csspart payment-method - Brand and last 4 digits.
 * @csspart payment-alert - The failed / inactive payment method alert.
 * @csspart notices - The notices list.
 * @csspart notice - One notice.
 * @csspart dismiss-button - A notice's Dismiss button.
 * @csspart auto-recharge - The auto-recharge card.
 * @csspart recharge-preview - Its plain-language preview.
 * @csspart spending-cap - The spending limit card.
 * @csspart cap-meter - The `<meter>` of this period's spend.
 * @csspart cap-used - The meter's text.
 * @csspart cap-reset - When the period resets.
 * @csspart cap-warning - Near / at the limit.
 * @csspart cap-below-used - A typed limit below this period's spend.
 * @csspart form-actions - The card with the credit-mode switch, Save and Cancel (only once the caller's role allows edits).
 * @csspart access-error - Why nothing can be edited: the caller's role could not be read (403: "You don't have access.").
 * @csspart access-retry-button - Reads the caller's role again (not on 403).
 * @csspart save-button - Save.
 * @csspart cancel-button - Cancel.
 * @csspart form-status - Saving / unsaved text.
 * @csspart form-error - Why a save failed.
 * @csspart conflict - Changed elsewhere, with Reload.
 * @csspart reload-button - Reload latest.
 * @csspart credits - The agency credits card.
 * @csspart pool-balance - The agency pool.
 * @csspart credits-submit - Its Apply button.
 * @csspart credits-status - The new balance after a move.
 * @csspart credits-error - Why a move failed.
 * @csspart payments - The payment history card.
 * @csspart payments-table - Its table.
 * @csspart payment-row - One payment.
 * @csspart pager - Previous / Next.
 * @csspart previous-page - Previous.
 * @csspart next-page - Next.
 * @csspart page-info - Page N of M.
 * @csspart header-actions - The portal / buy buttons.
 * @csspart portal-button - Open billing portal (agency view: only once the caller's role allows billing actions).
 * @csspart portal-error - Why the portal did not open.
 * @csspart buy-credits-button - Buy credits (client view).
 * @csspart announcer - The visually hidden live region.
 *
 * @cssprop --suborg-billing-background - The panel background (default: `--suborg-color-surface`; `transparent` shows the page).
 * @cssprop --suborg-billing-gap - Space between cards (default: 2 × `--suborg-space`).
 * @cssprop --suborg-billing-card-background - Card background (default: `--suborg-color-surface`).
 * @cssprop --suborg-billing-meter-color - The meter fill below 80 % (default: `--suborg-color-primary`; warning and danger colours above).
 * @cssprop --suborg-color-* - The global tokens.
 */
export class SuborgBilling extends SuborgElement {
  static override styles = [SuborgElement.styles, buttonStyles, fieldStyles, badgeStyles, visuallyHidden, billingStyles];

  /** `agency`: everything; `client`: balance, payment method, history, portal and buy credits. */
  @property({ reflect: true }) view: BillingViewMode = 'agency';

  /** Hosts the billing portal may redirect to (space-separated); wins over the provider's. Same origin is always allowed. */
  @property({ attribute: 'allow-hosts', converter: hostListConverter }) allowHosts?: string[];

  /** Ask the browser to confirm leaving the page while edits are unsaved. */
  @property({ type: Boolean, attribute: 'guard-unload' }) guardUnload = false;

  /** Where notice dismissals persist (default `localStorage`, guarded); null keeps them for this view only. */
  @property({ attribute: false }) noticeStore: NoticeStore | null = defaultNoticeStore();

  private _subOrgId: string | undefined;

  /** The sub-org shown. Changing it while edits are unsaved fires a cancelable `suborg-billing-leave`. */
  @property({ attribute: 'sub-org-id' })
  get subOrgId(): string | undefined {
    return this._subOrgId;
  }
  set subOrgId(next: string | undefined) {
    const previous = this._subOrgId;
    if (next === previous) return;
    if (previous && this.edit?.dirty && !this.announceLeave('sub-org-change', next ?? null)) return;
    this._subOrgId = next;
    this.requestUpdate('subOrgId', previous);
  }

  @state() private paymentsPage = 1;
  @state() private announcement = '';
  @state() private portalBusy = false;
  @state() private portalError = '';
  /** Dismissed in this view even when the store refused to keep it. */
  @state() private dismissedHere = new Set<string>();
  /** A write's answer newer than the last read (cleared by the next read). */
  @state() private answered: OrgDetail | null = null;

  private readonly edit = new BillingEditController(this, () => ({
    adapter: this.env.adapter,
    orgId: this.env.orgId,
    subOrgId: this.subOrgId,
    locale: this.env.locale,
    scope: this.scope,
  }));

  private readonly credits = new BillingCreditsController(this, () => ({
    adapter: this.env.adapter,
    orgId: this.env.orgId,
    subOrgId: this.subOrgId,
    locale: this.env.locale,
    limits: {
      poolBalance: this.parentTask.value?.balance ?? null,
      allowOverdraft: this.parentTask.value?.features.allowOverdraft ?? false,
      subOrgBalance: this.currentOrg?.balance ?? 0,
    },
  }));

  private readonly orgTask = this.dataTask({
    args: () => [this.env.adapter, this.env.orgId, this.targetId, this.view] as const,
    task: async ([adapter, orgId, targetId, view], { signal }) => {
      // The agency view reads through the parent's route, so it needs the parent's id.
      if (!adapter || !targetId || (view === 'agency' && !orgId)) return initialState;
      // The client reads its own org; the agency reads its sub-org through the parent's route.
      const org =
        view === 'client' && (!orgId || orgId === targetId)
          ? await adapter.getOrg({ orgId: targetId, signal })
          : await adapter.getSubOrg({ orgId: orgId ?? targetId, subOrgId: targetId, signal });
      if (!signal.aborted) this.answered = null;
      return org;
    },
  });

  /** The agency (pool balance, overdraft, the caller's role); agency view only. */
  private readonly parentTask = this.dataTask({
    args: () => [this.env.adapter, this.view === 'agency' ? this.env.orgId : undefined] as const,
    task: async ([adapter, orgId], { signal }) => (adapter && orgId ? adapter.getOrg({ orgId, signal }) : initialState),
  });

  private readonly paymentsTask = this.dataTask({
    args: () => [this.env.adapter, this.targetId, this.paymentsPage] as const,
    task: async ([adapter, targetId, page], { signal }): Promise<ListResult<Payment> | typeof initialState> =>
      adapter && targetId ? adapter.listPayments({ orgId: targetId, page, take: PAYMENTS_PER_PAGE, signal }) : initialState,
    // Keep the last page on screen (marked stale) while the next one loads.
    keepValue: (a, b) => a[0] === b[0] && a[1] === b[1],
  });

  /** The org whose billing is shown: `sub-org-id`, or in the client view the context's org. */
  private get targetId(): string | undefined {
    return this.subOrgId || (this.view === 'client' ? this.env.orgId : undefined);
  }

  private get scope(): BillingEditScope {
    if (this.view === 'client') return CLIENT_SCOPE;
    // Fail closed: while the caller's role is unknown (parent loading, failed, 403) show, don't offer.
    return can(this.parentTask.value?.role, 'billing') ? AGENCY_SCOPE : CLIENT_SCOPE;
  }

  /** In the agency view the portal is opened for the agency, so it needs the same role as every billing action. */
  private get canOpenPortal(): boolean {
    return this.view === 'client' || can(this.parentTask.value?.role, 'billing');
  }

  private get currentOrg(): OrgDetail | undefined {
    const read = this.orgTask.value;
    if (this.answered && this.answered.id === this.targetId) return this.answered;
    return read?.id === this.targetId ? read : undefined;
  }

  /** True while the form holds edits that are not saved. */
  get dirty(): boolean {
    return this.edit.dirty;
  }

  protected override get watchedIds(): readonly string[] {
    const ids = [this.targetId, this.view === 'agency' ? this.env.orgId : undefined];
    return ids.filter((id): id is string => Boolean(id));
  }

  /**
   * Asks before leaving unsaved edits (call it from your router): fires the cancelable
   * `suborg-billing-leave`; returns false when the host cancelled it (stay), true otherwise.
   */
  requestLeave(): boolean {
    return !this.edit.dirty || this.announceLeave('request', null);
  }

  /** Drops unsaved edits and shows the saved values. */
  discardChanges(): void {
    this.edit.cancel();
  }

  private announceLeave(reason: LeaveReason, nextSubOrgId: string | null): boolean {
    return this.dispatchEvent(new SuborgBillingLeaveEvent({ subOrgId: this._subOrgId ?? '', reason, nextSubOrgId }));
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.edit.dirty) return;
    const stay = this.guardUnload || !this.announceLeave('unload', null);
    if (stay) event.preventDefault();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.onBeforeUnload);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('subOrgId') || changed.has('view')) {
      this.paymentsPage = 1;
      this.credits.reset();
      this.portalError = '';
      this.announcement = '';
    }
    const org = this.currentOrg;
    const locale = this.env.locale;
    if (org && org !== this.loadedOrg) {
      this.loadedOrg = org;
      this.loadedLocale = locale;
      this.edit.load(org);
      this.announceNewNotices(org);
    } else if (org && locale !== this.loadedLocale && !this.edit.dirty) {
      // Amounts are edited in the locale's notation: rewrite untouched fields for the new one.
      this.loadedLocale = locale;
      this.edit.load(org, { force: true });
    }
  }
  private loadedLocale = '';
  private loadedOrg: OrgDetail | undefined;
  private announcedNotices = '';

  /** Notices that appear (first load, or a new timestamp) are read out once. */
  private announceNewNotices(org: OrgDetail): void {
    const notices = this.visibleNotices(org);
    const keys = notices.map((n) => dismissalKey(org.id, n)).join('|');
    if (keys === this.announcedNotices) return;
    this.announcedNotices = keys;
    if (notices.length) this.announcement = notices.map((n) => this.msg(`notice.${n.kind}`, { date: this.view_.date(n.at) })).join(' ');
  }

  // ── handlers ────────────────────────────────────────────────────────────────────────

  private async save(): Promise<void> {
    const outcome = await this.edit.save();
    if (outcome.ok === 'invalid') {
      this.announce(this.msg('fixErrors'));
      await this.updateComplete;
      this.focusFirstInvalid();
    } else if (outcome.ok === true) {
      this.answered = outcome.org;
      this.announce(this.msg('saved'));
      // Dispatched even when disconnected mid-save: listeners on the element still hear it.
      this.dispatchEvent(new SuborgBillingChangeEvent({ org: outcome.org }));
    } else if (outcome.ok === false) {
      this.reportError(outcome.error);
      this.announce(this.saveFailureText());
      await this.updateComplete;
      if (Object.keys(this.edit.serverErrors).length) this.focusFirstInvalid();
    }
  }

  private focusFirstInvalid(): void {
    const errors = { ...this.edit.errors, ...this.edit.serverErrors } as Record<BillingField, unknown>;
    const order: BillingField[] = ['autoRecharge.rechargeThreshold', 'autoRecharge.rechargeAmount', 'spendingCap.amount'];
    const first = order.find((f) => errors[f]);
    const target = first ? this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`) : null;
    target?.focus();
  }

  private cancelEdits(): void {
    this.edit.cancel();
    this.announce('');
  }

  private async reloadLatest(): Promise<void> {
    const env = this.env;
    if (!env.adapter || !this.targetId) return;
    try {
      const org = await env.adapter.getSubOrg({ orgId: env.orgId ?? this.targetId, subOrgId: this.targetId });
      this.answered = org;
      this.loadedOrg = org;
      // The latest version becomes the base; what the person typed stays in the fields.
      this.edit.load(org, { keepEdits: true });
    } catch (error) {
      this.reportError(error);
      this.announce(this.saveFailureText(error));
    }
  }

  private async moveCredits(): Promise<void> {
    const outcome = await this.credits.submit();
    if (outcome.ok) {
      this.answered = outcome.org;
      this.announce(this.msg('moveDone', { balance: formatCredits(outcome.org.balance, this.env.locale) }));
      this.dispatchEvent(new SuborgCreditsChangeEvent({ org: outcome.org, amount: outcome.amount }));
    } else if (outcome.error) {
      this.reportError(outcome.error);
    }
  }

  private async openPortal(): Promise<void> {
    const env = this.env;
    const target = this.targetId;
    if (this.portalBusy || !env.adapter || !target || !this.canOpenPortal) return;
    this.portalBusy = true;
    this.portalError = '';
    try {
      const here = location.href;
      const session = await env.adapter.createPortalSession({ orgId: target, returnUrl: here });
      // URL safety AND the allow-list (same origin always passes); a refusal is an error, never a navigation.
      const url = safeRedirectUrl(session.url, { allowHosts: this.allowHosts ?? env.allowHosts, base: here });
      if (!url) {
        this.portalError = this.msg('portalBlocked');
        return;
      }
      if (this.dispatchEvent(new SuborgPortalOpenEvent({ subOrgId: target, url }))) this.navigate(url);
    } catch (error) {
      this.reportError(error);
      this.portalError = this.msg('portalFailed', { reason: errorMessage(toApiError(error), (k, p) => this.t(commonStrings, k, p)) });
    } finally {
      this.portalBusy = false;
    }
  }

  /** Opens a checked URL in this tab (the portal returns here). */
  protected navigate(url: string): void {
    location.assign(url);
  }

  private buyCredits(org: OrgDetail): void {
    this.dispatchEvent(new SuborgBuyCreditsEvent({ org }));
  }

  private dismiss(notice: BillingNotice): void {
    const id = this.targetId;
    if (!id) return;
    recordDismissal(this.noticeStore, id, notice);
    this.dismissedHere = new Set(this.dismissedHere).add(dismissalKey(id, notice));
    this.announce(this.msg('noticeDismissed'));
    // The dismiss button is gone: keep focus inside the panel.
    void this.updateComplete.then(() => (this.renderRoot.querySelector<HTMLElement>('[part~="dismiss-button"]') ?? this.renderRoot.querySelector<HTMLElement>('h2'))?.focus());
  }

  private announce(text: string): void {
    this.announcement = text;
  }

  // ── render helpers ──────────────────────────────────────────────────────────────────

  private msg(key: keyof typeof billingStrings.en & string, params?: Record<string, string | number>): string {
    return this.t(billingStrings, key, params);
  }

  private saveFailureText(error: unknown = this.edit.failure): string {
    if (this.edit.conflict) return this.msg('staleConflict');
    const reason = errorMessage(toApiError(error), (k, p) => this.t(commonStrings, k, p));
    return this.msg('saveFailed', { reason });
  }

  private get view_(): BillingView {
    const locale = this.env.locale;
    return {
      locale,
      msg: (key, params) => this.t(billingStrings, key, params),
      creditsMsg: (key, amount, params) => this.t(billingStrings, key, { ...params, count: creditsPluralCount(amount) }),
      credits: (amount) => formatCredits(amount, locale),
      money: (money) => formatMoney(money, locale),
      date: (iso) => (iso ? this.formatDate(iso) : '—'),
      amountMessages: {
        empty: this.msg('field.empty'),
        'not-a-number': this.msg('field.not-a-number'),
        ambiguous: this.msg('field.ambiguous'),
        negative: this.msg('field.negative'),
        'too-precise': this.msg('field.too-precise'),
        'too-precise-whole': this.msg('field.too-precise'),
        'too-large': this.msg('field.too-large'),
        'non-finite': this.msg('field.non-finite'),
      },
      reason: (error) => errorMessage(toApiError(error), (k, p) => this.t(commonStrings, k, p)),
    };
  }

  private visibleNotices(org: OrgDetail): BillingNotice[] {
    return billingNotices(org.billing).filter(
      (n) => !this.dismissedHere.has(dismissalKey(org.id, n)) && !isDismissed(this.noticeStore, org.id, n),
    );
  }

  private renderForm(v: BillingView, org: OrgDetail) {
    const edit = this.edit;
    if (!edit.form) return nothing;
    const scope = this.scope;
    const showErrors = edit.submitted ? edit.errors : touchedErrors(edit);
    const model: LimitsFormModel = {
      org,
      form: edit.form,
      errors: showErrors,
      serverErrors: edit.serverErrors,
      editable: scope,
      disabled: edit.saving,
      set: (key, value, field) => edit.set(key, value, field),
    };
    const canEdit = scope.autoRecharge || scope.spendingCap || scope.creditMode;
    return html`${renderAutoRecharge(v, model)} ${renderSpendingCap(v, model)}
      ${!canEdit
        ? this.renderRoleProblem()
        : html`<div class="card wide" part="form-actions">
            ${renderCreditMode(v, model)}
            ${edit.conflict
              ? html`<div class="alert warning" role="alert" part="conflict">
                  <span>${v.msg('staleConflict')}</span>
                  <button type="button" class="button" part="reload-button" @click=${this.reloadLatest}>${v.msg('reloadLatest')}</button>
                </div>`
              : edit.failure && !edit.saving
                ? html`<p class="alert danger" role="alert" part="form-error">${this.saveFailureText()}</p>`
                : nothing}
            <div class="actions">
              <button
                type="button"
                class="button primary"
                part="save-button"
                aria-disabled=${edit.saving || !edit.dirty ? 'true' : 'false'}
                @click=${() => !edit.saving && edit.dirty && this.save()}
              >
                ${edit.saving ? v.msg('saving') : v.msg('save')}
              </button>
              <button type="button" class="button" part="cancel-button" aria-disabled=${edit.saving || !edit.dirty ? 'true' : 'false'} @click=${() => !edit.saving && edit.dirty && this.cancelEdits()}>
                ${v.msg('cancel')}
              </button>
              <p class="status" part="form-status">${edit.saving ? v.msg('saving') : edit.dirty ? v.msg('unsavedChanges') : nothing}</p>
            </div>
          </div>`}`;
  }

  /** Why no edit actions are offered when the caller's role could not be read (403: no access; else the reason, with Retry). */
  private renderRoleProblem() {
    const parent = this.parentTask.view;
    if (parent.status !== 'error' || parent.value) return nothing;
    const common = (k: keyof typeof commonStrings.en & string, p?: Record<string, string | number>) => this.t(commonStrings, k, p);
    return html`<div class="card wide">
      <div class="alert warning" role="status" part="access-error">
        <span>${errorMessage(parent.error, common)}</span>
        ${parent.error.kind === 'forbidden'
          ? nothing
          : html`<button type="button" class="button" part="access-retry-button" @click=${() => void this.parentTask.run()}>${common('retry')}</button>`}
      </div>
    </div>`;
  }

  private renderPayments(v: BillingView) {
    return html`<section class="card wide" part="payments" aria-labelledby="payments-heading">
      <h3 id="payments-heading">${v.msg('historyHeading')}</h3>
      ${this.renderAsync(this.paymentsTask, {
        ready: (result) => renderPaymentRows(v, result),
        isEmpty: (result) => result.items.length === 0 && this.paymentsPage === 1,
        emptyMessage: v.msg('historyEmpty'),
        emptyAction: nothing,
      })}
      ${renderPager(v, this.paymentsPage, this.paymentsTask.value, (page) => (this.paymentsPage = page))}
    </section>`;
  }

  private renderActions(v: BillingView, org: OrgDetail) {
    return html`<div class="actions" part="header-actions">
      ${this.view === 'client'
        ? html`<button type="button" class="button primary" part="buy-credits-button" @click=${() => this.buyCredits(org)}>${v.msg('buyCredits')}</button>`
        : nothing}
      ${this.canOpenPortal
        ? html`<button type="button" class="button" part="portal-button" aria-disabled=${this.portalBusy ? 'true' : 'false'} @click=${this.openPortal}>
            ${this.portalBusy ? v.msg('portalOpening') : v.msg('portal')}
          </button>`
        : nothing}
    </div>`;
  }

  private renderPanel(v: BillingView, org: OrgDetail) {
    const agency = this.view === 'agency';
    return html`<div class="cards">
      ${renderSummary(v, org, { showCreditMode: agency, wide: !agency })}
      ${agency && this.scope.creditMode
        ? renderCreditsPanel(v, { org, parent: this.parentTask.value, credits: this.credits, onSubmit: () => void this.moveCredits() })
        : nothing}
      ${agency ? this.renderForm(v, org) : nothing} ${this.renderPayments(v)}
    </div>`;
  }

  override render() {
    const v = this.view_;
    const org = this.currentOrg;
    return html`<div class="panel" part="base">
      <div class="header">
        <h2 tabindex="-1">${this.msg('title')}${org ? html` · <bdi>${org.name}</bdi>` : nothing}</h2>
        ${org ? this.renderActions(v, org) : nothing}
      </div>
      ${this.portalError ? html`<p class="alert danger" role="alert" part="portal-error">${this.portalError}</p>` : nothing}
      ${org ? renderNotices(v, this.visibleNotices(org), (n) => this.dismiss(n)) : nothing}
      ${this.renderAsync(this.orgTask, {
        ready: () => (org ? this.renderPanel(v, org) : nothing),
        idle: () => html`<p part="idle" class="muted">${this.targetId ? this.t(commonStrings, 'noConfig') : this.msg('noSubOrg')}</p>`,
      })}
      <div class="visually-hidden" role="status" part="announcer">${this.announcement}</div>
    </div>`;
  }
}

/** Before a save attempt, a field shows its problem only once it differs from the saved text. */
function touchedErrors(edit: BillingEditController) {
  const { form, base } = edit;
  if (!form || !base) return {};
  const all = edit.errors;
  const out: typeof all = {};
  if (all['autoRecharge.rechargeThreshold'] && form.rechargeThreshold !== base.form.rechargeThreshold) out['autoRecharge.rechargeThreshold'] = all['autoRecharge.rechargeThreshold'];
  if (all['autoRecharge.rechargeAmount'] && form.rechargeAmount !== base.form.rechargeAmount) out['autoRecharge.rechargeAmount'] = all['autoRecharge.rechargeAmount'];
  if (all['spendingCap.amount'] && form.capAmount !== base.form.capAmount) out['spendingCap.amount'] = all['spendingCap.amount'];
  return hasErrors(out) ? out : {};
}

declare global {
  interface HTMLElementTagNameMap {
    'suborg-billing': SuborgBilling;
  }
}
