// The save flow of the billing form: what was typed, the version it started from (If-Match),
// validation, one request at a time, server field errors at their fields, edits kept on failure.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SubOrgAdapter } from '../../api/adapter.js';
import type { ApiError } from '../../api/errors.js';
import { toApiError } from '../../internal/controllers/data-task.js';
import type { OrgDetail } from '../../api/types.js';
import {
  billingPatch,
  fieldErrorsFromServer,
  formFromOrg,
  hasErrors,
  isDirty,
  parseBillingForm,
  type BillingEditScope,
  type BillingErrors,
  type BillingField,
  type BillingForm,
} from '../../domain/billing-form.js';

export interface EditEnv {
  adapter: SubOrgAdapter | undefined;
  orgId: string | undefined;
  subOrgId: string | undefined;
  locale: string;
  scope: BillingEditScope;
}

export type SaveOutcome = { ok: true; org: OrgDetail } | { ok: false; error: unknown } | { ok: 'invalid' } | { ok: 'unchanged' };

interface EditBase {
  orgId: string;
  form: BillingForm;
  updatedAt: string;
  currency: string;
}

export class BillingEditController implements ReactiveController {
  /** What is on screen in the fields. */
  form: BillingForm | null = null;
  /** The saved values and version the edit started from. */
  base: EditBase | null = null;
  saving = false;
  /** Set after a save attempt so every invalid field shows why. */
  submitted = false;
  serverErrors: Partial<Record<BillingField, string>> = {};
  /** The last save failed with this (kept until the next edit or save). */
  failure: ApiError | null = null;
  /** The version on the server moved on (409 stale). */
  conflict = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly env: () => EditEnv,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get dirty(): boolean {
    if (!this.form || !this.base) return false;
    return isDirty(this.form, this.base.form, this.opts());
  }

  get errors(): BillingErrors {
    if (!this.form || !this.base) return {};
    return parseBillingForm(this.form, this.opts()).errors;
  }

  /**
   * New data from the server. A clean form follows it; a dirty one keeps the person's edits and
   * the version they started from, unless only other things (balances) changed, then it rebases.
   */
  load(org: OrgDetail, opts: { force?: boolean; keepEdits?: boolean } = {}): void {
    const locale = this.env().locale;
    const next: EditBase = { orgId: org.id, form: formFromOrg(org, locale), updatedAt: org.updatedAt, currency: org.billing.currency };
    const sameOrg = this.base?.orgId === org.id;
    if (opts.force || !sameOrg || !this.form || !this.base) {
      this.reset(next, opts.keepEdits && sameOrg ? this.form : null);
      return;
    }
    if (!this.dirty) {
      this.reset(next, null);
    } else if (opts.keepEdits || sameSettings(next.form, this.base.form)) {
      this.base = next;
      if (opts.keepEdits) this.conflict = false;
    }
    this.host.requestUpdate();
  }

  private reset(base: EditBase, keep: BillingForm | null): void {
    this.base = base;
    this.form = keep ?? { ...base.form };
    this.submitted = false;
    this.serverErrors = {};
    this.failure = null;
    this.conflict = false;
    this.host.requestUpdate();
  }

  set<K extends keyof BillingForm>(key: K, value: BillingForm[K], field?: BillingField): void {
    if (!this.form) return;
    this.form = { ...this.form, [key]: value };
    if (field && this.serverErrors[field]) {
      const { [field]: _gone, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
    this.host.requestUpdate();
  }

  cancel(): void {
    if (this.base) this.reset(this.base, null);
  }

  /** One request at a time; the write is not tied to the element's life (no signal). */
  async save(): Promise<SaveOutcome> {
    const env = this.env();
    if (this.saving || !this.form || !this.base || !env.adapter || !env.orgId || !env.subOrgId) return { ok: 'unchanged' };
    this.submitted = true;
    if (hasErrors(this.errors)) {
      this.host.requestUpdate();
      return { ok: 'invalid' };
    }
    const patch = billingPatch(this.form, this.base.form, this.opts());
    if (!patch) return { ok: 'unchanged' };
    this.saving = true;
    this.failure = null;
    this.serverErrors = {};
    this.host.requestUpdate();
    const startedFrom = this.base;
    try {
      const org = await env.adapter.updateBilling({ orgId: env.orgId, subOrgId: env.subOrgId, patch, ifMatch: startedFrom.updatedAt });
      this.saving = false;
      // The answer is the new truth; a different sub-org picked meanwhile is not touched.
      if (this.base?.orgId === org.id) this.load(org, { force: true });
      return { ok: true, org };
    } catch (error) {
      this.saving = false;
      if (this.base?.orgId === startedFrom.orgId) {
        const apiError = toApiError(error);
        this.failure = apiError;
        this.conflict = apiError.kind === 'conflict' && apiError.code === 'stale';
        this.serverErrors = fieldErrorsFromServer(apiError.fields);
      }
      this.host.requestUpdate();
      return { ok: false, error };
    }
  }

  private opts() {
    const env = this.env();
    return { locale: env.locale, currency: this.base?.currency ?? 'usd', scope: env.scope };
  }
}

function sameSettings(a: BillingForm, b: BillingForm): boolean {
  return (Object.keys(a) as Array<keyof BillingForm>).every((k) => a[k] === b[k]);
}
