import { css } from 'lit';

/**
 * `<suborg-list>`'s own look. Knobs: --suborg-list-row-height, --suborg-list-max-height.
 * Below 48rem of container width, rows stack into cards (container query), the header row
 * is kept for assistive tech only and sorting moves to the toolbar's select.
 * Buttons, fields, badges and the async states come from the shared sheets; only what
 * differs from them is here.
 */
export const listStyles = css`
  /* --_cols: the element sets the column template on the grid (its columns, in order). */
  :host {
    --_row-height: var(--suborg-list-row-height, 3.5rem);
    --_logo-size: 2rem;
    display: block;
    container: suborg-list / inline-size;
    background: var(--suborg-list-background, var(--_surface));
  }
  h2, .count, .limit-help, .form-error, .warning, .copy-note { margin: 0 }
  /* Title on the start side, the controls one group that wraps on its own: a wrapping
     control never pushes the title down (it stays at the top of its line). */
  .toolbar, .tools { display: flex; flex-wrap: wrap; gap: var(--_space) }
  .toolbar { align-items: flex-start; margin-block-end: var(--_space) }
  /* As wide as the title needs (no mid-word wrap beside the controls); a full line at most. */
  .heading { flex: none; max-inline-size: 100%; overflow-wrap: anywhere }
  h2 { font-size: 1.15em }
  .count, .initials, .head-row, .why, .check input:disabled + label, .cell[data-label]::before { color: var(--_text-muted) }
  /* Grows far more than the heading, so the heading keeps just what it needs on a shared line. */
  .tools { flex: 999 1 26rem; min-inline-size: 0; justify-content: flex-end; align-items: flex-end }
  .tools .field { flex: 1 1 10rem; min-inline-size: min(100%, 9rem) }
  .tools .search-field { flex-grow: 2 }
  .tools .button { flex: none; max-inline-size: 100% }
  .limit-help { flex-basis: 100%; color: var(--_warning) }
  .notice { margin: 0 0 var(--_space) }
  .notice:empty { display: none }
  .notice.error, .form-error { color: var(--_danger); font-weight: 600 }
  /* Skeleton bars are the shared ones (.async-loading .bar), one row high here. */
  .skeleton-rows { display: grid; gap: 2px }
  .skeleton-rows .bar { block-size: calc(var(--_row-height) - 2px) }

  /* The grid: one column template shared by the header and every row. */
  .grid { border: 1px solid var(--_border); border-radius: var(--_radius); overflow: hidden; background: var(--_surface) }
  .head-row, .row { display: grid; grid-template-columns: var(--_cols); align-items: center; column-gap: var(--_space); padding-inline: var(--_space) }
  .head-row { min-block-size: 2.5rem; background: var(--_surface-raised); border-block-end: 1px solid var(--_border); font-weight: 600 }
  .sort-button { display: inline-flex; align-items: center; gap: .25rem; padding: .25rem; margin-inline-start: -.25rem; border: 0; border-radius: calc(var(--_radius) / 2); background: none; color: inherit; font: inherit; cursor: pointer }
  .sort-button:hover { color: var(--_text) }
  /* Header and body reserve the same scrollbar gutter, so their columns line up. */
  .head, .viewport { overflow: hidden; scrollbar-gutter: stable }
  .viewport { max-block-size: var(--suborg-list-max-height, min(32rem, 80vh)); overflow-y: auto; overscroll-behavior: contain }
  .spacer { position: relative }
  .row { position: absolute; inset: 0 0 auto; block-size: var(--_row-height); border-block-end: 1px solid var(--_border); background: var(--_surface); contain: strict }
  .row[tabindex]:focus-visible { outline: 2px solid var(--_focus); outline-offset: -2px }
  .row[tabindex='0'] { background: var(--_surface-raised) }
  /* Overflow hidden: a cell's automatic minimum width is 0. */
  .cell, .name-text { overflow: hidden; white-space: nowrap; text-overflow: ellipsis }
  /* Every column, and every row of the stacked layout. */
  .wide { grid-area: 1 / 1 / -1 / -1; display: flex; align-items: center; gap: var(--_space) }
  .name-text { display: block; font-weight: 600 }
  .num { font-variant-numeric: tabular-nums; white-space: normal }
  .promo { display: block; font-size: .85em; color: var(--_success) }
  .status { display: flex; gap: .25rem }
  .logo-img, .initials { display: grid; place-items: center; inline-size: var(--_logo-size); block-size: var(--_logo-size); border-radius: calc(var(--_radius) * .75); object-fit: cover }
  .initials { background: var(--_surface-sunken); font-weight: 700; font-size: .8em }
  /* Its own max-content width sizes the auto actions track, in the header (hidden copies of the
     buttons, no height) as in every row, so all columns line up. */
  .actions { justify-self: end; inline-size: max-content; display: flex; align-items: center; gap: .25rem; overflow: visible }
  .head-row .actions { block-size: 0; overflow: hidden }
  .sizer { visibility: hidden }
  .manage { --_button-height: 2.25rem }
  .page-error-text, .row.invalid { color: var(--_danger) }

  /* Dialogs */
  .form, fieldset, .password-once { display: grid; gap: var(--_space) }
  .form { gap: calc(var(--_space) * 1.5) }
  fieldset { margin: 0; padding: var(--_space) calc(var(--_space) * 1.5); border: 1px solid var(--_border); border-radius: var(--_radius) }
  legend { font-weight: 600; padding-inline: .25rem }
  .check { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem var(--_space) }
  .check input { inline-size: 1.1rem; block-size: 1.1rem }
  .why { flex-basis: 100%; padding-inline-start: 1.6rem; font-size: .9em }
  .warning { padding: var(--_space); border-inline-start: 4px solid var(--_warning); background: var(--_surface-sunken) }
  .password-once { justify-items: start }
  .password-once .field { inline-size: 100% }
  .mono { font-family: ui-monospace, monospace }
  .copy-note { min-block-size: 1.4em }

  /* A narrow box: the buttons fill the lines they wrap onto instead of leaving ragged gaps. */
  @container suborg-list (max-width: 30rem) {
    .tools .button { flex: auto }
  }

  /* Narrow containers: each row becomes a card; the header stays for screen readers only. */
  @container suborg-list (max-width: 48rem) {
    .head-row { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap }
    .row { block-size: 10rem; grid-template-columns: var(--_logo-size) minmax(0, 1fr) auto; grid-template-areas: 'logo name name' 'logo balance balance' 'logo spend spend' 'logo plan members' 'logo status status' 'logo actions actions'; align-content: center; row-gap: .125rem; padding-block: var(--_space) }
    .logo { grid-area: logo; align-self: start }
    .name { grid-area: name }
    .plan { grid-area: plan }
    .balance { grid-area: balance }
    .members { grid-area: members }
    .spend { grid-area: spend }
    .status { grid-area: status }
    .actions { grid-area: actions; justify-self: start }
    /* The column name of each value, from data-label (one node fewer per cell than a span). */
    .cell[data-label]::before { content: attr(data-label) ':'; margin-inline-end: .25rem }
    .promo { display: inline; margin-inline-start: .25rem }
  }
  @media (forced-colors: active) {
    .row[tabindex='0'] { outline: 1px solid CanvasText }
    .initials { border: 1px solid }
    .check input:disabled + label { color: GrayText }
  }
  @media (prefers-reduced-motion: reduce) {
    .async-loading .bar { animation: none }
  }
`;
