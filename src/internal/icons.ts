// An icon drawn by more than one building block, written once. Decorative (aria-hidden):
// the button that holds it carries the accessible name.
import { html } from 'lit';

/** The × of close and dismiss buttons. */
export const closeIcon = html`<svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M5 5l10 10M15 5L5 15" /></svg>`;
