import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ApiError } from '../../../src/api/errors.js';
import type { CreateSubOrgInput } from '../../../src/api/adapter.js';
import type { CreatedSubOrg, OrgDetail } from '../../../src/api/types.js';
import type { SuborgList } from '../../../src/components/suborg-list/suborg-list.js';
import { fakeAdapter } from './helpers/fake-adapter.js';
import { mountList, rowById, settled, shadow, sleep } from './helpers/list-fixture.js';
import { NO_FEATURES, subOrg, subOrgs } from '../../helpers/org-fixtures.js';

async function setup(parent: Partial<OrgDetail> = {}, mode?: string) {
  const adapter = fakeAdapter(subOrgs(2), parent);
  const el = await mountList(adapter, { mode });
  await settled(el);
  await waitUntil(() => shadow(el).querySelector('.create'), 'create button once the role is known');
  return { adapter, el };
}

const q = <T extends Element = HTMLElement>(el: SuborgList, sel: string) => shadow(el).querySelector<T>(sel as string) as T;
const createDialog = (el: SuborgList) => q<HTMLElement & { open: boolean }>(el, 'suborg-dialog.create-dialog') as (HTMLElement & { open: boolean }) | null;

async function openCreate(el: SuborgList) {
  q<HTMLButtonElement>(el, '.create').click();
  await waitUntil(() => (createDialog(el)?.open ?? false) && q(el, '#create-name'), 'create dialog');
}

async function type(el: SuborgList, selector: string, text: string) {
  const input = q<HTMLInputElement>(el, selector);
  input.focus();
  await sendKeys({ type: text });
}

function created(input: CreateSubOrgInput, extra: Partial<CreatedSubOrg> = {}): CreatedSubOrg {
  return { ...subOrg(900, { id: 'so_new', name: input.name }), ...extra };
}

describe('suborg-list: create', function () {
  this.timeout(30_000);

  it('offers only the features the parent has; the others are disabled with the reason; accessible', async () => {
    const { el } = await setup({ features: { ...NO_FEATURES, workflows: true } });
    await openCreate(el);
    expect(q<HTMLInputElement>(el, '#feature-workflows').disabled).to.be.false;
    const slack = q<HTMLInputElement>(el, '#feature-slackAccess');
    expect(slack.disabled).to.be.true;
    expect(q(el, `#${slack.getAttribute('aria-describedby')}`).textContent).to.contain('Not on your plan');
    await expect(el).to.be.accessible();
  });

  it('an empty or whitespace-only name is refused at the field; nothing typed is lost', async () => {
    const { el, adapter } = await setup({}, 'sub-account');
    await openCreate(el);
    await type(el, '#create-name', '   \u200b ');
    await type(el, '#create-firstName', 'Ada');
    await type(el, '#create-email', 'ada@example.com');
    q<HTMLButtonElement>(el, '.create-dialog .submit').click();
    await waitUntil(() => q(el, '#create-name-error'), 'name error');
    expect(q(el, '#create-name-error').textContent).to.contain('Enter a name');
    expect(q<HTMLInputElement>(el, '#create-firstName').value).to.equal('Ada');
    expect(q<HTMLInputElement>(el, '#create-email').value).to.equal('ada@example.com');
    expect(q(el, '#create-lastName-error').textContent).to.contain('Required');
    expect(adapter.calls('createSubOrg')).to.have.length(0);
    expect(shadow(el).activeElement?.id).to.equal('create-name');
    await expect(el).to.be.accessible();
  });

  it('a duplicate name (409 duplicate_name) is said at the name field', async () => {
    const { el, adapter } = await setup();
    adapter.handlers.createSubOrg = () => {
      throw new ApiError({ kind: 'conflict', code: 'duplicate_name', status: 409, fields: { name: 'This name is taken.' } });
    };
    await openCreate(el);
    await type(el, '#create-name', 'Client 000001');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '#create-name-error'), 'duplicate at the field');
    expect(q(el, '#create-name-error').textContent).to.contain('already has this name');
    expect(q(el, '#create-name').getAttribute('aria-invalid')).to.equal('true');
    expect(q<HTMLInputElement>(el, '#create-name').value).to.equal('Client 000001');
    expect((createDialog(el)?.open ?? false)).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('a double click on Create creates one sub-org', async () => {
    const { el, adapter } = await setup();
    adapter.hold('createSubOrg');
    adapter.handlers.createSubOrg = (input) => created(input as unknown as CreateSubOrgInput);
    await openCreate(el);
    await type(el, '#create-name', 'New Client');
    const submit = q<HTMLButtonElement>(el, '.create-dialog .submit');
    submit.click();
    submit.click();
    await el.updateComplete;
    submit.click();
    expect(adapter.calls('createSubOrg')).to.have.length(1);
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    const fired = oneEvent(el, 'suborg-created');
    adapter.pending('createSubOrg')[0]!.resolve();
    expect((await fired).detail.subOrg.name).to.equal('New Client');
    await waitUntil(() => !(createDialog(el)?.open ?? false), 'closes');
    expect(adapter.calls('createSubOrg')).to.have.length(1);
  });

  it('from the empty state: once the first row is in, focus goes to it (its opener left with the empty state)', async () => {
    const adapter = fakeAdapter([]);
    const el = await mountList(adapter);
    await settled(el, () => !!shadow(el).querySelector('.async-empty button'));
    adapter.handlers.createSubOrg = (input) => {
      const row = created(input as unknown as CreateSubOrgInput);
      adapter.rows = [row];
      return row;
    };
    q<HTMLButtonElement>(el, '.async-empty button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => (createDialog(el)?.open ?? false) && q(el, '#create-name'), 'create dialog');
    await type(el, '#create-name', 'First Client');
    await sendKeys({ press: 'Enter' });
    await settled(el, () => !!rowById(el, 'so_new') && !createDialog(el)?.open, 'row shown, dialog closed');
    await waitUntil(() => shadow(el).activeElement === rowById(el, 'so_new'), 'focus on the new row');
  });

  it('a create refetches the list once: through the adapter change, with no second refresh', async () => {
    const { el, adapter } = await setup();
    adapter.handlers.createSubOrg = (input) => {
      const row = created(input as unknown as CreateSubOrgInput);
      adapter.rows = [...adapter.rows, row];
      return row;
    };
    await openCreate(el);
    await type(el, '#create-name', 'New Client');
    const listsBefore = adapter.calls('listSubOrgs').length;
    const orgsBefore = adapter.calls('getOrg').length;
    const fired = oneEvent(el, 'suborg-created');
    q<HTMLButtonElement>(el, '.create-dialog .submit').click();
    await fired;
    await settled(el, () => !!rowById(el, 'so_new'), 'new row shown');
    await sleep(50);
    const refetches = adapter.calls('listSubOrgs').slice(listsBefore);
    expect(refetches, 'one list refetch').to.have.length(1);
    expect((refetches[0]!.input.signal as AbortSignal).aborted, 'not aborted by a second refresh').to.be.false;
    expect(adapter.calls('getOrg').length - orgsBefore, 'one parent refetch (its count changed)').to.equal(1);
  });

  it('one idempotency key per intent: a retry after a failure reuses it, a changed body gets a new one', async () => {
    const { el, adapter } = await setup({ features: { ...NO_FEATURES, workflows: true } });
    let attempts = 0;
    adapter.handlers.createSubOrg = (input) => {
      attempts++;
      if (attempts < 3) throw new ApiError({ kind: 'http', status: 500 });
      return created(input as unknown as CreateSubOrgInput);
    };
    await openCreate(el);
    await type(el, '#create-name', 'Retry Co');
    q<HTMLButtonElement>(el, '.create-dialog .submit').click();
    await waitUntil(() => q(el, '#create-form .form-error'), 'failure said');
    expect(q(el, '#create-form .form-error').textContent).to.contain('Could not create');
    expect(q<HTMLInputElement>(el, '#create-name').value, 'typed name kept').to.equal('Retry Co');
    q<HTMLInputElement>(el, '#feature-workflows').click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '.create-dialog .submit').click();
    // Wait for the second failure to be handled and rendered (the button is enabled again).
    await waitUntil(async () => {
      await el.updateComplete;
      return attempts === 2 && q<HTMLButtonElement>(el, '.create-dialog .submit').getAttribute('aria-disabled') === 'false';
    }, 'second failure handled');
    q<HTMLButtonElement>(el, '.create-dialog .submit').click();
    await waitUntil(() => adapter.calls('createSubOrg').length === 3);
    const keys = adapter.calls('createSubOrg').map((c) => c.input.idempotencyKey as string);
    expect(keys[1], 'changed body → new key').to.not.equal(keys[0]);
    expect(keys[2], 'retry → same key').to.equal(keys[1]);
    expect(adapter.calls('createSubOrg')[2]!.input.features).to.deep.equal({ workflows: true });
  });

  it('an ambiguous failure (network) survives closing the dialog: reopened, it keeps what was typed and retries with the same key', async () => {
    const { el, adapter } = await setup({}, 'sub-account');
    let attempts = 0;
    adapter.handlers.createSubOrg = (input) => {
      attempts++;
      if (attempts === 1) throw new ApiError({ kind: 'network', message: 'offline' });
      return created(input as unknown as CreateSubOrgInput);
    };
    await openCreate(el);
    await type(el, '#create-name', 'Maybe Co');
    await type(el, '#create-firstName', 'Ada');
    await type(el, '#create-lastName', 'Lovelace');
    await type(el, '#create-email', 'ada@example.com');
    q<HTMLButtonElement>(el, '.create-dialog .submit').click();
    await waitUntil(() => q(el, '#create-form .form-error'), 'failure said');
    q<HTMLButtonElement>(el, '.create-dialog .dialog-actions .secondary').click();
    await waitUntil(() => !(createDialog(el)?.open ?? false), 'closed');
    await openCreate(el);
    expect(q<HTMLInputElement>(el, '#create-name').value, 'typed name kept').to.equal('Maybe Co');
    expect(q<HTMLInputElement>(el, '#create-email').value, 'typed email kept').to.equal('ada@example.com');
    const fired = oneEvent(el, 'suborg-created');
    q<HTMLButtonElement>(el, '.create-dialog .submit').click();
    await fired;
    const keys = adapter.calls('createSubOrg').map((c) => c.input.idempotencyKey as string);
    expect(keys).to.have.length(2);
    expect(keys[1], 'the same intent: the same key').to.equal(keys[0]);
  });

  it('a definitive refusal (422) ends the intent: the same body sent again takes a new key, and a reopened dialog starts empty', async () => {
    const { el, adapter } = await setup();
    adapter.handlers.createSubOrg = () => {
      throw new ApiError({ kind: 'validation', status: 422, code: 'invalid', message: 'refused' });
    };
    await openCreate(el);
    await type(el, '#create-name', 'Refused Co');
    const submit = () => q<HTMLButtonElement>(el, '.create-dialog .submit');
    submit().click();
    await waitUntil(async () => {
      await el.updateComplete;
      return adapter.calls('createSubOrg').length === 1 && !!q(el, '#create-form .form-error') && submit().getAttribute('aria-disabled') === 'false';
    }, 'first refusal handled');
    submit().click();
    await waitUntil(() => adapter.calls('createSubOrg').length === 2, 'sent again');
    const keys = adapter.calls('createSubOrg').map((c) => c.input.idempotencyKey as string);
    expect(adapter.calls('createSubOrg')[1]!.input.name, 'the same body').to.equal('Refused Co');
    expect(keys[1], 'a new key after a definitive 4xx').to.not.equal(keys[0]);
    await waitUntil(async () => {
      await el.updateComplete;
      return submit().getAttribute('aria-disabled') === 'false';
    }, 'second refusal handled');
    q<HTMLButtonElement>(el, '.create-dialog .dialog-actions .secondary').click();
    await waitUntil(() => !(createDialog(el)?.open ?? false), 'closed');
    await openCreate(el);
    expect(q<HTMLInputElement>(el, '#create-name').value, 'nothing pending: a fresh form').to.equal('');
  });

  it('sub-account mode: owner fields; the generated password is shown once with copy and a warning; the new row shows its starter balance', async () => {
    const { el, adapter } = await setup({}, 'sub-account');
    adapter.handlers.createSubOrg = (input) => {
      const i = input as unknown as CreateSubOrgInput;
      const row = subOrg(900, { id: 'so_new', name: i.name, balance: 50_000 });
      adapter.rows = [...adapter.rows, row];
      return { ...row, initialPassword: 'Pw-7qX!r2' };
    };
    await openCreate(el);
    await type(el, '#create-name', 'Sunny Side');
    await type(el, '#create-firstName', 'Sam');
    await type(el, '#create-lastName', 'Sun');
    await type(el, '#create-email', 'sam@sunny.example');
    await type(el, '#create-businessName', 'Sunny Side LLC');
    q<HTMLButtonElement>(el, '.create-dialog .submit').click();
    await waitUntil(() => q(el, '#initial-password'), 'password shown');
    expect(q<HTMLInputElement>(el, '#initial-password').value).to.equal('Pw-7qX!r2');
    expect(q(el, '.password-once .warning').textContent).to.contain('shown only once');
    expect(q(el, '.password-once').textContent).to.contain('Starter balance: 500 credits');
    const call = adapter.calls('createSubOrg')[0]!.input;
    expect(call.account).to.deep.equal({ firstName: 'Sam', lastName: 'Sun', email: 'sam@sunny.example', businessName: 'Sunny Side LLC' });
    await expect(el).to.be.accessible();
    const copyButton = [...shadow(el).querySelectorAll<HTMLButtonElement>('.password-once button')].find((b) => b.textContent!.includes('Copy'))!;
    copyButton.click();
    await waitUntil(() => q(el, '.copy-note').textContent!.trim() !== '', 'copy outcome said');
    [...shadow(el).querySelectorAll<HTMLButtonElement>('.create-dialog [slot="footer"] button')].find((b) => b.textContent!.includes('Done'))!.click();
    await waitUntil(() => !(createDialog(el)?.open ?? false));
    expect(q(el, '#initial-password'), 'password gone').to.equal(null);
    await settled(el, () => !!rowById(el, 'so_new'), 'new row');
    expect(rowById(el, 'so_new')!.querySelector('.balance')!.textContent).to.contain('500');
  });

  it('tier limit reached: the button says so and fires suborg-upgrade-request instead of opening', async () => {
    const { el } = await setup({ limits: { subOrgs: 2 }, subOrgCount: 2 });
    const button = q<HTMLButtonElement>(el, '.create');
    expect(button.textContent).to.contain('Limit reached (2)');
    const fired = oneEvent(el, 'suborg-upgrade-request');
    button.click();
    expect((await fired).detail.limit).to.equal(2);
    expect((createDialog(el)?.open ?? false)).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('a 409 sub_org_limit from the server is handled the same way', async () => {
    const { el, adapter } = await setup({ limits: { subOrgs: 5 }, subOrgCount: 1 });
    adapter.handlers.createSubOrg = () => {
      throw new ApiError({ kind: 'conflict', code: 'sub_org_limit', status: 409 });
    };
    await openCreate(el);
    await type(el, '#create-name', 'One Too Many');
    const fired = oneEvent(el, 'suborg-upgrade-request');
    await sendKeys({ press: 'Enter' });
    await fired;
    await waitUntil(() => q(el, '#create-form .form-error'));
    expect(q(el, '#create-form .form-error').textContent).to.contain('Upgrade');
  });

  it('a create already sent runs to completion when the element is removed, and still reports its outcome', async () => {
    const { el, adapter } = await setup();
    adapter.hold('createSubOrg');
    adapter.handlers.createSubOrg = (input) => created(input as unknown as CreateSubOrgInput);
    await openCreate(el);
    await type(el, '#create-name', 'Late Client');
    q<HTMLButtonElement>(el, '.create-dialog .submit').click();
    await waitUntil(() => adapter.pending('createSubOrg').length === 1);
    const fired = oneEvent(el, 'suborg-created');
    el.remove();
    expect(adapter.pending('createSubOrg')[0]!.aborted, 'writes are not aborted').to.be.false;
    adapter.pending('createSubOrg')[0]!.resolve();
    expect((await fired).detail.subOrg.name).to.equal('Late Client');
  });
});
