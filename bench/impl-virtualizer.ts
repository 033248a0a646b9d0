// A plain @lit-labs/virtualizer list: what Lit's own windowing costs, without our element.
import { html, render } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { SubOrgSummary } from '../src/api/types.js';
import { expectedFirstLocal, queryRows } from './local-query.js';
import type { BenchList } from './impl.js';

const whole = new Intl.NumberFormat('en');
const credits = (h: number) => `${whole.format(Math.trunc(h / 100))}.${String(Math.abs(h % 100)).padStart(2, '0')}`;

export function litVirtualizer(rows: SubOrgSummary[]): BenchList {
  let container!: HTMLElement;
  const draw = (view: SubOrgSummary[]) =>
    render(
      html`<div class="viewport virtualizer">
        ${virtualize({
          items: view,
          scroller: true,
          keyFunction: (r: SubOrgSummary) => r.id,
          renderItem: (r: SubOrgSummary) => html`<div class="row" role="row"><span class="cell name">${r.name}</span><span class="cell">${r.plan}</span><span class="cell num">${credits(r.balance)}</span></div>`,
        })}
      </div>`,
      container,
    );
  return {
    mount(el) {
      container = el;
      draw(rows);
    },
    apply: (query) => draw(queryRows(rows, query)),
    firstRowText: () => {
      // The virtualizer may keep off-screen rows around: the first row is the topmost one.
      const all = [...container.querySelectorAll<HTMLElement>('.row')];
      const top = all.map((r) => [r.getBoundingClientRect().top, r] as const).sort((a, b) => a[0] - b[0])[0];
      return top?.[1].querySelector('.name')?.textContent ?? null;
    },
    expectedFirst: (q) => expectedFirstLocal(rows, q),
    root: () => container.firstElementChild ?? container,
  };
}
