// Mounting helpers for <suborg-list> tests.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/suborg-list/suborg-list.define.js';
import type { SuborgList } from '../../../../src/components/suborg-list/suborg-list.js';
import type { SubOrgAdapter } from '../../../../src/api/adapter.js';

export async function mountList(adapter: SubOrgAdapter | undefined, attrs: { mode?: string; columns?: string; width?: number; orgId?: string } = {}): Promise<SuborgList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div class="host-box"></div>`);
  if (attrs.width) wrapper.style.setProperty('inline-size', `${attrs.width}px`);
  const el = document.createElement('suborg-list');
  el.orgId = attrs.orgId ?? 'org_parent';
  if (adapter) el.adapter = adapter;
  if (attrs.mode) el.setAttribute('create-mode', attrs.mode);
  if (attrs.columns) el.setAttribute('columns', attrs.columns);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

export function shadow(el: SuborgList): ShadowRoot {
  return el.shadowRoot!;
}

/** Body rows: every row has aria-rowindex (the header is 1, body rows count from 2). */
export function bodyRows(el: SuborgList): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('[role="row"][aria-rowindex]')].filter((r) => Number(r.getAttribute('aria-rowindex')) > 1);
}

export function rowById(el: SuborgList, id: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`[role="row"][data-id="${CSS.escape(id)}"]`);
}

/** Waits until the grid shows loaded rows (or `predicate` holds). */
export async function settled(el: SuborgList, predicate?: () => boolean, message = 'list did not settle'): Promise<void> {
  await waitUntil(async () => {
    await el.updateComplete;
    return predicate ? predicate() : bodyRows(el).some((r) => r.dataset.id);
  }, message, { timeout: 4000 });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
