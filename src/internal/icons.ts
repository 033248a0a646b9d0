// The building blocks' icons, drawn by one helper. Decorative (aria-hidden): the control
// that holds an icon carries the accessible name.
import { html } from 'lit';

/** A `size`-px stroked icon in the current text colour, drawn by path `d` on a `size`-unit grid. */
export const icon = (d: string, size = 20, stroke = 2) =>
  html`<svg aria-hidden="true" width=${size} height=${size} viewBox="0 0 ${size} ${size}" fill="none" stroke="currentColor" stroke-width=${stroke} stroke-linecap="round"><path d=${d} /></svg>`;

/** The × of close buttons. */
export const closeIcon = icon('M5 5l10 10M15 5L5 15');
