// The floor: a hand-written windowed list with no framework. Only the rows in view (plus a
// little overscan) exist; scrolling re-positions them with transforms.
import type { SubOrgSummary } from '../src/api/types.js';
import { expectedFirstLocal, queryRows } from './local-query.js';
import type { BenchList, Query } from './impl.js';

const ROW = 40;
const OVERSCAN = 6;
const whole = new Intl.NumberFormat('en');
/** Hundredths of a credit → "1,234.56", in integers only. */
const credits = (h: number) => `${whole.format(Math.trunc(h / 100))}.${String(Math.abs(h % 100)).padStart(2, '0')}`;

function rowElement(row: SubOrgSummary): HTMLElement {
  const el = document.createElement('div');
  el.className = 'row';
  el.setAttribute('role', 'row');
  const name = document.createElement('span');
  name.className = 'cell name';
  name.textContent = row.name;
  const plan = document.createElement('span');
  plan.className = 'cell';
  plan.textContent = row.plan;
  const balance = document.createElement('span');
  balance.className = 'cell num';
  balance.textContent = credits(row.balance);
  el.append(name, plan, balance);
  return el;
}

export function vanillaWindowed(rows: SubOrgSummary[]): BenchList {
  let view = rows;
  let viewport!: HTMLElement;
  let spacer!: HTMLElement;
  const draw = () => {
    const first = Math.max(0, Math.floor(viewport.scrollTop / ROW) - OVERSCAN);
    const last = Math.min(view.length, Math.ceil((viewport.scrollTop + viewport.clientHeight) / ROW) + OVERSCAN);
    const items: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const el = rowElement(view[i] as SubOrgSummary);
      el.style.transform = `translateY(${i * ROW}px)`;
      items.push(el);
    }
    spacer.style.height = `${view.length * ROW}px`;
    spacer.replaceChildren(...items);
  };
  return {
    mount(container) {
      viewport = document.createElement('div');
      viewport.className = 'viewport';
      spacer = document.createElement('div');
      spacer.className = 'spacer';
      viewport.append(spacer);
      viewport.addEventListener('scroll', draw, { passive: true });
      container.append(viewport);
      draw();
    },
    apply(query: Query) {
      view = queryRows(rows, query);
      viewport.scrollTop = 0;
      draw();
    },
    firstRowText: () => spacer?.querySelector('.row .name')?.textContent ?? null,
    expectedFirst: (q) => expectedFirstLocal(rows, q),
    root: () => viewport,
  };
}

/** Every row in the DOM: what a list without windowing costs (run for 1k and 10k only). */
export function vanillaFull(rows: SubOrgSummary[]): BenchList {
  let list!: HTMLElement;
  const draw = (view: SubOrgSummary[]) => list.replaceChildren(...view.map(rowElement));
  return {
    mount(container) {
      list = document.createElement('div');
      list.className = 'full';
      container.append(list);
      draw(rows);
    },
    apply: (query) => draw(queryRows(rows, query)),
    firstRowText: () => list?.querySelector('.row .name')?.textContent ?? null,
    expectedFirst: (q) => expectedFirstLocal(rows, q),
    root: () => list,
  };
}
