// Line icons for the portal's navigation and cards (24×24, stroke = currentColor).
import { html, nothing, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';

const paths: Record<string, SVGTemplateResult> = {
  'sub-orgs': svg`<rect x="3" y="4" width="7" height="7" rx="1.5"/><rect x="14" y="4" width="7" height="7" rx="1.5"/><rect x="3" y="14" width="7" height="7" rx="1.5"/><rect x="14" y="14" width="7" height="7" rx="1.5"/>`,
  billing: svg`<rect x="2.5" y="5" width="19" height="14" rx="2"/><path d="M2.5 10h19M6.5 15h4"/>`,
  usage: svg`<path d="M4 20V10M10 20V4M16 20v-7M21 20H3"/>`,
  members: svg`<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c.8-3.6 3.4-5.5 6.5-5.5s5.7 1.9 6.5 5.5"/><path d="M16 4.5a3.5 3.5 0 0 1 0 7M18 14.8c1.8.8 3 2.5 3.5 5.2"/>`,
  switcher: svg`<path d="M7 4 3 8l4 4M3 8h14M17 12l4 4-4 4M21 16H7"/>`,
  checkout: svg`<path d="M3 4h2.5l2.2 11.2a1.5 1.5 0 0 0 1.5 1.3h8.6a1.5 1.5 0 0 0 1.5-1.2L21 8H6.2"/><circle cx="9.5" cy="20" r="1.2"/><circle cx="17.5" cy="20" r="1.2"/>`,
  client: svg`<path d="M4 10.5 12 4l8 6.5V20a1 1 0 0 1-1 1h-4.5v-6h-5v6H5a1 1 0 0 1-1-1z"/>`,
  plain: svg`<path d="m8 8-5 4 5 4M16 8l5 4-5 4M14 4l-4 16"/>`,
  moon: svg`<path d="M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z"/>`,
  sun: svg`<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>`,
  check: svg`<path d="m5 12.5 4.5 4.5L19 7.5"/>`,
  external: svg`<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`,
};

export function icon(name: string, label?: string) {
  return html`<svg class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"
    role=${label ? 'img' : nothing} aria-hidden=${label ? nothing : 'true'} aria-label=${label ?? nothing}>${paths[name] ?? nothing}</svg>`;
}
