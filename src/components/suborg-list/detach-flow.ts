// "Detach": permanent, so it goes through <suborg-confirm-dialog> with the sub-org's name to
// type. Success takes the row out of the list; a failure keeps the row and the dialog (and
// what was typed), and says why.
import { html } from 'lit';
import type { OrgDetail, SubOrgSummary } from '../../api/types.js';
import { stripInvisible } from '../../domain/text.js';
import { toApiError } from '../../internal/controllers/data-task.js';
import type { SuborgConfirmDialog } from '../../internal/confirm-dialog.js';
import type { ListHost } from './list-host.js';

export class DetachFlow {
  subOrg: SubOrgSummary | null = null;
  error = '';
  submitting = false;

  constructor(
    private readonly host: ListHost,
    private readonly detached: (subOrg: SubOrgSummary, org: OrgDetail) => void,
  ) {}

  get open(): boolean {
    return this.subOrg !== null;
  }

  start(subOrg: SubOrgSummary): void {
    this.subOrg = subOrg;
    this.error = '';
    this.host.requestUpdate();
  }

  close(): void {
    if (this.submitting) return;
    this.subOrg = null;
    this.host.requestUpdate();
  }

  private async onConfirm(event: Event): Promise<void> {
    const dialog = event.currentTarget as SuborgConfirmDialog;
    const target = this.host.target;
    const subOrg = this.subOrg;
    if (this.submitting || !target || !subOrg) return;
    // Set synchronously: the dialog stays open while the write runs.
    dialog.busy = true;
    this.submitting = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      const org = await target.adapter.detachSubOrg({ orgId: target.orgId, subOrgId: subOrg.id });
      this.submitting = false;
      this.host.announce(this.host.msg('detached', { name: subOrg.name }));
      this.detached(subOrg, org);
      this.close();
    } catch (err) {
      const error = toApiError(err);
      this.host.reportError(error);
      this.submitting = false;
      this.error = this.host.msg('detachFailed', { reason: this.host.reason(error) });
    } finally {
      dialog.busy = false;
      this.host.requestUpdate();
    }
  }

  render() {
    const msg = this.host.msg;
    const name = this.subOrg?.name ?? '';
    // People type what they see: bidi controls and zero-width characters are not asked for.
    const typed = stripInvisible(name).trim();
    return html`<suborg-confirm-dialog
      class="detach-dialog"
      danger
      .open=${this.open}
      .label=${msg('detachTitle', { name })}
      .message=${msg('detachWarning', { name })}
      .confirmText=${typed}
      .confirmPrompt=${msg('detachTypeName', { name: '{text}' })}
      .confirmLabel=${msg('detachSubmit')}
      .busyLabel=${msg('detaching')}
      .busy=${this.submitting}
      .error=${this.error}
      @suborg-confirm=${(e: Event) => void this.onConfirm(e)}
      @suborg-cancel=${() => this.close()}
    ></suborg-confirm-dialog>`;
  }
}
