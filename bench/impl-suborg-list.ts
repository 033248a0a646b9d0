// <suborg-list> in its two modes: local (`items` set, sorted and filtered in the browser)
// and adapter-backed (pages fetched from the in-memory backend through the adapter).
import type { SubOrgAdapter } from '../src/api/adapter.js';
import type { SubOrgSort, SubOrgSummary } from '../src/api/types.js';
import { expectedFirstLocal } from './local-query.js';
import type { BenchList, Query } from './impl.js';

type ListElement = HTMLElement & { items?: SubOrgSummary[]; adapter?: SubOrgAdapter; orgId?: string; sort?: SubOrgSort; search?: string };

export const hasSuborgList = () => customElements.get('suborg-list') !== undefined;

/** The text of the topmost data row (the header row carries aria-rowindex 1). */
function topRowText(el: HTMLElement): string | null {
  const rows = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[role="row"][aria-rowindex]') ?? [])].filter((r) => Number(r.getAttribute('aria-rowindex')) > 1 && !r.closest('[hidden]'));
  if (rows.length === 0) return null;
  rows.sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
  return rows[0]?.textContent ?? null;
}

/** With no sort asked for, the element's own default order applies. */
const effective = (el: ListElement, q: Query): Query => ({ ...q, sort: q.sort ?? ((el.sort as Query['sort']) || null) });

function applyQuery(el: ListElement, query: Query) {
  if (query.sort) el.sort = query.sort as SubOrgSort;
  el.search = query.search;
}

export function suborgListLocal(rows: SubOrgSummary[]): BenchList {
  const el = document.createElement('suborg-list') as ListElement;
  return {
    mount(container) {
      el.items = rows;
      el.classList.add('element');
      container.append(el);
    },
    apply: (q) => applyQuery(el, q),
    firstRowText: () => topRowText(el),
    expectedFirst: (q) => expectedFirstLocal(rows, effective(el, q)),
    root: () => el,
  };
}

export async function suborgListAdapter(_rows: SubOrgSummary[], n: number): Promise<BenchList> {
  const { createMemoryAdapter } = await import('../src/api/memory/memory-adapter.js');
  const adapter = createMemoryAdapter({ seed: { generate: n } }) as unknown as SubOrgAdapter;
  const orgId = 'org_agency';
  const el = document.createElement('suborg-list') as ListElement;
  return {
    mount(container) {
      el.adapter = adapter;
      el.orgId = orgId;
      el.classList.add('element');
      container.append(el);
    },
    apply: (q) => applyQuery(el, q),
    firstRowText: () => topRowText(el),
    async expectedFirst(query) {
      const q = effective(el, query);
      const page = await adapter.listSubOrgs({ orgId, page: 1, take: 1, search: q.search || undefined, sort: (q.sort ?? undefined) as SubOrgSort | undefined });
      const first = page.items[0] as SubOrgSummary | undefined;
      return first?.name ?? null;
    },
    root: () => el,
  };
}
