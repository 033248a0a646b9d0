// A polished placeholder for an element that has not shipped yet: what it is, what it
// will do, and a sketch of its shape. Swapped for the real element once it is registered.
import { html } from 'lit';
import { icon } from './icons.js';

export type SketchKind = 'rows' | 'chart' | 'menu' | 'tiers' | 'panel';

function sketch(kind: SketchKind) {
  const bars = (n: number) => Array.from({ length: n }, (_, i) => html`<span class="sk-bar sk-bar-${i + 1}"></span>`);
  switch (kind) {
    case 'chart':
      return html`<div class="sk sk-chart">${bars(12)}</div>`;
    case 'menu':
      return html`<div class="sk sk-menu"><span class="sk-button"></span><span class="sk-pop">${bars(5)}</span></div>`;
    case 'tiers':
      return html`<div class="sk sk-tiers">${bars(3)}</div>`;
    case 'panel':
      return html`<div class="sk sk-panel"><span class="sk-big"></span>${bars(4)}</div>`;
    default:
      return html`<div class="sk sk-rows">${bars(6)}</div>`;
  }
}

export function comingSoon(opts: { tag: string; title: string; points: readonly string[]; kind: SketchKind; labels: { soon: string; willDo: string; tag: string } }) {
  return html`<section class="card soon" aria-labelledby="soon-title">
    <div class="soon-art" aria-hidden="true">${sketch(opts.kind)}</div>
    <div class="soon-body">
      <p class="badge">${opts.labels.soon}</p>
      <h2 id="soon-title">${opts.title}</h2>
      <p class="soon-tag">${opts.labels.tag}: <code>&lt;${opts.tag}&gt;</code></p>
      <h3>${opts.labels.willDo}</h3>
      <ul class="checks">
        ${opts.points.map((p) => html`<li>${icon('check')}<span>${p}</span></li>`)}
      </ul>
    </div>
  </section>`;
}
