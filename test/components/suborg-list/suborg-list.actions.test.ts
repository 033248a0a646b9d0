import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiError } from '../../../src/api/errors.js';
import type { Role } from '../../../src/api/types.js';
import '../../../src/context/locale-de.define.js';
import type { SuborgList } from '../../../src/components/suborg-list/suborg-list.js';
import type { SuborgJoinActionEvent, SuborgJoinedEvent } from '../../../src/components/suborg-list/suborg-list.events.js';
import type { SuborgActionEvent } from '../../../src/internal/events.js';
import { fakeAdapter } from './helpers/fake-adapter.js';
import { mountList, rowById, settled, shadow, sleep } from './helpers/list-fixture.js';
import { chooseAction, menuLabels, openRowMenu } from './helpers/menu.js';
import { subOrg, subOrgs } from '../../helpers/org-fixtures.js';

async function listAs(role: Role, rows = subOrgs(3)) {
  const adapter = fakeAdapter(rows, { role });
  const el = await mountList(adapter);
  await settled(el);
  await waitUntil(() => adapter.calls('getOrg').length > 0 && (role === 'STAFF' || el.shadowRoot!.querySelector('.row .actions button')), 'role known');
  await el.updateComplete;
  return { adapter, el };
}

const dialog = (el: SuborgList, cls: string) => shadow(el).querySelector<HTMLElement & { open: boolean }>(`suborg-dialog.${cls}`)!;

describe('suborg-list: quick actions', function () {
  this.timeout(30_000);

  it('an Admin is offered all eight actions; each event-only action fires a cancelable suborg-action', async () => {
    const { el } = await listAs('ADMIN');
    const menu = await openRowMenu(el, 'so_1');
    expect(menuLabels(menu)).to.deep.equal(['Invite member', 'Join as', 'Manage features', 'Members', 'Domains', 'Customization', 'Billing', 'Detach…']);
    menu.closeMenu();
    for (const [label, action] of [
      ['Manage features', 'manage-features'],
      ['Members', 'members'],
      ['Domains', 'domains'],
      ['Customization', 'customization'],
      ['Billing', 'billing'],
    ] as const) {
      const fired = oneEvent(el, 'suborg-action') as Promise<SuborgActionEvent>;
      await chooseAction(el, 'so_1', label);
      const e = await fired;
      expect(e.detail.action).to.equal(action);
      expect(e.detail.subOrg.id).to.equal('so_1');
      expect(e.cancelable && e.bubbles && e.composed).to.be.true;
    }
  });

  it('actions the role cannot take are not offered (Manager: no detach; Developer: look only; Agent: nothing)', async () => {
    const manager = await listAs('MANAGER');
    const managerLabels = menuLabels(await openRowMenu(manager.el, 'so_1'));
    expect(managerLabels).to.include('Invite member');
    expect(managerLabels).to.not.include('Detach…');
    const dev = await listAs('DEVELOPER');
    expect(menuLabels(await openRowMenu(dev.el, 'so_1'))).to.deep.equal(['Members']);
    const agent = await listAs('STAFF');
    await agent.el.updateComplete;
    expect(rowById(agent.el, 'so_1')!.querySelector('.manage, suborg-menu-button, .menu-placeholder')).to.equal(null);
    expect(shadow(agent.el).querySelector('.create')).to.equal(null);
  });

  it('invite: roles limited by the caller (Manager → Manager, Agent); bad email and duplicates at the field', async () => {
    const { el, adapter } = await listAs('MANAGER');
    await chooseAction(el, 'so_2', 'Invite member');
    await waitUntil(() => dialog(el, 'invite-dialog').open, 'invite dialog');
    await el.updateComplete;
    const options = [...shadow(el).querySelectorAll<HTMLOptionElement>('#invite-role option')].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['Manager', 'Agent']);
    await expect(el).to.be.accessible();
    const email = shadow(el).querySelector<HTMLInputElement>('#invite-email')!;
    email.focus();
    await sendKeys({ type: 'not-an-email' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('#invite-email-error'), 'field error');
    expect(shadow(el).querySelector('#invite-email-error')!.textContent).to.contain('Enter an email address');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(adapter.calls('createInvite')).to.have.length(0);
    await expect(el).to.be.accessible();
    // The server's words at the field when it gives them (a member, not only an invite, can be the duplicate).
    adapter.handlers.createInvite = () => {
      throw new ApiError({ kind: 'conflict', code: 'duplicate', status: 409, fields: { email: 'Already a member.' } });
    };
    email.value = '';
    email.focus();
    await sendKeys({ type: 'sam@example.com' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('#invite-email-error')?.textContent?.includes('Already a member.'), 'duplicate at the field, in the server’s words');
    expect(email.value, 'typed text kept').to.equal('sam@example.com');
    await expect(el).to.be.accessible();
    // A duplicate the server does not explain: ours.
    adapter.handlers.createInvite = () => {
      throw new ApiError({ kind: 'conflict', code: 'duplicate', status: 409 });
    };
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('#invite-email-error')?.textContent?.includes('already invited'), 'duplicate at the field');
    // Another refusal is not about the address: it is said under the form, the field stays clean.
    adapter.handlers.createInvite = () => {
      throw new ApiError({ kind: 'conflict', code: 'sub_org_limit', status: 409, message: 'Limit' });
    };
    email.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('.invite-dialog .form-error'), 'form error');
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    expect(email.value, 'typed text kept').to.equal('sam@example.com');
    delete adapter.handlers.createInvite;
    const invited = oneEvent(el, 'suborg-invited');
    shadow(el).querySelector<HTMLSelectElement>('#invite-role')!.value = 'MANAGER';
    shadow(el).querySelector<HTMLSelectElement>('#invite-role')!.dispatchEvent(new Event('change'));
    shadow(el).querySelector<HTMLButtonElement>('.invite-dialog .submit')!.click();
    const e = await invited;
    expect(e.detail.invite.email).to.equal('sam@example.com');
    expect(adapter.calls('createInvite').at(-1)!.input).to.include({ orgId: 'so_2', email: 'sam@example.com', role: 'MANAGER' });
    await waitUntil(() => !dialog(el, 'invite-dialog').open, 'dialog closes');
  });

  it('a host that cancels suborg-action takes over: no dialog opens, nothing is sent', async () => {
    const { el, adapter } = await listAs('ADMIN');
    const seen: SuborgActionEvent[] = [];
    el.addEventListener(
      'suborg-action',
      (e) => {
        e.preventDefault();
        seen.push(e);
      },
      { once: true },
    );
    await chooseAction(el, 'so_1', 'Invite member');
    await el.updateComplete;
    expect(seen, 'the event fired once').to.have.length(1);
    expect(seen[0]!.detail.action).to.equal('invite-member');
    expect(seen[0]!.detail.subOrg.id).to.equal('so_1');
    expect(seen[0]!.cancelable && seen[0]!.defaultPrevented, 'cancelable, and cancelled by the host').to.be.true;
    expect(dialog(el, 'invite-dialog'), 'never rendered').to.equal(null);
    expect(adapter.calls('createInvite')).to.have.length(0);
  });

  it('join as: calls the adapter with the role, then fires suborg-joined', async () => {
    const { el, adapter } = await listAs('ADMIN');
    const action = oneEvent(el, 'suborg-action') as Promise<SuborgJoinActionEvent>;
    const joined = oneEvent(el, 'suborg-joined') as Promise<SuborgJoinedEvent>;
    await chooseAction(el, 'so_1', 'Join as', 'Developer');
    expect((await action).detail.role).to.equal('DEVELOPER');
    expect((await action).role).to.equal('DEVELOPER');
    const e = await joined;
    expect(e.detail.role).to.equal('DEVELOPER');
    expect(e.detail.subOrg.id).to.equal('so_1');
    expect(adapter.calls('joinSubOrg')[0]!.input).to.include({ orgId: 'org_parent', subOrgId: 'so_1', role: 'DEVELOPER' });
    await waitUntil(() => shadow(el).querySelector('.notice')!.textContent!.includes('Joined'));
  });

  it('join failure is said in the notice and reported; no suborg-joined', async () => {
    const { el, adapter } = await listAs('ADMIN');
    adapter.handlers.joinSubOrg = () => {
      throw new ApiError({ kind: 'forbidden', status: 403 });
    };
    let joined = false;
    el.addEventListener('suborg-joined', () => (joined = true));
    const error = oneEvent(el, 'suborg-error');
    await chooseAction(el, 'so_1', 'Join as', 'Admin');
    await error;
    await waitUntil(() => shadow(el).querySelector('.notice')!.textContent!.includes("don't have access"));
    expect(joined).to.be.false;
  });

  it('detach: permanent warning, type the name, the row leaves; accessible', async () => {
    const rows = [subOrg(1, { name: 'Acme "Dental" <b>' }), subOrg(2)];
    const { el, adapter } = await listAs('ADMIN', rows);
    await chooseAction(el, 'so_1', 'Detach…');
    const confirm = () => shadow(el).querySelector<HTMLElement & { open: boolean }>('suborg-confirm-dialog.detach-dialog')!;
    await waitUntil(() => confirm().open && confirm().shadowRoot!.querySelector('#confirm-input'), 'detach dialog');
    expect(confirm().shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('permanent').and.contain('Acme "Dental" <b>');
    // The name is data: isolated in the title and the warning, so an RTL or emoji name cannot reorder them.
    expect((confirm() as unknown as { label: string }).label).to.equal('Detach \u2068Acme "Dental" <b>\u2069?');
    expect(confirm().shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('\u2068Acme "Dental" <b>\u2069 becomes');
    await expect(el).to.be.accessible();
    const input = confirm().shadowRoot!.querySelector<HTMLInputElement>('#confirm-input')!;
    input.focus();
    await sendKeys({ type: 'Acme' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(adapter.calls('detachSubOrg'), 'not before the whole name is typed').to.have.length(0);
    await sendKeys({ type: ' "Dental" <b>' });
    const detached = oneEvent(el, 'suborg-detached');
    const listsBefore = adapter.calls('listSubOrgs').length;
    await sendKeys({ press: 'Enter' });
    expect((await detached).detail.subOrg.id).to.equal('so_1');
    await waitUntil(() => !rowById(el, 'so_1'), 'row left');
    expect(rowById(el, 'so_2')).to.exist;
    await waitUntil(() => !confirm().open, 'dialog closed');
    await settled(el, () => !shadow(el).querySelector('[part="stale-banner"]'), 'refetch done');
    await sleep(50);
    // The adapter's change event refetches; the list adds no second (aborting) refresh.
    const refetches = adapter.calls('listSubOrgs').slice(listsBefore);
    expect(refetches, 'one refetch').to.have.length(1);
    expect((refetches[0]!.input.signal as AbortSignal).aborted, 'not aborted by a second refresh').to.be.false;
  });

  it('detach: the confirm dialog\'s own buttons speak the list\'s language', async () => {
    const { el } = await listAs('ADMIN');
    await chooseAction(el, 'so_1', 'Detach…');
    const confirm = () => shadow(el).querySelector<HTMLElement & { open: boolean; cancelLabel: string; closeLabel: string }>('suborg-confirm-dialog.detach-dialog')!;
    await waitUntil(() => confirm().open, 'detach dialog');
    expect([confirm().cancelLabel, confirm().closeLabel]).to.deep.equal(['Cancel', 'Close']);
    el.locale = 'de';
    await el.updateComplete;
    expect([confirm().cancelLabel, confirm().closeLabel]).to.deep.equal(['Abbrechen', 'Schließen']);
  });

  it('detach failure keeps the row and the dialog, and says why', async () => {
    const { el, adapter } = await listAs('ADMIN');
    adapter.handlers.detachSubOrg = () => {
      throw new ApiError({ kind: 'http', status: 500 });
    };
    await chooseAction(el, 'so_1', 'Detach…');
    const confirm = () => shadow(el).querySelector<HTMLElement & { open: boolean }>('suborg-confirm-dialog.detach-dialog')!;
    await waitUntil(() => confirm().open && confirm().shadowRoot!.querySelector('#confirm-input'));
    confirm().shadowRoot!.querySelector<HTMLInputElement>('#confirm-input')!.focus();
    await sendKeys({ type: 'Client 000001' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => confirm().shadowRoot!.querySelector('[part="error"]'), 'reason shown');
    expect(confirm().shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Could not detach').and.contain('server had a problem');
    expect(confirm().open).to.be.true;
    expect(confirm().shadowRoot!.querySelector<HTMLInputElement>('#confirm-input')!.value, 'typed text kept').to.equal('Client 000001');
    expect(rowById(el, 'so_1')).to.exist;
    await expect(el).to.be.accessible();
  });
});
