// "Create sub-organization": the dialog's form state, its one idempotency key per intent
// (reused on retry, so a double click or a resend after a timeout creates one sub-org;
// kept with what was typed when the dialog is closed after an ambiguous failure),
// field-level errors, the tier limit, and the generated password shown once.
import { html, nothing } from 'lit';
import type { NewAccount } from '../../api/adapter.js';
import { isApiError, type ApiError } from '../../api/errors.js';
import type { CreatedSubOrg, FeatureKey, Features, OrgDetail } from '../../api/types.js';
import { FEATURE_KEYS } from '../../api/types.js';
import { formatCredits } from '../../domain/credits.js';
import { fingerprintOf, keepsIntent, keyFor, type PendingIntent } from '../../domain/idempotency.js';
import { isBlank, normalizeName } from '../../domain/text.js';
import { toApiError } from '../../internal/controllers/data-task.js';
import { looksLikeEmail, textField } from './list-fields.js';
import type { ListHost } from './list-host.js';

type Field = 'name' | 'firstName' | 'lastName' | 'email' | 'businessName' | 'address' | 'description';

export interface CreateCallbacks {
  created(org: CreatedSubOrg): void;
  limitReached(): void;
}

export class CreateFlow {
  open = false;
  accountMode = false;
  values: Record<Field, string> = emptyValues();
  features: Partial<Features> = {};
  errors: Partial<Record<Field, string>> = {};
  formError = '';
  submitting = false;
  /** The answer that carried a generated password: shown once, then forgotten. */
  shownOnce: CreatedSubOrg | null = null;
  copyNote = '';
  /** The create asked for and not known to have failed for good (see `keepsIntent`). */
  private intent: PendingIntent | null = null;
  private parent: OrgDetail | undefined;

  constructor(
    private readonly host: ListHost,
    private readonly on: CreateCallbacks,
  ) {}

  start(parent: OrgDetail | undefined, accountMode: boolean): void {
    this.parent = parent;
    this.shownOnce = null;
    this.copyNote = '';
    // After an ambiguous failure the create may have run: reopening resumes it, with what was
    // typed and the same key, so sending again cannot create a second sub-org.
    const resume = this.intent !== null && this.accountMode === accountMode;
    if (!resume) {
      this.accountMode = accountMode;
      this.values = emptyValues();
      this.features = {};
      this.errors = {};
      this.formError = '';
      this.intent = null;
    }
    this.open = true;
    this.host.requestUpdate();
  }

  close(): void {
    this.open = false;
    this.shownOnce = null; // the password leaves memory with the dialog
    this.host.requestUpdate();
  }

  private set(field: Field, value: string): void {
    this.values = { ...this.values, [field]: value };
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
    this.host.requestUpdate();
  }

  private validate(): boolean {
    const msg = this.host.msg;
    const errors: Partial<Record<Field, string>> = {};
    if (isBlank(this.values.name)) errors.name = msg('nameRequired');
    if (this.accountMode) {
      if (isBlank(this.values.firstName)) errors.firstName = msg('required');
      if (isBlank(this.values.lastName)) errors.lastName = msg('required');
      if (!looksLikeEmail(this.values.email)) errors.email = msg('invalidEmail');
    }
    this.errors = errors;
    return Object.keys(errors).length === 0;
  }

  private account(): NewAccount | undefined {
    if (!this.accountMode) return undefined;
    const v = this.values;
    const optional = (s: string) => (isBlank(s) ? undefined : s.trim());
    return {
      firstName: normalizeName(v.firstName),
      lastName: normalizeName(v.lastName),
      email: v.email.trim(),
      ...(optional(v.businessName) ? { businessName: optional(v.businessName) } : {}),
      ...(optional(v.address) ? { address: optional(v.address) } : {}),
      ...(optional(v.description) ? { description: optional(v.description) } : {}),
    };
  }

  async submit(focusFirstError: () => void): Promise<void> {
    if (this.submitting) return; // a second click while the first runs changes nothing
    const target = this.host.target;
    if (!target) return;
    this.formError = '';
    if (!this.validate()) {
      this.host.requestUpdate();
      focusFirstError();
      return;
    }
    const delegated = FEATURE_KEYS.filter((k) => this.features[k] && this.parent?.features[k]);
    const body = {
      name: normalizeName(this.values.name),
      ...(delegated.length ? { features: Object.fromEntries(delegated.map((k) => [k, true])) as Partial<Features> } : {}),
      ...(this.accountMode ? { account: this.account() } : {}),
    };
    // Same org and body → same key (a retry); anything changed is a new intent with a new key.
    const intent = (this.intent = keyFor(this.intent, fingerprintOf({ orgId: target.orgId, body })));
    this.submitting = true;
    this.host.requestUpdate();
    try {
      const created = await target.adapter.createSubOrg({ orgId: target.orgId, ...body, idempotencyKey: intent.key });
      this.intent = null;
      this.host.announce(this.host.msg('created', { name: created.name }));
      this.on.created(created);
      if (created.initialPassword) this.shownOnce = created;
      else this.close();
    } catch (err) {
      this.fail(toApiError(err), focusFirstError);
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }

  private fail(error: ApiError, focusFirstError: () => void): void {
    this.host.reportError(error);
    // A definitive refusal ends the intent: the server would replay it for the same key.
    if (!keepsIntent(error.kind)) this.intent = null;
    const msg = this.host.msg;
    if (isApiError(error) && error.code === 'duplicate_name') {
      this.errors = { name: msg('nameTaken') };
      focusFirstError();
      return;
    }
    if (error.code === 'sub_org_limit') {
      this.formError = msg('limitReachedHelp', { limit: this.parent?.limits.subOrgs ?? 0 });
      this.on.limitReached();
      return;
    }
    const fieldErrors: Partial<Record<Field, string>> = {};
    for (const [path, text] of Object.entries(error.fields)) {
      const field = path.replace(/^account\./, '') as Field;
      if (field in this.values) fieldErrors[field] = text;
    }
    if (Object.keys(fieldErrors).length) {
      this.errors = fieldErrors;
      focusFirstError();
      return;
    }
    this.formError = msg('createFailed', { reason: this.host.reason(error) });
  }

  async copyPassword(): Promise<void> {
    const secret = this.shownOnce?.initialPassword;
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      this.copyNote = this.host.msg('copied');
    } catch {
      this.copyNote = this.host.msg('copyFailed');
    }
    this.host.requestUpdate();
  }

  private toggleFeature(key: FeatureKey, on: boolean): void {
    this.features = { ...this.features, [key]: on };
    this.host.requestUpdate();
  }

  /** The dialog: the form, or the generated password once, with its footer buttons. */
  renderDialog() {
    const { msg, commonMsg } = this.host;
    const submit = () => void this.submit(() => this.host.focusFirstInvalid('create-form'));
    const shownOnce = this.shownOnce;
    return html`<suborg-dialog
      class="create-dialog"
      ?open=${this.open}
      label=${shownOnce ? msg('passwordTitle', { name: shownOnce.name }) : msg(this.accountMode ? 'createTitleAccount' : 'createTitle')}
      close-label=${commonMsg('close')}
      ?prevent-close=${this.submitting}
      @suborg-dialog-close=${() => this.open && this.close()}
    >
      ${this.open ? (shownOnce ? this.renderPassword(shownOnce) : this.renderForm(submit)) : nothing}
      <div slot="footer" class="dialog-actions">
        ${shownOnce
          ? html`<button type="button" class="button primary" @click=${() => this.close()}>${msg('done')}</button>`
          : html`<button type="button" class="button secondary" ?disabled=${this.submitting} @click=${() => this.close()}>${commonMsg('cancel')}</button>
              <button type="submit" form="create-form" class="button primary submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
                ${this.submitting ? msg('creating') : msg('createSubmit')}
              </button>`}
      </div>
    </suborg-dialog>`;
  }

  private renderForm(onSubmit: () => void) {
    const msg = this.host.msg;
    const field = (id: Field, label: string, extra: { type?: 'email'; autocomplete?: string; required?: boolean; multiline?: boolean } = {}) =>
      textField({ id: `create-${id}`, label, value: this.values[id], error: this.errors[id], onInput: (v) => this.set(id, v), ...extra });
    const parentFeatures = this.parent?.features;
    return html`<form id="create-form" class="form" novalidate @submit=${(e: Event) => (e.preventDefault(), onSubmit())}>
      ${field('name', msg('name'), { required: true, autocomplete: 'organization' })}
      <fieldset class="features">
        <legend>${msg('featuresLegend')}</legend>
        ${FEATURE_KEYS.map((key) => {
          const available = parentFeatures?.[key] === true;
          return html`<div class="check">
            <input
              type="checkbox"
              id="feature-${key}"
              .checked=${available && this.features[key] === true}
              ?disabled=${!available}
              aria-describedby=${available ? nothing : `feature-${key}-why`}
              @change=${(e: Event) => this.toggleFeature(key, (e.target as HTMLInputElement).checked)}
            />
            <label for="feature-${key}">${msg(`feature.${key}`)}</label>
            ${available ? nothing : html`<span class="why" id="feature-${key}-why">${msg('featureUnavailable')}</span>`}
          </div>`;
        })}
      </fieldset>
      ${this.accountMode
        ? html`<fieldset class="account">
            <legend>${msg('accountLegend')}</legend>
            ${field('firstName', msg('firstName'), { required: true, autocomplete: 'given-name' })}
            ${field('lastName', msg('lastName'), { required: true, autocomplete: 'family-name' })}
            ${field('email', msg('loginEmail'), { type: 'email', required: true, autocomplete: 'email' })}
            ${field('businessName', msg('businessName'), { autocomplete: 'organization' })}
            ${field('address', msg('address'), { autocomplete: 'street-address' })}
            ${field('description', msg('description'), { multiline: true })}
          </fieldset>`
        : nothing}
      ${this.formError ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
    </form>`;
  }

  private renderPassword(created: CreatedSubOrg) {
    const msg = this.host.msg;
    return html`<div class="password-once">
      <p>${msg('starterBalance', { amount: formatCredits(created.balance, this.host.resolvedLocale) })}</p>
      <p class="warning" role="alert">${msg('passwordWarning')}</p>
      <div class="field">
        <label class="field-label" for="initial-password">${msg('passwordLabel')}</label>
        <input id="initial-password" class="input mono" readonly .value=${created.initialPassword ?? ''} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      </div>
      <button type="button" class="button secondary" @click=${() => void this.copyPassword()}>${msg('copy')}</button>
      <p class="copy-note" role="status">${this.copyNote}</p>
    </div>`;
  }
}

function emptyValues(): Record<Field, string> {
  return { name: '', firstName: '', lastName: '', email: '', businessName: '', address: '', description: '' };
}
