import { html, nothing, type PropertyValues } from 'lit';
import type { ApiError } from '../../api/errors.js';
import type { ListResult, OrgDetail, Payment } from '../../api/types.js';
import { capBelowUsed, capLevel, capMeter } from '../../domain/billing-cap-meter.js';
import { checkCreditMove, intentFor, MAX_REASON_LENGTH, type CreditDirection, type CreditMoveError, type CreditMoveForm } from '../../domain/billing-credits.js';
import { FIELD_OF, billingPatch, fieldErrorsFromServer, formFromOrg, hasErrors, parseBillingForm, type BillingField, type BillingForm } from '../../domain/billing-form.js';
import { billingNotices, defaultNoticeStore, dismissalKey, isDismissed, recordDismissal, type BillingNotice, type NoticeStore } from '../../domain/billing-notices.js';
import { rechargePreview } from '../../domain/billing-preview.js';
import { keepsIntent, type PendingIntent } from '../../domain/idempotency.js';
import { can } from '../../domain/permissions.js';
import { safeRedirectUrl } from '../../domain/url-safety.js';
import { commonStrings } from '../../i18n/en/common.js';
import { billingStrings } from '../../i18n/en/suborg-billing.js';
import { errorMessage } from '../../internal/async-state.js';
import { SuborgElement } from '../../internal/base-element.js';
import { initialState, toApiError } from '../../internal/controllers/data-task.js';
import { hostListConverter } from '../../internal/host-list.js';
import { badgeStyles, fieldStyles } from '../../internal/shared-styles.js';
import { noticeText, renderNotices } from './billing-notices-view.js';
import { PAYMENTS_PER_PAGE, renderPager, renderPaymentRows } from './billing-payment-history.js';
import { renderSummary } from './billing-summary.js';
import { alert, amountField, button, card, creditsPluralCount, type BillingKey, type BillingView } from './billing-view.js';
import { billingStyles } from './suborg-billing.styles.js';
import { SuborgBillingChangeEvent, SuborgBillingLeaveEvent, SuborgBuyCreditsEvent, SuborgCreditsChangeEvent, SuborgPortalOpenEvent, type LeaveReason } from './suborg-billing.events.js';

export const BILLING_VIEWS = ['agency', 'client'] as const;
export type BillingViewMode = (typeof BILLING_VIEWS)[number];

const NO_MOVE: CreditMoveForm = { direction: 'allocate', amount: '', reason: '' };

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
 * @csspart banner - The adapter is retrying a request (a 429 with Retry-After, a 5xx, the network), and for how long.
 * @csspart stale-banner - Data kept on screen while it is read again, or after that failed.
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
  static override styles = [SuborgElement.styles, fieldStyles, badgeStyles, billingStyles];

  /** The public properties, then the internal reactive state (one table instead of a decorator each; the other private fields change together with one of these). */
  static override properties = {
    view: { reflect: true },
    allowHosts: { attribute: 'allow-hosts', converter: hostListConverter },
    guardUnload: { type: Boolean, attribute: 'guard-unload' },
    noticeStore: { attribute: false },
    subOrgId: { attribute: 'sub-org-id' },
    ...Object.fromEntries(['page', 'said', 'portalBusy', 'dismissed', 'answered', 'form', 'saving', 'move', 'moving'].map((name) => [name, { state: true }])),
  };

  /** `agency`: everything; `client`: balance, payment method, history, portal and buy credits. */
  view: BillingViewMode = 'agency';

  /** Hosts the billing portal may redirect to (space-separated); wins over the provider's. Same origin is always allowed. */
  allowHosts?: string[];

  /** Ask the browser to confirm leaving the page while edits are unsaved. */
  guardUnload = false;

  /** Where notice dismissals persist (default `localStorage`, guarded); null keeps them for this view only. */
  noticeStore: NoticeStore | null = defaultNoticeStore();

  private _subOrgId: string | undefined;

  /** The sub-org shown. Changing it while edits are unsaved fires a cancelable `suborg-billing-leave`. */
  get subOrgId(): string | undefined {
    return this._subOrgId;
  }
  set subOrgId(next: string | undefined) {
    const previous = this._subOrgId;
    if (next === previous || (previous && this.dirty && !this.leave('sub-org-change', next ?? null))) return;
    this._subOrgId = next;
    this.requestUpdate('subOrgId', previous);
  }

  private page = 1;
  /** The live region's text. */
  private said?: string;
  private portalBusy?: boolean;
  private portalError?: string;
  /** Dismissed in this view even when the store refused to keep it. */
  private dismissed = new Set<string>();
  /** A write's answer newer than the last read (cleared by the next read). */
  private answered?: OrgDetail;

  // The settings form.
  /** What is on screen in the fields. */
  private form?: BillingForm;
  /** The saved org (its version is the If-Match) and form the edit started from. */
  private saved?: OrgDetail;
  private savedForm?: BillingForm;
  private saving?: boolean;
  /** Set after a save attempt so every invalid field shows why. */
  private submitted?: boolean;
  private serverErrors: Partial<Record<BillingField, string>> = {};
  /** The last save failed with this (kept until the next save or a fresh load). */
  private failure?: ApiError;
  /** The version on the server moved on (409 stale). */
  private conflict?: boolean;

  // Manual-mode credit moves: one idempotency key per intended move, reused when it is retried.
  private move: CreditMoveForm = NO_MOVE;
  private moving?: boolean;
  private moveTried?: boolean;
  private moveFailure?: ApiError;
  /** The server's answer to the last move. */
  private moved?: OrgDetail;
  private intent?: PendingIntent;

  private loadedLocale?: string;
  private loadedOrg?: OrgDetail;
  private announced?: string;

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
      if (!signal.aborted) this.answered = undefined;
      return org;
    },
  });

  /** The agency (pool balance, overdraft, the caller's role); agency view only. */
  private readonly parent = this.dataTask({
    args: () => [this.env.adapter, this.view === 'agency' ? this.env.orgId : undefined] as const,
    task: async ([adapter, orgId], { signal }) => (adapter && orgId ? adapter.getOrg({ orgId, signal }) : initialState),
  });

  private readonly payments = this.dataTask({
    args: () => [this.env.adapter, this.targetId, this.page] as const,
    task: async ([adapter, targetId, page], { signal }): Promise<ListResult<Payment> | typeof initialState> =>
      adapter && targetId ? adapter.listPayments({ orgId: targetId, page, take: PAYMENTS_PER_PAGE, signal }) : initialState,
    // Keep the last page on screen (marked stale) while the next one loads.
    keepValue: (a, b) => a[0] === b[0] && a[1] === b[1],
  });

  /** The org whose billing is shown: `sub-org-id`, or in the client view the context's org. */
  private get targetId(): string | undefined {
    return this.subOrgId || (this.view === 'client' ? this.env.orgId : undefined);
  }

  /** The agency view edits and acts only once the caller's role allows it: fail closed while it is unknown (loading, failed, 403). */
  private get canEdit(): boolean {
    return this.view === 'agency' && can(this.parent.value?.role, 'billing');
  }

  private get currentOrg(): OrgDetail | undefined {
    const id = this.targetId;
    const org = this.answered?.id === id ? this.answered : this.orgTask.value;
    return org?.id === id ? org : undefined;
  }

  private get opts() {
    // No scope: fields the caller's role cannot edit are disabled, so they never differ from the saved values.
    return { locale: this.env.locale, currency: this.saved?.billing.currency ?? 'usd' };
  }

  /** True while the form holds edits that are not saved. */
  get dirty(): boolean {
    return !!this.form && !!billingPatch(this.form, this.savedForm!, this.opts);
  }

  private get errors() {
    return this.form ? parseBillingForm(this.form, this.opts).errors : {};
  }

  private get moveCheck() {
    const parent = this.parent.value;
    const limits = { poolBalance: parent?.balance ?? null, allowOverdraft: !!parent?.features.allowOverdraft, subOrgBalance: this.currentOrg?.balance ?? 0 };
    return checkCreditMove(this.move, limits, this.env.locale);
  }

  protected override get watchedIds(): readonly string[] {
    return [this.targetId, this.view === 'agency' && this.env.orgId].filter(Boolean) as string[];
  }

  /**
   * Asks before leaving unsaved edits (call it from your router): fires the cancelable
   * `suborg-billing-leave`; returns false when the host cancelled it (stay), true otherwise.
   */
  requestLeave(): boolean {
    return !this.dirty || this.leave('request', null);
  }

  /** Drops unsaved edits and shows the saved values. */
  discardChanges(): void {
    this.form = undefined;
    this.said = '';
    const org = this.currentOrg;
    if (org) this.load(org);
  }

  private leave(reason: LeaveReason, nextSubOrgId: string | null): boolean {
    return this.dispatchEvent(new SuborgBillingLeaveEvent({ subOrgId: this._subOrgId ?? '', reason, nextSubOrgId }));
  }

  private readonly onUnload = (event: BeforeUnloadEvent): void => {
    if (this.dirty && (this.guardUnload || !this.leave('unload', null))) event.preventDefault();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeunload', this.onUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.onUnload);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('subOrgId') || changed.has('view')) {
      this.page = 1;
      this.move = NO_MOVE;
      this.intent = this.moveFailure = this.moved = this.moveTried = this.portalError = this.said = undefined;
    }
    const org = this.currentOrg;
    const locale = this.env.locale;
    // A new read or write answer; or another locale, whose notation untouched amounts are rewritten in.
    if (org && (org !== this.loadedOrg || (locale !== this.loadedLocale && !this.dirty))) {
      this.loadedLocale = locale;
      if (org !== this.loadedOrg) {
        // Notices that appear (first load, or a new timestamp) are read out once.
        const notices = this.notices(org);
        const keys = notices.map((n) => dismissalKey(org.id, n)).join();
        if (notices.length && keys !== this.announced) this.said = notices.map((n) => noticeText(this.v, n)).join(' ');
        this.announced = keys;
      }
      this.loadedOrg = org;
      this.load(org);
    }
  }

  /**
   * New data from the server. A clean form follows it; a dirty one keeps the person's edits and
   * the version they started from, unless only other things (balances) changed or `rebase`
   * (Reload after a 409) moves the edits onto the latest version.
   */
  private load(org: OrgDetail, rebase?: boolean): void {
    const form = formFromOrg(org, this.env.locale);
    if (this.saved?.id !== org.id || !this.dirty) {
      this.form = form;
      this.submitted = this.conflict = false;
      this.serverErrors = {};
      this.failure = undefined;
    } else if (!rebase && JSON.stringify(form) !== JSON.stringify(this.savedForm)) {
      return;
    }
    this.saved = org;
    this.savedForm = form;
    if (rebase) this.conflict = false;
  }

  // ── handlers ────────────────────────────────────────────────────────────────────────

  /** One request at a time; the write is not tied to the element's life (no signal). */
  // Offered only while dirty (so the form and a patch exist) and the caller's role allows it (so adapter and ids do).
  private async save(): Promise<void> {
    const saved = this.saved!;
    if (this.saving) return;
    this.submitted = true;
    if (hasErrors(this.errors)) {
      this.said = this.msg('fixErrors');
      await this.updateComplete;
      this.focusInvalid();
    } else {
      this.saving = true;
      this.failure = undefined;
      this.serverErrors = {};
      try {
        const patch = billingPatch(this.form!, this.savedForm!, this.opts)!;
        const org = await this.env.adapter!.updateBilling({ orgId: this.env.orgId!, subOrgId: saved.id, patch, ifMatch: saved.updatedAt });
        this.saving = false;
        // The answer is the new truth (loaded as a fresh form); a different sub-org picked meanwhile is not touched.
        if (this.saved?.id === org.id) this.form = undefined;
        this.answered = org;
        this.said = this.msg('saved');
        // Dispatched even when disconnected mid-save: listeners on the element still hear it.
        this.dispatchEvent(new SuborgBillingChangeEvent({ org }));
      } catch (error) {
        this.saving = false;
        this.reportError(error);
        if (this.saved?.id === saved.id) {
          const failure = (this.failure = toApiError(error));
          this.conflict = failure.kind === 'conflict' && failure.code === 'stale';
          this.serverErrors = fieldErrorsFromServer(failure.fields);
        }
        this.said = this.failText(error);
        await this.updateComplete;
        if (hasErrors(this.serverErrors)) this.focusInvalid();
      }
    }
  }

  /** Focuses the first amount field (in screen order) with a problem. */
  private focusInvalid(): void {
    const errors: Record<string, unknown> = { ...this.errors, ...this.serverErrors };
    [...this.renderRoot.querySelectorAll<HTMLElement>('suborg-amount-input')].find((f) => errors[f.getAttribute('name')!])?.focus();
  }

  private async reloadLatest(): Promise<void> {
    const id = this.subOrgId!;
    try {
      const org = await this.env.adapter!.getSubOrg({ orgId: this.env.orgId!, subOrgId: id });
      this.answered = this.loadedOrg = org;
      // The latest version becomes the base; what the person typed stays in the fields.
      this.load(org, true);
      // The Reload button goes with the conflict: focus moves on to Save, the next step.
      this.said = this.msg('reloaded');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="save-button"]')?.focus();
    } catch (error) {
      this.reportError(error);
      this.said = this.failText(error);
    }
  }

  private setField<K extends keyof BillingForm>(key: K, value: BillingForm[K]): void {
    this.form = { ...this.form!, [key]: value };
    delete this.serverErrors[FIELD_OF[key]];
  }

  private setMove<K extends keyof CreditMoveForm>(key: K, value: CreditMoveForm[K]): void {
    this.move = { ...this.move, [key]: value };
    this.moved = undefined;
  }

  // Offered only once the caller's role allows it (so adapter and ids exist).
  private async moveCredits(): Promise<void> {
    if (this.moving) return;
    this.moveTried = true;
    const amount = this.moveCheck.signedAmount;
    const reason = this.move.reason.trim();
    if (amount === null) return this.requestUpdate();
    const intent = (this.intent = intentFor(this.intent, amount, reason));
    this.moving = true;
    this.moveFailure = this.moved = undefined;
    try {
      // No signal: a write already sent runs to completion.
      const org = await this.env.adapter!.allocateCredits({ orgId: this.env.orgId!, subOrgId: this.subOrgId!, amount, reason, idempotencyKey: intent.key });
      this.intent = this.moveTried = undefined;
      this.moved = this.answered = org;
      this.move = { ...NO_MOVE, direction: this.move.direction };
      this.said = this.msg('moveDone', { balance: this.formatCredits(org.balance) });
      this.dispatchEvent(new SuborgCreditsChangeEvent({ org, amount }));
    } catch (error) {
      const failure = (this.moveFailure = toApiError(error));
      // After a definitive refusal the server would replay it for this key: the retry is a new intent.
      if (!keepsIntent(failure.kind)) this.intent = undefined;
      this.reportError(error);
    }
    this.moving = false;
  }

  // Offered only with an org on screen (so an adapter and the target exist).
  private async openPortal(): Promise<void> {
    const { adapter, allowHosts } = this.env;
    const id = this.targetId!;
    if (this.portalBusy) return;
    this.portalBusy = true;
    this.portalError = '';
    try {
      const here = location.href;
      const session = await adapter!.createPortalSession({ orgId: id, returnUrl: here });
      // URL safety AND the allow-list (same origin always passes); a refusal is an error, never a navigation.
      const url = safeRedirectUrl(session.url, { allowHosts: this.allowHosts ?? allowHosts, base: here });
      if (!url) this.portalError = this.msg('portalBlocked');
      else if (this.dispatchEvent(new SuborgPortalOpenEvent({ subOrgId: id, url }))) this.navigate(url);
    } catch (error) {
      this.reportError(error);
      this.portalError = this.msg('portalFailed', { reason: this.v.reason(error) });
    }
    this.portalBusy = false;
  }

  /** Opens a checked URL in this tab (the portal returns here). */
  protected navigate(url: string): void {
    location.assign(url);
  }

  private dismiss(notice: BillingNotice): void {
    const id = this.targetId!;
    recordDismissal(this.noticeStore, id, notice);
    this.dismissed = new Set(this.dismissed).add(dismissalKey(id, notice));
    this.said = this.msg('noticeDismissed');
    // The dismiss button is gone: keep focus inside the panel.
    void this.updateComplete.then(() => (this.renderRoot.querySelector<HTMLElement>('[part~="dismiss-button"]') ?? this.renderRoot.querySelector('h2'))?.focus());
  }

  // ── render helpers ──────────────────────────────────────────────────────────────────

  private msg(key: BillingKey, params?: Record<string, string | number>): string {
    return this.t(billingStrings, key, params);
  }

  private failText(error: unknown = this.failure): string {
    return this.conflict ? this.msg('staleConflict') : this.msg('saveFailed', { reason: this.v.reason(error) });
  }

  private get v(): BillingView {
    const msg = this.msg.bind(this);
    const credits = (amount: number) => this.formatCredits(amount);
    return {
      locale: this.env.locale,
      msg,
      creditsMsg: (key, amount, params) => msg(key, { amount: credits(amount), ...params, count: creditsPluralCount(amount) }),
      credits,
      money: (money) => this.formatMoney(money),
      date: (iso) => (iso ? this.formatDate(iso) : '—'),
      // The amount field's parse messages are this slice's `field.*` (a whole-number currency shares `too-precise`).
      amountMessages: Object.fromEntries(
        Object.keys(billingStrings.en)
          .filter((key) => key.startsWith('field.'))
          .map((key) => [key.slice(6), msg(key as BillingKey)])
          .concat([['too-precise-whole', msg('field.too-precise')]]),
      ),
      reason: (error) => errorMessage(toApiError(error), (key, params) => this.t(commonStrings, key, params)),
    };
  }

  private notices(org: OrgDetail): BillingNotice[] {
    return billingNotices(org.billing).filter((n) => !this.dismissed.has(dismissalKey(org.id, n)) && !isDismissed(this.noticeStore, org.id, n));
  }

  /** Auto-recharge and the spending limit (shown to every agency role, editable with the billing role), then Save / Cancel. */
  private renderForm(v: BillingView, org: OrgDetail) {
    const m = v.msg;
    const { form, savedForm, saving, serverErrors } = this;
    if (!form) return nothing;
    const editable = this.canEdit;
    const role = this.parent.view;
    const dirty = this.dirty;
    const off = !editable || saving;
    const { currency, spendingCap: cap } = org.billing;
    const used = org.spendingCapUsed;
    const parsed = parseBillingForm(form, this.opts);
    const preview = rechargePreview(form.autoRechargeEnabled, parsed);
    const meter = capMeter(used, cap);
    // The warning follows the shared rule (an enabled cap of 0 is reached), even with no meter to draw.
    const level = capLevel(used, cap);
    const usedText = meter ? m('capUsed', { used: v.money(used), cap: v.money(cap.amount), percent: meter.percent }) : m('capUsedNoCap', { used: v.money(used) });
    const toggle = (key: 'autoRechargeEnabled' | 'capEnabled' | 'useParentBalance', label: BillingKey, help = '') =>
      html`<suborg-toggle name=${FIELD_OF[key]} part=${help ? 'credit-mode-toggle' : nothing} .label=${m(label)} .description=${help} .checked=${form[key]} ?disabled=${off} @suborg-toggle-change=${(e: CustomEvent<{ checked: boolean }>) => this.setField(key, e.detail.checked)}></suborg-toggle>`;
    // Before a save attempt, a field shows its problem only once it differs from the saved text; the server's message wins.
    const amount = (key: 'rechargeThreshold' | 'rechargeAmount' | 'capAmount', label: string, money?: string) => {
      const name = FIELD_OF[key];
      const code = (this.submitted || form[key] !== savedForm![key]) && parsed.errors[name];
      return amountField(v, name, label, form[key], serverErrors[name] ?? (code ? m(`field.${code}`) : ''), off, (raw) => this.setField(key, raw), money);
    };
    return html`${card(
      'auto-recharge',
      m('autoRechargeHeading'),
      html`${toggle('autoRechargeEnabled', 'autoRechargeToggle')}${form.autoRechargeEnabled ? html`<div class="fields">${amount('rechargeThreshold', m('threshold'))}${amount('rechargeAmount', m('rechargeAmount'))}</div>` : nothing}<p class="preview" part="recharge-preview">${
      preview.kind === 'on' ? v.creditsMsg('previewOn', preview.amount, { threshold: v.credits(preview.threshold) }) : m(preview.kind === 'off' ? 'previewOff' : 'previewIncomplete')
    }</p>`,
    )}${card(
      'spending-cap',
      m('capHeading'),
      html`${
      // A native <meter>: role=meter with its value; the visible sentence is its accessible value text.
      meter ? html`<meter part="cap-meter" max=${meter.max} .value=${meter.value} low=${meter.low} high=${meter.max} optimum="0" aria-label=${m('capMeterLabel')} aria-valuetext=${usedText}></meter>` : nothing
    }<p class="meter-text" part="cap-used">${usedText}</p>${cap.resetAt ? html`<p class="muted" part="cap-reset">${m('promoResets', { date: v.date(cap.resetAt) })}</p>` : nothing}${
      level === 'ok' || !level ? nothing : html`<p class="alert ${level === 'near' ? 'warning' : 'danger'}" part="cap-warning" data-level=${level}>${m(level === 'near' ? 'capNear' : 'capReached')}</p>`
    }${
      editable
        ? html`${toggle('capEnabled', 'capToggle')}${form.capEnabled ? amount('capAmount', m('capAmount', { currency: currency.toUpperCase() }), currency) : nothing}${
            form.capEnabled && capBelowUsed(parsed.capAmount, used) ? alert('cap-below-used', 'warning', m('capBelowUsed', { used: v.money(used) }), 'status') : nothing
          }`
        : nothing
    }`,
    )}${
      editable
        ? html`<div class="card wide" part="form-actions">${toggle('useParentBalance', 'creditModeToggle', m('creditModeHelp'))}${
            this.conflict
              ? alert('conflict', 'warning', html`<span>${m('staleConflict')}</span>${button('reload-button', m('reloadLatest'), () => this.reloadLatest())}`)
              : this.failure && !saving
                ? alert('form-error', 'danger', this.failText())
                : nothing
          }<div class="actions">${button('save-button', m(saving ? 'saving' : 'save'), () => this.save(), saving || !dirty, 'primary')}${button('cancel-button', m('cancel'), () => this.discardChanges(), saving || !dirty)}<p class="status" part="form-status">${saving ? m('saving') : dirty ? m('unsavedChanges') : ''}</p></div></div>`
        : // Why nothing is offered when the caller's role could not be read (403: no access; else the reason, with Retry).
          role.status === 'error' && !role.value
          ? html`<div class="card wide alert warning" role="status" part="access-error"><span>${v.reason(role.error)}</span>${
              role.error.kind === 'forbidden' ? nothing : button('access-retry-button', this.t(commonStrings, 'retry'), () => this.parent.run())
            }</div>`
          : nothing
    }`;
  }

  /** Manual mode: move credits between the agency pool and this sub-org, with a reason. */
  private renderCredits(v: BillingView, org: OrgDetail) {
    const m = v.msg;
    if (!org.billing.useParentBalance) return card('credits', m('creditsHeading'), html`<p class="muted">${m('creditsManualOnly')}</p>`);
    const { move, moving: busy, moveFailure: failure, moved } = this;
    const parent = this.parent.value;
    const { errors } = this.moveCheck;
    const text = (code?: CreditMoveError) =>
      code ? m(`${/^(exceeds|reason)/.test(code) ? 'move' : 'field'}.${code}` as BillingKey, { pool: v.credits(parent?.balance ?? 0), balance: v.credits(org.balance), max: MAX_REASON_LENGTH }) : '';
    // A field shows its problem once the person typed there or tried to apply.
    const reasonError = this.moveTried ? text(errors.reason) : '';
    const radio = (direction: CreditDirection, label: BillingKey) =>
      html`<label><input type="radio" name="direction" value=${direction} .checked=${move.direction === direction} ?disabled=${busy} @change=${() => this.setMove('direction', direction)}>${m(label)}</label>`;
    return card(
      'credits',
      m('creditsHeading'),
      html`<p part="pool-balance">${parent ? m('poolBalance', { amount: v.credits(parent.balance) }) : m('poolUnknown')} ${
      parent?.features.allowOverdraft ? html`<span class="badge info">${m('overdraftAllowed')}</span>` : nothing
    }</p><fieldset><legend>${m('direction')}</legend>${radio('allocate', 'allocate')}${radio('take-back', 'takeBack')}</fieldset><div class="fields pair">${amountField(
      v,
      'credits.amount',
      m('creditMode'),
      move.amount,
      this.moveTried || move.amount ? text(errors.amount) : '',
      busy,
      (raw) => this.setMove('amount', raw),
    )}<div class="field"><label class="field-label" for="move-reason">${m('reason')}</label><input id="move-reason" class="input" name="credits.reason" maxlength=${MAX_REASON_LENGTH + 50} .value=${move.reason} ?disabled=${busy} aria-invalid=${!!reasonError} aria-describedby="move-reason-error" @input=${(e: InputEvent) => this.setMove('reason', (e.target as HTMLInputElement).value)}><span id="move-reason-error" class="field-error">${reasonError}</span></div></div><div class="actions">${button('credits-submit', m(busy ? 'moving' : 'submitMove'), () => this.moveCredits(), busy, 'primary')}<p class="status" role="status" part="credits-status">${
      moved ? m('moveDone', { balance: v.credits(moved.balance) }) : ''
    }</p></div>${
      failure ? alert('credits-error', 'danger', failure.code === 'insufficient_credits' ? m('insufficientCredits') : v.reason(failure)) : nothing
    }`,
    );
  }

  private renderPanel(v: BillingView, org: OrgDetail) {
    const m = v.msg;
    const agency = this.view === 'agency';
    const page = this.page;
    return html`<div class="cards">${renderSummary(v, org, agency)}${this.canEdit ? this.renderCredits(v, org) : nothing}${agency ? this.renderForm(v, org) : nothing}${card(
      'payments',
      m('historyHeading'),
      html`${this.renderAsync(this.payments, {
        ready: (result) => renderPaymentRows(v, result),
        isEmpty: (result) => !result.items.length && page === 1,
        emptyMessage: m('historyEmpty'),
        emptyAction: nothing,
      })}${renderPager(v, page, this.payments.value, (p) => (this.page = p))}`,
      true,
    )}</div>`;
  }

  override render() {
    const v = this.v;
    const m = v.msg;
    const org = this.currentOrg;
    const client = this.view === 'client';
    return html`<div class="panel" part="base"><div class="header"><h2 tabindex="-1">${m('title')}${org ? html` · <bdi>${org.name}</bdi>` : nothing}</h2>${
      org
        ? html`<div class="actions" part="header-actions">${client ? button('buy-credits-button', m('buyCredits'), () => this.dispatchEvent(new SuborgBuyCreditsEvent({ org })), false, 'primary') : nothing}${
            // In the agency view the portal is opened for the agency, so it needs the same role as every billing action.
            client || this.canEdit ? button('portal-button', m(this.portalBusy ? 'portalOpening' : 'portal'), () => this.openPortal(), this.portalBusy) : nothing
          }</div>`
        : nothing
    }</div>${this.renderRetryNote()}${this.portalError ? alert('portal-error', 'danger', this.portalError) : nothing}${org ? renderNotices(v, this.notices(org), (n) => this.dismiss(n)) : nothing}${this.renderAsync(this.orgTask, {
      ready: () => (org ? this.renderPanel(v, org) : nothing),
      idle: () => html`<p part="idle" class="muted">${this.targetId ? this.t(commonStrings, 'noConfig') : m('noSubOrg')}</p>`,
    })}<div class="visually-hidden" role="status" part="announcer">${this.said}</div></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suborg-billing': SuborgBilling;
  }
}
