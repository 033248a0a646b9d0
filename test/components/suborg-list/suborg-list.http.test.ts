import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SuborgList } from '../../../src/components/suborg-list/suborg-list.js';
import { AGENCY, newTenant } from './helpers/http-tenant.js';
import { bodyRows, mountList, rowById, settled, shadow } from './helpers/list-fixture.js';
import { chooseAction } from './helpers/menu.js';

async function mountHttp(el: SuborgList | undefined, tenant: Awaited<ReturnType<typeof newTenant>>, attrs: { mode?: string } = {}) {
  return el ?? (await mountList(tenant.adapter, { ...attrs, orgId: AGENCY }));
}

const q = <T extends Element = HTMLElement>(el: SuborgList, sel: string) => shadow(el).querySelector<T>(sel) as T;

async function typeInto(el: SuborgList, selector: string, text: string) {
  q<HTMLInputElement>(el, selector).focus();
  await sendKeys({ type: text });
}

describe('suborg-list over real HTTP (reference API)', function () {
  this.timeout(40_000);

  it('lists the seeded sub-orgs and searches on the server; hostile seed rows render safely', async () => {
    const t = await newTenant();
    const el = await mountHttp(undefined, t);
    await settled(el, () => !!rowById(el, 'org_acme_dental'));
    expect(q(el, '[role="grid"]').getAttribute('aria-rowcount')).to.equal('28');
    await expect(el).to.be.accessible();
    expect(rowById(el, 'org_markup')!.querySelector('img')).to.equal(null); // javascript: logo → initials
    el.search = 'ACME';
    await settled(el, () => bodyRows(el).length === 1 && !!rowById(el, 'org_acme_dental'), 'server search');
  });

  it('creates a sub-account end to end: password once, the new row with its starter balance', async () => {
    const t = await newTenant();
    const el = await mountHttp(undefined, t, { mode: 'sub-account' });
    await settled(el);
    await waitUntil(() => q(el, '.create'));
    q<HTMLButtonElement>(el, '.create').click();
    await waitUntil(() => q(el, '#create-name'));
    await typeInto(el, '#create-name', 'Zulu HTTP Client');
    await typeInto(el, '#create-firstName', 'Zoe');
    await typeInto(el, '#create-lastName', 'Zulu');
    await typeInto(el, '#create-email', 'zoe@zulu.example');
    const created = oneEvent(el, 'suborg-created');
    // A double click: one sub-org.
    q<HTMLButtonElement>(el, '.create-dialog .submit').click();
    q<HTMLButtonElement>(el, '.create-dialog .submit').click();
    const id = (await created).detail.subOrg.id;
    await waitUntil(() => q(el, '#initial-password'));
    expect(q<HTMLInputElement>(el, '#initial-password').value.length).to.be.greaterThan(7);
    const all = await t.adapter.listSubOrgs({ orgId: AGENCY, page: 1, take: 100, search: 'Zulu HTTP' });
    expect(all.total, 'one sub-org').to.equal(1);
    el.search = 'Zulu';
    await settled(el, () => !!rowById(el, id), 'new row');
    expect(rowById(el, id)!.querySelector('.balance')!.textContent).to.match(/[1-9]/);
  });

  it('a duplicate name comes back at the name field', async () => {
    const t = await newTenant();
    const el = await mountHttp(undefined, t);
    await settled(el);
    await waitUntil(() => q(el, '.create'));
    q<HTMLButtonElement>(el, '.create').click();
    await waitUntil(() => q(el, '#create-name'));
    await typeInto(el, '#create-name', 'Acme Dental Group');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '#create-name-error'), 'duplicate_name at the field');
    expect(q(el, '#create-name-error').textContent).to.contain('already has this name');
    const input = q<HTMLInputElement>(el, '#create-name');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby') ?? '').to.contain('create-name-error');
    expect(input.value, 'typed name kept').to.equal('Acme Dental Group');
    const all = await t.adapter.listSubOrgs({ orgId: AGENCY, page: 1, take: 100, search: 'Acme Dental Group' });
    expect(all.total, 'nothing created').to.equal(1);
  });

  it('invites, joins and detaches end to end', async () => {
    const t = await newTenant();
    const el = await mountHttp(undefined, t);
    await settled(el, () => !!rowById(el, 'org_cafe_lumiere'));
    await chooseAction(el, 'org_cafe_lumiere', 'Invite member');
    await waitUntil(() => q(el, '#invite-email'));
    await typeInto(el, '#invite-email', 'new.person@cafe.example');
    const invited = oneEvent(el, 'suborg-invited');
    await sendKeys({ press: 'Enter' });
    await invited;
    const invites = await t.adapter.listInvites({ orgId: 'org_cafe_lumiere' });
    expect(invites.items.some((i) => 'email' in i && i.email === 'new.person@cafe.example')).to.be.true;

    const joined = oneEvent(el, 'suborg-joined');
    await chooseAction(el, 'org_cafe_lumiere', 'Join as', 'Manager');
    expect((await joined).detail.role).to.equal('MANAGER');

    await chooseAction(el, 'org_cafe_lumiere', 'Detach…');
    const confirm = () => q(el, 'suborg-confirm-dialog.detach-dialog').shadowRoot!.querySelector<HTMLInputElement>('#confirm-input');
    await waitUntil(() => confirm());
    confirm()!.focus();
    await sendKeys({ type: 'Café Lumière' });
    const detached = oneEvent(el, 'suborg-detached');
    await sendKeys({ press: 'Enter' });
    await detached;
    await waitUntil(() => !rowById(el, 'org_cafe_lumiere'), 'row left');
    const after = await t.adapter.listSubOrgs({ orgId: AGENCY, page: 1, take: 100 });
    expect(after.items.some((i) => i.id === 'org_cafe_lumiere')).to.be.false;
  });

  for (const [kind, expected, extra] of [
    ['status-500', 'The server had a problem', {}],
    ['status-429', 'Too many requests', { retryAfter: '1' }],
    ['malformed-json', 'could not read', {}],
  ] as const) {
    it(`a ${kind} answer shows the error with retry, and retry recovers`, async () => {
      const t = await newTenant({ retries: 0 });
      await t.faults([{ kind, match: { method: 'GET', path: '/orgs/org_agency/orgs' }, times: 1, ...extra }]);
      const el = await mountHttp(undefined, t);
      await settled(el, () => !!q(el, '[part="error"]'), 'error state');
      expect(q(el, '[part="error"]').textContent).to.contain(expected);
      await expect(el).to.be.accessible();
      q<HTMLButtonElement>(el, '[part="error"] button').click();
      await settled(el, () => !!rowById(el, 'org_acme_dental'));
    });
  }

  it('an API that never answers times out with retry', async () => {
    const t = await newTenant({ retries: 0, timeoutMs: 400 });
    await t.faults([{ kind: 'hang', match: { method: 'GET', path: '/orgs/org_agency/orgs' }, times: 1 }]);
    const el = await mountHttp(undefined, t);
    await settled(el, () => !!q(el, '[part="error"]'), 'timeout error');
    expect(q(el, '[part="error"]').textContent).to.contain('took too long');
    q<HTMLButtonElement>(el, '[part="error"] button').click();
    await settled(el, () => !!rowById(el, 'org_acme_dental'));
  });

  it('pages on demand over HTTP for a large tenant', async () => {
    const t = await newTenant({}, { generate: 3000 });
    const el = await mountHttp(undefined, t);
    await settled(el);
    expect(q(el, '[role="grid"]').getAttribute('aria-rowcount')).to.equal('3001');
    const vp = q(el, '.viewport');
    vp.scrollTop = vp.scrollHeight;
    await settled(el, () => bodyRows(el).some((r) => r.getAttribute('aria-rowindex') === '3001' && r.dataset.id), 'last rows loaded');
  });

  it('a 429 with Retry-After: the list says it will retry, then shows the rows', async () => {
    const t = await newTenant();
    await t.faults([{ kind: 'status-429', match: { method: 'GET', path: '/orgs/org_agency/orgs' }, times: 1, retryAfter: '1' }]);
    const el = await mountHttp(undefined, t);
    await settled(el, () => !!q(el, '.stale-banner.retrying'), 'retry announced');
    expect(q(el, '.stale-banner.retrying').textContent).to.contain('trying again in 1 s');
    await settled(el, () => !!rowById(el, 'org_acme_dental'), 'rows after the retry');
    await expect(el).to.be.accessible();
  });
});
