// Drives a row's quick-actions menu the way a pointer user does.
import { waitUntil } from '@open-wc/testing';
import type { SuborgList } from '../../../../src/components/suborg-list/suborg-list.js';
import type { SuborgMenuButton } from '../../../../src/internal/menu-button.js';

export async function openRowMenu(el: SuborgList, id: string): Promise<SuborgMenuButton> {
  const row = () => el.shadowRoot!.querySelector<HTMLElement>(`.row[data-id="${id}"]`)!;
  await waitUntil(() => row()?.querySelector('suborg-menu-button, .menu-placeholder'), `actions of ${id}`);
  const placeholder = row().querySelector<HTMLElement>('.menu-placeholder');
  if (placeholder) {
    // The look-alike activates the row, which renders the real menu button and opens it.
    placeholder.click();
  } else {
    row().querySelector<SuborgMenuButton>('suborg-menu-button')!.shadowRoot!.querySelector<HTMLButtonElement>('#trigger')!.click();
  }
  await waitUntil(() => row().querySelector<SuborgMenuButton>('suborg-menu-button')?.shadowRoot?.querySelector('#menu:popover-open'), 'menu open', { timeout: 5000 });
  return row().querySelector<SuborgMenuButton>('suborg-menu-button')!;
}

export function menuLabels(menu: SuborgMenuButton): string[] {
  return [...menu.shadowRoot!.querySelectorAll('#menu > li > [role="menuitem"] .label')].map((n) => n.textContent!.trim());
}

/** Opens the menu of row `id` and clicks the item labelled `path[0]` (then `path[1]` in its submenu). */
export async function chooseAction(el: SuborgList, id: string, ...path: string[]): Promise<void> {
  const menu = await openRowMenu(el, id);
  const click = async (scope: string, label: string) => {
    const item = [...menu.shadowRoot!.querySelectorAll<HTMLElement>(`${scope} [role="menuitem"]`)].find((i) => i.querySelector('.label')!.textContent!.trim() === label);
    if (!item) throw new Error(`no menu item "${label}" in ${scope}`);
    item.click();
    await menu.updateComplete;
  };
  await click('#menu > li >', path[0]!);
  if (path[1]) {
    await waitUntil(() => menu.shadowRoot!.querySelector('[role="menu"][id^="submenu-"]:popover-open'), 'submenu open');
    await click('[id^="submenu-"]', path[1]);
  }
}
