import { css } from 'lit';

// Layout of <suborg-billing>. Colours and sizes come from the `--_*` privates of tokenStyles;
// the component knobs below fall back to them. Container queries: one column from 320 px,
// two columns of cards when the element itself (not the page) is wide enough.
export const billingStyles = css`
  :host {
    --_billing-gap: var(--suborg-billing-gap, calc(var(--_space) * 2));
    --_billing-card-bg: var(--suborg-billing-card-background, var(--_surface));
    --_billing-meter-ok: var(--suborg-billing-meter-color, var(--_primary));
    --_billing-bg: var(--suborg-billing-background, var(--_surface));
    display: block;
    background: var(--_billing-bg);
    container-type: inline-size;
    color: var(--_text);
  }
  .panel {
    display: grid;
    gap: var(--_billing-gap);
    min-inline-size: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.05em;
  }
  p {
    margin: 0;
  }
  .cards {
    display: grid;
    gap: var(--_billing-gap);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 42rem) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .cards > .wide {
      grid-column: 1 / -1;
    }
  }
  .card {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 1.5);
    min-inline-size: 0;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_billing-card-bg);
  }
  dl.facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.25) var(--_space);
    margin: 0;
  }
  @container (min-width: 26rem) {
    dl.facts {
      grid-template-columns: max-content minmax(0, 1fr);
    }
  }
  dl.facts dt {
    color: var(--_text-muted);
  }
  dl.facts dd {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .muted {
    color: var(--_text-muted);
    font-weight: normal;
  }
  .alert {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid currentColor;
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    overflow-wrap: anywhere;
  }
  .alert.danger {
    color: var(--_danger);
  }
  .alert.warning {
    color: var(--_warning);
  }
  .alert.info {
    color: var(--_info);
  }
  .alert .detail {
    color: var(--_text);
  }
  .notices {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .notice-text {
    min-inline-size: 0;
    flex: 1 1 12rem;
  }
  .notice .button {
    white-space: nowrap;
  }
  .fields {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 30rem) {
    .fields.pair {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .preview {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-sunken);
  }
  .meter-row {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  meter {
    appearance: none;
    inline-size: 100%;
    block-size: 0.75rem;
  }
  meter::-webkit-meter-bar {
    background: var(--_surface-sunken);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  meter::-webkit-meter-optimum-value {
    background: var(--_billing-meter-ok);
    border-radius: 999px;
  }
  meter::-webkit-meter-suboptimum-value {
    background: var(--_warning);
    border-radius: 999px;
  }
  meter::-webkit-meter-even-less-good-value {
    background: var(--_danger);
    border-radius: 999px;
  }
  .meter-text {
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .actions .status {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .form-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .radio-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .radio-row legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.5);
    font-weight: 600;
  }
  .radio-row label {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    min-block-size: 2.75rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
  }
  th,
  td {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* Narrow containers: each payment becomes a labelled block instead of a wide row. */
  @container (max-width: 30rem) {
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      padding-block: var(--_space);
      border-block-end: 1px solid var(--_border);
    }
    td {
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
      padding: calc(var(--_space) * 0.25) 0;
      border: 0;
    }
    td .cell {
      min-inline-size: 0;
      text-align: end;
    }
    td::before {
      content: attr(data-label);
      flex: none;
      color: var(--_text-muted);
    }
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  @media (forced-colors: active) {
    .card,
    .alert {
      border-color: CanvasText;
    }
    .alert.danger,
    .alert.warning,
    .alert.info,
    .form-error {
      color: CanvasText;
    }
    /* Keep the fill visible: system colours instead of the forced Canvas background. */
    meter::-webkit-meter-bar {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    meter::-webkit-meter-optimum-value,
    meter::-webkit-meter-suboptimum-value,
    meter::-webkit-meter-even-less-good-value {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
