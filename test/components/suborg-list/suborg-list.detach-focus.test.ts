import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SuborgList } from '../../../src/components/suborg-list/suborg-list.js';
import type { SuborgMenuButton } from '../../../src/internal/menu-button.js';
import { fakeAdapter } from './helpers/fake-adapter.js';
import { bodyRows, mountList, rowById, settled, shadow } from './helpers/list-fixture.js';
import { subOrg } from '../../helpers/org-fixtures.js';

function focusedRow(el: SuborgList): HTMLElement | null {
  const active = shadow(el).activeElement as HTMLElement | null;
  return active?.getAttribute('role') === 'row' ? active : null;
}

async function listOf(names: string[]) {
  const adapter = fakeAdapter(names.map((name, i) => subOrg(i + 1, { name })), { role: 'ADMIN' });
  const el = await mountList(adapter);
  await settled(el);
  await waitUntil(() => adapter.calls('getOrg').length > 0 && shadow(el).querySelector('.row .actions button'), 'role known');
  await el.updateComplete;
  return el;
}

/** Detaches row `id` by keyboard alone: ArrowDown to it, Shift+F10, End (Detach… is last), Enter, type the name, Enter. */
async function detachByKeyboard(el: SuborgList, id: string, name: string) {
  bodyRows(el)[0]!.focus();
  await el.updateComplete;
  while (focusedRow(el)?.dataset.id !== id) {
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'F10' });
  await sendKeys({ up: 'Shift' });
  const menu = () => rowById(el, id)!.querySelector<SuborgMenuButton>('suborg-menu-button');
  await waitUntil(() => menu()?.shadowRoot?.querySelector('#menu:popover-open'), 'menu open');
  await sendKeys({ press: 'End' });
  await sendKeys({ press: 'Enter' });
  const confirm = () => shadow(el).querySelector<HTMLElement & { open: boolean }>('suborg-confirm-dialog.detach-dialog');
  await waitUntil(() => confirm()?.open && confirm()!.shadowRoot!.activeElement?.id === 'confirm-input', 'confirm input focused');
  const detached = oneEvent(el, 'suborg-detached');
  await sendKeys({ type: name });
  await sendKeys({ press: 'Enter' });
  expect((await detached).detail.subOrg.id).to.equal(id);
  await waitUntil(() => !confirm()!.open, 'dialog closed');
}

describe('suborg-list: focus after a keyboard detach', function () {
  this.timeout(30_000);

  it('lands on the row that took the detached one’s place', async () => {
    const el = await listOf(['Alpha', 'Bravo', 'Charlie']);
    await detachByKeyboard(el, 'so_2', 'Bravo');
    await waitUntil(() => focusedRow(el) !== null, 'a row has focus', { timeout: 3000 });
    expect(document.activeElement).to.equal(el);
    expect(focusedRow(el)!.dataset.index).to.equal('1');
    await waitUntil(() => focusedRow(el)?.dataset.id === 'so_3', 'the next row (Charlie) is focused');
    // Still operable by keyboard from there.
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focusedRow(el)?.dataset.id).to.equal('so_1');
  });

  it('lands on the previous row when the last one leaves', async () => {
    const el = await listOf(['Alpha', 'Bravo', 'Charlie']);
    await detachByKeyboard(el, 'so_3', 'Charlie');
    await waitUntil(() => focusedRow(el) !== null, 'a row has focus', { timeout: 3000 });
    await waitUntil(() => focusedRow(el)?.dataset.id === 'so_2', 'the previous row (Bravo) is focused');
    expect(rowById(el, 'so_3')).to.equal(null);
  });

  it('lands on the search box when the list becomes empty', async () => {
    const el = await listOf(['Alpha']);
    await detachByKeyboard(el, 'so_1', 'Alpha');
    await waitUntil(() => (shadow(el).activeElement as HTMLElement | null)?.id === 'search', 'search focused', { timeout: 3000 });
    expect(document.activeElement).to.equal(el);
  });
});
