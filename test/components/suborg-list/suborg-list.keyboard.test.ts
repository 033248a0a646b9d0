import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SuborgActionEvent } from '../../../src/internal/events.js';
import type { SuborgList } from '../../../src/components/suborg-list/suborg-list.js';
import { fakeAdapter } from './helpers/fake-adapter.js';
import { bodyRows, mountList, settled, shadow } from './helpers/list-fixture.js';
import { subOrgs } from '../../helpers/org-fixtures.js';

function focusedRow(el: SuborgList): HTMLElement | null {
  const active = shadow(el).activeElement as HTMLElement | null;
  return active?.getAttribute('role') === 'row' ? active : null;
}

async function focusFirstRow(el: SuborgList) {
  await settled(el);
  // Tab into the grid from the sort select's neighbourhood: the active row is the grid's one tab stop.
  bodyRows(el)[0]!.focus();
  await el.updateComplete;
  expect(focusedRow(el)?.dataset.index).to.equal('0');
}

describe('suborg-list: keyboard (grid pattern, real key presses)', function () {
  this.timeout(30_000); // the shared CI machine is often saturated
  it('ArrowDown/ArrowUp move by one, Home/End jump, PageDown/PageUp move by a screen', async () => {
    const el = await mountList(fakeAdapter(subOrgs(300)));
    await focusFirstRow(el);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedRow(el)?.dataset.index).to.equal('1');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focusedRow(el)?.dataset.index).to.equal('0');
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    const afterPage = Number(focusedRow(el)?.dataset.index);
    expect(afterPage).to.be.greaterThan(3);
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(focusedRow(el)?.dataset.index).to.equal('0');
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedRow(el)?.dataset.index === '299', 'End reaches the last row');
    await waitUntil(() => focusedRow(el)?.dataset.id === 'so_299', 'its page loads');
    expect(focusedRow(el)!.getAttribute('aria-rowindex')).to.equal('301');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedRow(el)?.dataset.index === '0');
    await expect(el).to.be.accessible();
  });

  it('only the active row is a tab stop; Tab reaches its buttons', async () => {
    const el = await mountList(fakeAdapter(subOrgs(5)));
    await settled(el);
    await waitUntil(() => shadow(el).querySelector('suborg-menu-button'), 'menu for the active row once the role is known');
    const tabbable = bodyRows(el).filter((r) => r.tabIndex === 0);
    expect(tabbable).to.have.length(1);
    expect(shadow(el).querySelectorAll('suborg-menu-button')).to.have.length(1);
    bodyRows(el)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect((shadow(el).activeElement as HTMLElement).classList.contains('manage')).to.be.true;
  });

  it('Enter fires the manage action for the focused row', async () => {
    const el = await mountList(fakeAdapter(subOrgs(5)));
    await focusFirstRow(el);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const fired = oneEvent(el, 'suborg-action') as Promise<SuborgActionEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await fired;
    expect(event.detail.action).to.equal('manage');
    expect(event.detail.subOrg.id).to.equal('so_1');
    expect(event.cancelable && event.bubbles && event.composed).to.be.true;
  });

  it('Shift+F10 and the ContextMenu key open the row actions menu', async () => {
    const el = await mountList(fakeAdapter(subOrgs(5)));
    await focusFirstRow(el);
    await waitUntil(() => shadow(el).querySelector('suborg-menu-button'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'F10' });
    await sendKeys({ up: 'Shift' });
    const menuOf = () => shadow(el).querySelector('.row[data-index="1"] suborg-menu-button')!;
    await waitUntil(() => menuOf()?.shadowRoot?.querySelector('#menu:popover-open'), 'menu opened by Shift+F10');
    const item = menuOf().shadowRoot!.activeElement as HTMLElement;
    expect(item.getAttribute('role')).to.equal('menuitem');
    expect(item.textContent).to.contain('Invite member');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !menuOf().shadowRoot!.querySelector('#menu:popover-open'));
    bodyRows(el).find((r) => r.dataset.index === '1')!.focus();
    await sendKeys({ press: 'ContextMenu' });
    await waitUntil(() => menuOf()?.shadowRoot?.querySelector('#menu:popover-open'), 'menu opened by ContextMenu');
  });

  it('sortable column headers: Enter toggles, aria-sort follows', async () => {
    const adapter = fakeAdapter(subOrgs(5));
    const el = await mountList(adapter);
    await settled(el);
    const header = () => [...shadow(el).querySelectorAll<HTMLElement>('[role="columnheader"]')].find((h) => h.textContent!.includes('Balance'))!;
    expect(header().getAttribute('aria-sort')).to.equal('none');
    header().querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.sort).to.equal('balance');
    expect(header().getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.sort).to.equal('-balance');
    expect(header().getAttribute('aria-sort')).to.equal('descending');
    await waitUntil(() => adapter.calls('listSubOrgs').at(-1)!.input.sort === '-balance');
  });

  it('ArrowRight walks into the row controls and ArrowLeft back to the row', async () => {
    const el = await mountList(fakeAdapter(subOrgs(3)));
    await focusFirstRow(el);
    await waitUntil(() => shadow(el).querySelector('suborg-menu-button'));
    await sendKeys({ press: 'ArrowRight' });
    expect((shadow(el).activeElement as HTMLElement).classList.contains('manage')).to.be.true;
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement!.localName).to.equal('suborg-menu-button');
    await sendKeys({ press: 'ArrowLeft' });
    expect((shadow(el).activeElement as HTMLElement).classList.contains('manage')).to.be.true;
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedRow(el)?.dataset.index).to.equal('0');
  });

  it('in right-to-left text the arrows mirror: ArrowLeft walks into the row controls, ArrowRight back', async () => {
    const el = await mountList(fakeAdapter(subOrgs(3)));
    el.parentElement!.setAttribute('dir', 'rtl');
    await focusFirstRow(el);
    await waitUntil(() => shadow(el).querySelector('suborg-menu-button'));
    await sendKeys({ press: 'ArrowLeft' });
    expect((shadow(el).activeElement as HTMLElement).classList.contains('manage')).to.be.true;
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedRow(el)?.dataset.index).to.equal('0');
  });
});
