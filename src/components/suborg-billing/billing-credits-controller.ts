// Manual-mode credit moves: one idempotency key per intended action, reused when the same
// action is retried, a new one once the amount or reason changes or the move succeeded.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SubOrgAdapter } from '../../api/adapter.js';
import type { ApiError } from '../../api/errors.js';
import type { OrgDetail } from '../../api/types.js';
import { checkCreditMove, intentFor, type CreditIntent, type CreditMoveCheck, type CreditMoveForm, type CreditMoveLimits } from '../../domain/billing-credits.js';
import { newIdempotencyKey } from '../../domain/idempotency.js';
import { toApiError } from '../../internal/controllers/data-task.js';

export interface CreditsEnv {
  adapter: SubOrgAdapter | undefined;
  orgId: string | undefined;
  subOrgId: string | undefined;
  locale: string;
  limits: CreditMoveLimits;
}

export type MoveOutcome = { ok: true; org: OrgDetail; amount: number } | { ok: false; error?: ApiError };

export class BillingCreditsController implements ReactiveController {
  form: CreditMoveForm = { direction: 'allocate', amount: '', reason: '' };
  busy = false;
  submitted = false;
  failure: ApiError | null = null;
  /** The balance the server answered with after the last move. */
  done: OrgDetail | null = null;
  private intent: CreditIntent | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: () => CreditsEnv,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get check(): CreditMoveCheck {
    const env = this.env();
    return checkCreditMove(this.form, env.limits, env.locale);
  }

  set<K extends keyof CreditMoveForm>(key: K, value: CreditMoveForm[K]): void {
    this.form = { ...this.form, [key]: value };
    this.done = null;
    this.host.requestUpdate();
  }

  /** Another sub-org: start over. */
  reset(): void {
    this.form = { direction: 'allocate', amount: '', reason: '' };
    this.intent = null;
    this.submitted = false;
    this.failure = null;
    this.done = null;
    this.host.requestUpdate();
  }

  async submit(): Promise<MoveOutcome> {
    const env = this.env();
    if (this.busy || !env.adapter || !env.orgId || !env.subOrgId) return { ok: false };
    this.submitted = true;
    const { signedAmount } = this.check;
    if (signedAmount === null) {
      this.host.requestUpdate();
      return { ok: false };
    }
    this.intent = intentFor(this.intent, signedAmount, this.form.reason, newIdempotencyKey);
    const intent = this.intent;
    this.busy = true;
    this.failure = null;
    this.done = null;
    this.host.requestUpdate();
    try {
      // No signal: a write already sent runs to completion.
      const org = await env.adapter.allocateCredits({ orgId: env.orgId, subOrgId: env.subOrgId, amount: intent.amount, reason: intent.reason, idempotencyKey: intent.key });
      this.busy = false;
      this.intent = null;
      this.submitted = false;
      this.done = org;
      this.form = { direction: this.form.direction, amount: '', reason: '' };
      this.host.requestUpdate();
      return { ok: true, org, amount: intent.amount };
    } catch (error) {
      this.busy = false;
      this.failure = toApiError(error);
      this.host.requestUpdate();
      return { ok: false, error: this.failure };
    }
  }
}
