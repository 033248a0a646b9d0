import { css } from 'lit';

/**
 * `<suborg-list>`'s own look. Knobs: --suborg-list-row-height, --suborg-list-max-height.
 * Below 48rem of container width, rows stack into cards (container query), the header row
 * is kept for assistive tech only and sorting moves to the toolbar's select.
 */
export const listStyles = css`
  :host {
    --_row-height: var(--suborg-list-row-height, 3.5rem);
    --_row-height-stacked: 8.5rem;
    --_list-max-height: var(--suborg-list-max-height, 32rem);
    --_logo-size: 2rem;
    display: block;
    container-type: inline-size;
    container-name: suborg-list;
    background: var(--_surface);
    color: var(--_text);
  }
  /* Title on the start side, the controls one group that wraps on its own: a wrapping
     control never pushes the title down (it stays at the top of its line). */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  /* As wide as the title needs (no mid-word wrap beside the controls); a full line at most. */
  .heading {
    flex: 0 0 auto;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  .count {
    margin: 0;
    color: var(--_text-muted);
  }
  /* Grows far more than the heading, so the heading keeps just what it needs on a shared line. */
  .tools {
    flex: 999 1 26rem;
    min-inline-size: 0;
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: flex-end;
    gap: var(--_space);
  }
  .tools .field {
    flex: 1 1 10rem;
    min-inline-size: min(100%, 9rem);
  }
  .tools .field.search-field {
    flex-grow: 2;
  }
  .tools .button {
    flex: 0 0 auto;
    max-inline-size: 100%;
  }
  .limit-help {
    flex-basis: 100%;
    margin: 0;
    color: var(--_warning);
  }
  .notice {
    margin: 0 0 var(--_space);
  }
  .notice:empty {
    display: none;
  }
  .notice.error {
    color: var(--_danger);
    font-weight: 600;
  }
  .skeleton-rows {
    display: grid;
    gap: 2px;
  }
  .skeleton-rows span,
  .row.skeleton .bar {
    display: block;
    block-size: 1em;
    border-radius: var(--_radius);
    background: var(--_surface-sunken);
    animation: suborg-list-pulse 1.2s ease-in-out infinite alternate;
  }
  .skeleton-rows span {
    block-size: calc(var(--_row-height) - 2px);
  }
  .row.skeleton .bar {
    inline-size: 60%;
  }
  @keyframes suborg-list-pulse {
    to {
      opacity: 0.45;
    }
  }

  /* The grid: one column template shared by the header and every row. */
  .grid {
    --_cols: 2.75rem minmax(8rem, 2fr) minmax(4rem, 1fr) minmax(7rem, 1fr) minmax(5rem, 0.8fr) minmax(8rem, 1.3fr) minmax(7rem, 1fr) auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .head-row,
  .row {
    display: grid;
    grid-template-columns: var(--_cols);
    align-items: center;
    column-gap: var(--_space);
    padding-inline: var(--_space);
  }
  .head-row {
    min-block-size: 2.5rem;
    background: var(--_surface-raised);
    border-block-end: 1px solid var(--_border);
    font-weight: 600;
    color: var(--_text-muted);
  }
  .sort-button {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.25rem;
    margin-inline-start: -0.25rem;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .sort-button:hover {
    color: var(--_text);
  }
  /* Header and body reserve the same scrollbar gutter, so their columns line up. */
  .head {
    overflow: hidden;
    scrollbar-gutter: stable;
  }
  .viewport {
    position: relative;
    max-block-size: var(--_list-max-height);
    overflow-y: auto;
    overscroll-behavior: contain;
    scrollbar-gutter: stable;
  }
  .spacer {
    position: relative;
  }
  .row {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 0;
    block-size: var(--_row-height);
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
    contain: strict;
  }
  .row:focus-visible {
    outline-offset: -2px;
  }
  .row[tabindex='0'] {
    background: var(--_surface-raised);
  }
  .cell {
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .cell.wide {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .name-text {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-weight: 600;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .promo {
    display: block;
    font-size: 0.85em;
    color: var(--_success);
  }
  .status {
    display: flex;
    gap: 0.25rem;
  }
  .logo-img,
  .initials {
    display: grid;
    place-items: center;
    inline-size: var(--_logo-size);
    block-size: var(--_logo-size);
    border-radius: calc(var(--_radius) * 0.75);
    object-fit: cover;
  }
  .initials {
    background: var(--_surface-sunken);
    color: var(--_text-muted);
    font-weight: 700;
    font-size: 0.8em;
  }
  /* Its own max-content width (not the track's): the list measures it and sizes the actions
     track of the header and every row from it, so all columns line up. */
  .actions {
    justify-self: end;
    inline-size: max-content;
    display: flex;
    justify-content: flex-end;
    align-items: center;
    gap: 0.25rem;
    overflow: visible;
  }
  .manage {
    --_button-height: 2.25rem;
  }
  .page-error-text {
    color: var(--_danger);
  }
  .row.invalid {
    color: var(--_danger);
  }

  /* Dialogs */
  .form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  fieldset {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .check {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--_space);
  }
  .check input {
    inline-size: 1.1rem;
    block-size: 1.1rem;
  }
  .check input:disabled + label {
    color: var(--_text-muted);
  }
  .why {
    flex-basis: 100%;
    padding-inline-start: 1.6rem;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .form-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .warning {
    margin: 0;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface-sunken);
    color: var(--_text);
  }
  .password-once {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .password-once .field {
    inline-size: 100%;
  }
  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
  }
  .copy-note {
    margin: 0;
    min-block-size: 1.4em;
  }

  /* A narrow box: the buttons fill the lines they wrap onto instead of leaving ragged gaps. */
  @container suborg-list (max-width: 30rem) {
    .tools .button {
      flex: 1 1 auto;
    }
  }

  /* Narrow containers: each row becomes a card; the header stays for screen readers only. */
  @container suborg-list (max-width: 48rem) {
    .head-row {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .row {
      block-size: var(--_row-height-stacked);
      grid-template-columns: var(--_logo-size) minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas:
        'logo name name'
        'logo plan balance'
        'logo members spend'
        'logo status status'
        'logo actions actions';
      align-content: center;
      row-gap: 0.125rem;
      padding-block: var(--_space);
    }
    .cell.logo {
      grid-area: logo;
      align-self: start;
    }
    .cell.name {
      grid-area: name;
    }
    .cell.plan {
      grid-area: plan;
    }
    .cell.balance {
      grid-area: balance;
    }
    .cell.members {
      grid-area: members;
    }
    .cell.spend {
      grid-area: spend;
    }
    .cell.status {
      grid-area: status;
    }
    .cell.actions {
      grid-area: actions;
      justify-self: start;
      justify-content: flex-start;
    }
    .cell.wide {
      grid-area: 1 / 1 / -1 / -1;
    }
    /* Each value's column name, from the cell's data-label (one node fewer per cell than a span). */
    .cell[data-label]::before {
      content: attr(data-label) ':';
      color: var(--_text-muted);
      margin-inline-end: 0.25rem;
    }
    .promo {
      display: inline;
      margin-inline-start: 0.25rem;
    }
  }
  @media (forced-colors: active) {
    .row[tabindex='0'] {
      outline: 1px solid CanvasText;
    }
    .initials,
    .grid {
      border: 1px solid CanvasText;
    }
    .skeleton-rows span,
    .row.skeleton .bar {
      background: GrayText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-rows span,
    .row.skeleton .bar {
      animation: none;
    }
  }
`;
