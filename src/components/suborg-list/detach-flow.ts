// "Detach": permanent, so the user types the sub-org's name to confirm. Success takes the
// row out of the list; a failure keeps the row and the dialog, and says why.
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { OrgDetail, SubOrgSummary } from '../../api/types.js';
import { normalizeName } from '../../domain/text.js';
import { toApiError } from '../../internal/controllers/data-task.js';
import type { ListHost } from './list-host.js';

export class DetachFlow {
  subOrg: SubOrgSummary | null = null;
  typed = '';
  mismatch = false;
  formError = '';
  submitting = false;

  constructor(
    private readonly host: ListHost,
    private readonly detached: (subOrg: SubOrgSummary, org: OrgDetail) => void,
  ) {}

  get open(): boolean {
    return this.subOrg !== null;
  }

  get matches(): boolean {
    return this.subOrg !== null && normalizeName(this.typed) === normalizeName(this.subOrg.name);
  }

  start(subOrg: SubOrgSummary): void {
    this.subOrg = subOrg;
    this.typed = '';
    this.mismatch = false;
    this.formError = '';
    this.host.requestUpdate();
  }

  close(): void {
    this.subOrg = null;
    this.host.requestUpdate();
  }

  async submit(focusInput: () => void): Promise<void> {
    const target = this.host.target;
    const subOrg = this.subOrg;
    if (this.submitting || !target || !subOrg) return;
    if (!this.matches) {
      this.mismatch = true;
      this.host.requestUpdate();
      focusInput();
      return;
    }
    this.submitting = true;
    this.formError = '';
    this.host.requestUpdate();
    try {
      const org = await target.adapter.detachSubOrg({ orgId: target.orgId, subOrgId: subOrg.id });
      this.host.announce(this.host.msg('detached', { name: subOrg.name }));
      this.detached(subOrg, org);
      this.close();
    } catch (err) {
      const error = toApiError(err);
      this.host.reportError(error);
      this.formError = this.host.msg('detachFailed', { reason: this.host.reason(error) });
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }

  render(onSubmit: () => void) {
    const msg = this.host.msg;
    const name = this.subOrg?.name ?? '';
    return html`<form id="detach-form" class="form" novalidate @submit=${(e: Event) => (e.preventDefault(), onSubmit())}>
      <p class="warning"><bdi>${msg('detachWarning', { name })}</bdi></p>
      <div class="field">
        <label class="field-label" for="detach-name">${msg('detachTypeName', { name })}</label>
        <input
          id="detach-name"
          class="input"
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.typed)}
          aria-invalid=${this.mismatch ? 'true' : 'false'}
          aria-describedby=${this.mismatch ? 'detach-name-error' : nothing}
          @input=${(e: Event) => {
            this.typed = (e.target as HTMLInputElement).value;
            this.mismatch = false;
            this.host.requestUpdate();
          }}
        />
        ${this.mismatch ? html`<p class="field-error" id="detach-name-error">${msg('detachMismatch')}</p>` : nothing}
      </div>
      ${this.formError ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
    </form>`;
  }
}
