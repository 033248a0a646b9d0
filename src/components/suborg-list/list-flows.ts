// The list's three dialogs (create, invite, detach) on one skeleton: open / close, what was
// typed and its field errors, a form-level error, and one write at a time (busy while it
// runs; a failure is reported, keeps what was typed and says why).
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { NewAccount } from '../../api/adapter.js';
import type { ApiError } from '../../api/errors.js';
import type { CreatedSubOrg, Features, Invite, OrgDetail, Role, SubOrgSummary } from '../../api/types.js';
import { FEATURE_KEYS } from '../../api/types.js';
import { formatCredits } from '../../domain/credits.js';
import { fingerprintOf, keepsIntent, keyFor, type PendingIntent } from '../../domain/idempotency.js';
import { isBlank, normalizeName, stripInvisible } from '../../domain/text.js';
import { toApiError } from '../../internal/controllers/data-task.js';
import type { ListHost } from './list-host.js';

type Target = NonNullable<ListHost['target']>;

/** A simple email check for instant feedback; the server has the last word. */
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

abstract class Flow {
  open = false;
  /** Rendered from the first `start` on (and then kept, so it can close and return focus). */
  used = false;
  busy = false;
  values: Record<string, string> = {};
  errors: Record<string, string | undefined> = {};
  formError = '';

  constructor(
    protected readonly host: ListHost,
    /** Prefix of the dialog's class, form id and field ids. */
    private readonly id: string,
  ) {}

  protected update(): void {
    this.host.requestUpdate();
  }

  /** Opens the dialog; `fresh`: with nothing typed and no errors. */
  protected show(fresh = true): void {
    if (fresh) {
      this.values = {};
      this.errors = {};
      this.formError = '';
    }
    this.open = this.used = true;
    this.update();
  }

  close(): void {
    this.open = false;
    this.update();
  }

  protected value(name: string): string {
    return this.values[name] ?? '';
  }

  /** Shows `errors` at their fields and focuses the first; false when there are none. */
  protected invalid(errors: Record<string, string>): boolean {
    this.errors = errors;
    this.update();
    const any = Object.keys(errors).length > 0;
    if (any) this.host.focusFirstInvalid(`${this.id}-form`);
    return any;
  }

  /** One write: busy while it runs; a failure is reported and handed to `fail`. */
  protected async send<T>(call: (target: Target) => Promise<T>, done: (result: T) => void, fail: (error: ApiError) => void): Promise<void> {
    const target = this.host.target;
    if (this.busy || !target) return;
    this.busy = true;
    this.formError = '';
    this.update();
    let result: T | undefined;
    let error: ApiError | undefined;
    try {
      result = await call(target);
    } catch (err) {
      this.host.reportError((error = toApiError(err)));
    }
    this.busy = false;
    if (error) fail(error);
    else done(result!);
    this.update();
  }

  /**
   * One labelled text field, its error wired for assistive tech; what is typed clears its error.
   * `autocomplete` `email` makes an email field; none, a multi-line one.
   */
  protected field(name: string, label: string, required: boolean, autocomplete?: string) {
    const id = `${this.id}-${name}`;
    const error = this.errors[name];
    const invalid = error ? 'true' : 'false';
    const described = error ? `${id}-error` : nothing;
    const value = live(this.value(name));
    const onInput = (e: Event) => {
      this.values[name] = (e.target as HTMLInputElement).value;
      this.errors[name] = undefined;
      this.update();
    };
    return html`<div class="field">
      <label class="field-label" for=${id}>${label}</label>
      ${autocomplete
        ? html`<input id=${id} name=${id} class="input" type=${autocomplete === 'email' ? 'email' : 'text'} autocomplete=${autocomplete} ?required=${required} .value=${value} aria-invalid=${invalid} aria-describedby=${described} @input=${onInput} />`
        : html`<textarea id=${id} name=${id} class="input" rows="3" .value=${value} aria-invalid=${invalid} aria-describedby=${described} @input=${onInput}></textarea>`}
      ${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  protected abstract submit(): Promise<void>;

  /** The dialog around `body` (rendered while open) with `footer`; a form dialog when `footer` is not given. */
  protected dialog(label: string, body: () => unknown, submit: string, sending: string, footer?: unknown) {
    const { commonMsg } = this.host;
    const id = this.id;
    return html`<suborg-dialog class="${id}-dialog" ?open=${this.open} label=${label} close-label=${commonMsg('close')} ?prevent-close=${this.busy} @suborg-dialog-close=${() => this.open && this.close()}>
      ${this.open
        ? footer
          ? body()
          : html`<form id="${id}-form" class="form" novalidate @submit=${(e: Event) => (e.preventDefault(), void this.submit())}>
              ${body()} ${this.formError ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
            </form>`
        : nothing}
      <div slot="footer" class="dialog-actions">
        ${footer ??
        html`<button class="button secondary" ?disabled=${this.busy} @click=${() => this.close()}>${commonMsg('cancel')}</button>
          <button type="submit" form="${id}-form" class="button primary submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? sending : submit}</button>`}
      </div>
    </suborg-dialog>`;
  }
}

/** The account owner's fields in sub-account mode: [name, autocomplete]; the first three are required. */
const ACCOUNT_FIELDS = [
  ['firstName', 'given-name'],
  ['lastName', 'family-name'],
  ['email', 'email'],
  ['businessName', 'organization'],
  ['address', 'street-address'],
  ['description'],
] as const;
const FIELDS: readonly string[] = ['name', ...ACCOUNT_FIELDS.map(([name]) => name)];

/**
 * "Create sub-organization": one idempotency key per intent (reused on retry, so a double
 * click or a resend after a timeout creates one sub-org; kept with what was typed when the
 * dialog is closed after an ambiguous failure), field errors, the tier limit, and the
 * generated password shown once.
 */
export class CreateFlow extends Flow {
  account = false;
  features: Partial<Features> = {};
  /** The answer that carried a generated password: shown once, then forgotten. */
  shownOnce: CreatedSubOrg | null = null;
  copyNote = '';
  /** The create asked for and not known to have failed for good (see `keepsIntent`). */
  private intent: PendingIntent | null = null;
  private parent: OrgDetail | undefined;

  constructor(
    host: ListHost,
    private readonly on: { created(org: CreatedSubOrg): void; limitReached(): void },
  ) {
    super(host, 'create');
  }

  start(parent: OrgDetail | undefined, account: boolean): void {
    this.parent = parent;
    this.shownOnce = null;
    this.copyNote = '';
    // After an ambiguous failure the create may have run: reopening resumes it, with what was
    // typed and the same key, so sending again cannot create a second sub-org.
    const fresh = !this.intent || this.account !== account;
    if (fresh) {
      this.account = account;
      this.features = {};
      this.intent = null;
    }
    this.show(fresh);
  }

  override close(): void {
    this.shownOnce = null; // the password leaves memory with the dialog
    super.close();
  }

  protected async submit(): Promise<void> {
    if (this.busy) return; // a second click while the first runs changes nothing
    const { msg } = this.host;
    const v = (name: string) => this.value(name);
    const errors: Record<string, string> = {};
    if (isBlank(v('name'))) errors.name = msg('nameRequired');
    if (this.account) {
      for (const name of ['firstName', 'lastName']) if (isBlank(v(name))) errors[name] = msg('required');
      if (!looksLikeEmail(v('email'))) errors.email = msg('invalidEmail');
    }
    this.formError = '';
    if (this.invalid(errors)) return;
    // Names normalized, the rest trimmed; the optional fields only when filled in.
    const account = Object.fromEntries(
      ACCOUNT_FIELDS.map(([name], i) => [name, i < 2 ? normalizeName(v(name)) : v(name).trim()]).filter(([, value], i) => i < 3 || !isBlank(value!)),
    ) as unknown as NewAccount;
    const delegated = FEATURE_KEYS.filter((k) => this.features[k] && this.parent?.features[k]);
    const body = {
      name: normalizeName(v('name')),
      ...(delegated.length ? { features: Object.fromEntries(delegated.map((k) => [k, true])) } : {}),
      ...(this.account ? { account } : {}),
    };
    await this.send(
      ({ adapter, orgId }) => {
        // Same org and body → same key (a retry); anything changed is a new intent with a new key.
        this.intent = keyFor(this.intent, fingerprintOf({ orgId, body }));
        return adapter.createSubOrg({ orgId, ...body, idempotencyKey: this.intent.key });
      },
      (created) => {
        this.intent = null;
        this.host.announce(msg('created', { name: created.name }));
        this.on.created(created);
        if (created.initialPassword) this.shownOnce = created;
        else this.close();
      },
      (error) => {
        // A definitive refusal ends the intent: the server would replay it for the same key.
        if (!keepsIntent(error.kind)) this.intent = null;
        if (error.code === 'duplicate_name') {
          this.invalid({ name: msg('nameTaken') });
        } else if (error.code === 'sub_org_limit') {
          this.formError = msg('limitReachedHelp', { limit: this.parent?.limits.subOrgs ?? 0 });
          this.on.limitReached();
        } else {
          const fields: Record<string, string> = {};
          for (const [path, text] of Object.entries(error.fields)) {
            const name = path.replace(/^account\./, '');
            if (FIELDS.includes(name)) fields[name] = text;
          }
          if (!this.invalid(fields)) this.formError = msg('createFailed', { reason: this.host.reason(error) });
        }
      },
    );
  }

  private async copyPassword(secret: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(secret);
      this.copyNote = this.host.msg('copied');
    } catch {
      this.copyNote = this.host.msg('copyFailed');
    }
    this.update();
  }

  /** The form, or the generated password once. */
  render() {
    const { msg } = this.host;
    const once = this.shownOnce;
    if (once) {
      const password = once.initialPassword ?? '';
      return this.dialog(
        msg('passwordTitle', { name: once.name }),
        () => html`<div class="password-once">
          <p>${msg('starterBalance', { amount: formatCredits(once.balance, this.host.resolvedLocale) })}</p>
          <p class="warning" role="alert">${msg('passwordWarning')}</p>
          <div class="field">
            <label class="field-label" for="initial-password">${msg('passwordLabel')}</label>
            <input id="initial-password" class="input mono" readonly .value=${password} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          </div>
          <button class="button secondary" @click=${() => void this.copyPassword(password)}>${msg('copy')}</button>
          <p class="copy-note" role="status">${this.copyNote}</p>
        </div>`,
        '',
        '',
        html`<button class="button primary" @click=${() => this.close()}>${msg('done')}</button>`,
      );
    }
    const parentFeatures = this.parent?.features;
    return this.dialog(
      msg(this.account ? 'createTitleAccount' : 'createTitle'),
      () => html`${this.field('name', msg('name'), true, 'organization')}
        <fieldset class="features">
          <legend>${msg('featuresLegend')}</legend>
          ${FEATURE_KEYS.map((key) => {
            const available = parentFeatures?.[key] === true;
            const id = `feature-${key}`;
            return html`<div class="check">
              <input type="checkbox" id=${id} .checked=${available && this.features[key] === true} ?disabled=${!available} aria-describedby=${available ? nothing : `${id}-why`} @change=${(e: Event) => ((this.features[key] = (e.target as HTMLInputElement).checked), this.update())} />
              <label for=${id}>${msg(`feature.${key}`)}</label>
              ${available ? nothing : html`<span class="why" id="${id}-why">${msg('featureUnavailable')}</span>`}
            </div>`;
          })}
        </fieldset>
        ${this.account
          ? html`<fieldset class="account">
              <legend>${msg('accountLegend')}</legend>
              ${ACCOUNT_FIELDS.map(([name, autocomplete], i) => this.field(name, msg(name === 'email' ? 'loginEmail' : name), i < 3, autocomplete))}
            </fieldset>`
          : nothing}`,
      msg('createSubmit'),
      msg('creating'),
    );
  }
}

/** "Invite member": email and role, roles limited by the caller's role; a bad address or a duplicate invite is said at the email field. */
export class InviteFlow extends Flow {
  subOrg: SubOrgSummary | null = null;
  roles: Role[] = [];
  role: Role | null = null;

  constructor(
    host: ListHost,
    private readonly invited: (subOrg: SubOrgSummary, invite: Invite) => void,
  ) {
    super(host, 'invite');
  }

  start(subOrg: SubOrgSummary, roles: Role[]): void {
    this.subOrg = subOrg;
    this.roles = roles;
    this.role = roles.includes('STAFF') ? 'STAFF' : (roles[0] ?? null);
    this.show();
  }

  protected async submit(): Promise<void> {
    const { subOrg, role } = this;
    const email = this.value('email');
    const { msg } = this.host;
    if (!subOrg || !role) return;
    this.formError = '';
    if (this.invalid(looksLikeEmail(email) ? {} : { email: msg('invalidEmail') })) return;
    await this.send(
      // Invites live on the sub-org's own route (DESIGN §4: `/orgs/{sub}/invites`).
      ({ adapter }) => adapter.createInvite({ orgId: subOrg.id, email: email.trim(), role }),
      (invite) => {
        this.host.announce(msg('inviteSent', { email: invite.email }));
        this.invited(subOrg, invite);
        this.close();
      },
      (error) => {
        // At the field: the server's own words for it (already a member, already invited, not
        // accepted), or ours for a duplicate it did not explain; anything else under the form.
        const said = error.fields.email || (error.code === 'duplicate' && msg('duplicateInvite'));
        if (said) this.invalid({ email: said });
        else this.formError = this.host.reason(error);
      },
    );
  }

  render() {
    const { msg } = this.host;
    return this.dialog(
      msg('inviteTitle', { name: this.subOrg?.name ?? '' }),
      () => html`${this.field('email', msg('inviteEmail'), true, 'email')}
        <div class="field">
          <label class="field-label" for="invite-role">${msg('inviteRole')}</label>
          <select id="invite-role" class="input" aria-describedby="invite-role-help" @change=${(e: Event) => (this.role = (e.target as HTMLSelectElement).value as Role)}>
            ${this.roles.map((r) => html`<option value=${r} ?selected=${r === this.role}>${msg(`role.${r}`)}</option>`)}
          </select>
          <p class="field-help" id="invite-role-help">${msg('inviteRoleHelp')}</p>
        </div>`,
      msg('inviteSubmit'),
      msg('inviteSending'),
    );
  }
}

/**
 * "Detach": permanent, so it goes through <suborg-confirm-dialog> with the sub-org's name to
 * type. Success takes the row out of the list; a failure keeps the row and the dialog (and
 * what was typed), and says why.
 */
export class DetachFlow extends Flow {
  subOrg: SubOrgSummary | null = null;

  constructor(
    host: ListHost,
    private readonly detached: (subOrg: SubOrgSummary, org: OrgDetail) => void,
  ) {
    super(host, 'detach');
  }

  start(subOrg: SubOrgSummary): void {
    this.subOrg = subOrg;
    this.show();
  }

  protected async submit(): Promise<void> {
    const subOrg = this.subOrg!;
    const { msg } = this.host;
    await this.send(
      ({ adapter, orgId }) => adapter.detachSubOrg({ orgId, subOrgId: subOrg.id }),
      (org) => {
        this.host.announce(msg('detached', { name: subOrg.name }));
        this.detached(subOrg, org);
        this.close();
      },
      (error) => (this.formError = msg('detachFailed', { reason: this.host.reason(error) })),
    );
  }

  render() {
    const { msg, commonMsg } = this.host;
    const name = this.subOrg?.name ?? '';
    // People type what they see: bidi controls and zero-width characters are not asked for.
    return html`<suborg-confirm-dialog
      class="detach-dialog"
      danger
      .open=${this.open}
      .label=${msg('detachTitle', { name })}
      .message=${msg('detachWarning', { name })}
      .confirmText=${stripInvisible(name).trim()}
      .confirmPrompt=${msg('detachTypeName', { name: '{text}' })}
      .confirmLabel=${msg('detachSubmit')}
      .busyLabel=${msg('detaching')}
      .cancelLabel=${commonMsg('cancel')}
      .closeLabel=${commonMsg('close')}
      .busy=${this.busy}
      .error=${this.formError}
      @suborg-confirm=${(e: Event) => {
        // Cancelled, the dialog stays open while the write runs.
        if (this.host.target && !this.busy) {
          e.preventDefault();
          void this.submit();
        }
      }}
      @suborg-cancel=${() => this.busy || this.close()}
    ></suborg-confirm-dialog>`;
  }
}
