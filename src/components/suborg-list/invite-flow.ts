// "Invite member": email and role, roles limited by the caller's role; a bad address or a
// duplicate invite is said at the email field, and what was typed stays.
import { html, nothing } from 'lit';
import type { ApiError } from '../../api/errors.js';
import type { Invite, Role, SubOrgSummary } from '../../api/types.js';
import { toApiError } from '../../internal/controllers/data-task.js';
import { looksLikeEmail, textField } from './list-fields.js';
import type { ListHost } from './list-host.js';

export class InviteFlow {
  subOrg: SubOrgSummary | null = null;
  roles: Role[] = [];
  email = '';
  role: Role | null = null;
  emailError = '';
  formError = '';
  submitting = false;

  constructor(
    private readonly host: ListHost,
    private readonly invited: (subOrg: SubOrgSummary, invite: Invite) => void,
  ) {}

  get open(): boolean {
    return this.subOrg !== null;
  }

  start(subOrg: SubOrgSummary, roles: Role[]): void {
    this.subOrg = subOrg;
    this.roles = roles;
    this.email = '';
    this.role = roles.includes('STAFF') ? 'STAFF' : (roles[0] ?? null);
    this.emailError = '';
    this.formError = '';
    this.host.requestUpdate();
  }

  close(): void {
    this.subOrg = null;
    this.host.requestUpdate();
  }

  async submit(focusEmail: () => void): Promise<void> {
    const target = this.host.target;
    const subOrg = this.subOrg;
    if (this.submitting || !target || !subOrg || !this.role) return;
    this.formError = '';
    if (!looksLikeEmail(this.email)) {
      this.emailError = this.host.msg('invalidEmail');
      this.host.requestUpdate();
      focusEmail();
      return;
    }
    this.submitting = true;
    this.host.requestUpdate();
    try {
      // Invites live on the sub-org's own route (DESIGN §4: `/orgs/{sub}/invites`).
      const invite = await target.adapter.createInvite({ orgId: subOrg.id, email: this.email.trim(), role: this.role });
      this.host.announce(this.host.msg('inviteSent', { email: invite.email }));
      this.invited(subOrg, invite);
      this.close();
    } catch (err) {
      this.fail(toApiError(err), focusEmail);
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }

  private fail(error: ApiError, focusEmail: () => void): void {
    this.host.reportError(error);
    if (error.fields.email || error.kind === 'conflict') {
      this.emailError = error.kind === 'conflict' ? this.host.msg('duplicateInvite') : this.host.msg('invalidEmail');
      focusEmail();
      return;
    }
    this.formError = this.host.reason(error);
  }

  /** The dialog: the form and its footer buttons. */
  renderDialog() {
    const { msg, commonMsg } = this.host;
    const submit = () => void this.submit(() => this.host.focusFirstInvalid('invite-form'));
    return html`<suborg-dialog
      class="invite-dialog"
      ?open=${this.open}
      label=${msg('inviteTitle', { name: this.subOrg?.name ?? '' })}
      close-label=${commonMsg('close')}
      ?prevent-close=${this.submitting}
      @suborg-dialog-close=${() => this.open && this.close()}
    >
      ${this.open ? this.renderForm(submit) : nothing}
      <div slot="footer" class="dialog-actions">
        <button type="button" class="button secondary" ?disabled=${this.submitting} @click=${() => this.close()}>${commonMsg('cancel')}</button>
        <button type="submit" form="invite-form" class="button primary submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
          ${this.submitting ? msg('inviteSending') : msg('inviteSubmit')}
        </button>
      </div>
    </suborg-dialog>`;
  }

  private renderForm(onSubmit: () => void) {
    const msg = this.host.msg;
    return html`<form id="invite-form" class="form" novalidate @submit=${(e: Event) => (e.preventDefault(), onSubmit())}>
      ${textField({
        id: 'invite-email',
        label: msg('inviteEmail'),
        type: 'email',
        autocomplete: 'email',
        required: true,
        value: this.email,
        error: this.emailError,
        onInput: (v) => {
          this.email = v;
          this.emailError = '';
          this.host.requestUpdate();
        },
      })}
      <div class="field">
        <label class="field-label" for="invite-role">${msg('inviteRole')}</label>
        <select
          id="invite-role"
          class="input"
          aria-describedby="invite-role-help"
          @change=${(e: Event) => (this.role = (e.target as HTMLSelectElement).value as Role)}
        >
          ${this.roles.map((r) => html`<option value=${r} ?selected=${r === this.role}>${msg(`role.${r}`)}</option>`)}
        </select>
        <p class="field-help" id="invite-role-help">${msg('inviteRoleHelp')}</p>
      </div>
      ${this.formError ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
    </form>`;
  }
}
