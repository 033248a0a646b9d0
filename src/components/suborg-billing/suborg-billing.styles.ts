import { css } from 'lit';

// Layout of <suborg-billing>, one rule per line. Colours and sizes come from the `--_*` privates of
// tokenStyles; the component knobs fall back to them. Container queries: one column from 320 px,
// two columns of cards when the element itself (not the page) is wide enough; payment rows stack
// into labelled blocks below 30rem. Forced colors keep cards, alerts and the meter fill visible.
export const billingStyles = css`
:host{display:block;background:var(--suborg-billing-background,var(--_surface));container-type:inline-size}
.panel,.cards,.fields,dl,.card,.alert,ul{display:grid;gap:var(--_space)}
.panel,.cards{gap:var(--suborg-billing-gap,calc(var(--_space)*2))}
.cards,.fields,dl{grid-template-columns:minmax(0,1fr)}
@container (min-width:42rem){.cards{grid-template-columns:1fr 1fr}.wide{grid-column:1/-1}}
h2,h3,p,dl,dd,ul,fieldset{margin:0}
h2{font-size:1.25em}
h3{font-size:1.05em}
.card,.fields{align-content:start;gap:calc(var(--_space)*1.5)}
.card,.alert,.preview{border-radius:var(--_radius)}
.card{padding:calc(var(--_space)*2);border:1px solid var(--_border);background:var(--suborg-billing-card-background,var(--_surface))}
.alert{gap:calc(var(--_space)/2);padding:var(--_space) calc(var(--_space)*1.5);border:1px solid;border-inline-start-width:4px;background:var(--_surface-raised)}
.header,.notice,.actions,.pager,fieldset{display:flex;flex-wrap:wrap;align-items:center;gap:var(--_space) calc(var(--_space)*2)}
.header,.notice,.pager{justify-content:space-between}
dl{row-gap:calc(var(--_space)/2)}
@container (min-width:26rem){dl{grid-template-columns:max-content minmax(0,1fr)}}
dt,.muted{color:var(--_text-muted);font-weight:400}
dd{font-weight:600}
dd,.alert,.meter-text,td{overflow-wrap:anywhere}
.notice-text,.status{flex:1 1 12rem}
.danger{color:var(--_danger)}
.warning{color:var(--_warning)}
.detail{color:var(--_text)}
ul{padding:0;list-style:none}
@container (min-width:30rem){.pair{grid-template-columns:1fr 1fr}}
@container (max-width:30rem){.pager>span{order:-1;flex-basis:100%;text-align:center}}
.preview{padding:var(--_space);background:var(--_surface-sunken)}
meter{appearance:none;inline-size:100%;block-size:.75rem}
meter::-webkit-meter-bar{background:var(--_surface-sunken);border:1px solid var(--_border);border-radius:1em}
::-webkit-meter-optimum-value,::-webkit-meter-suboptimum-value,::-webkit-meter-even-less-good-value{border-radius:1em;background:var(--suborg-billing-meter-color,var(--_primary))}
::-webkit-meter-suboptimum-value{background:var(--_warning)}
::-webkit-meter-even-less-good-value{background:var(--_danger)}
fieldset{padding:0;border:0}
legend{font-weight:600}
fieldset label{display:flex;align-items:center;gap:calc(var(--_space)/2);min-block-size:2.75rem}
table{inline-size:100%;border-collapse:collapse}
th,td{padding:calc(var(--_space)*.75) var(--_space);border-block-end:1px solid var(--_border);text-align:start;vertical-align:top}
.num{text-align:end;font-variant-numeric:tabular-nums}
@container (max-width:30rem){
table,tbody,tr{display:block}
thead{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%)}
td{display:flex;justify-content:space-between;gap:var(--_space);padding:calc(var(--_space)/4) 0;border:0}
tr{padding-block:var(--_space);border-block-end:1px solid var(--_border)}
.cell{min-inline-size:0;text-align:end}
td::before{content:attr(data-label);color:var(--_text-muted)}}
@media (forced-colors:active){
.card,.alert{border-color:CanvasText}
.alert.danger,.alert.warning{color:CanvasText}
meter::-webkit-meter-bar{forced-color-adjust:none;background:Canvas;border-color:CanvasText}
meter::-webkit-meter-optimum-value,::-webkit-meter-suboptimum-value,::-webkit-meter-even-less-good-value{forced-color-adjust:none;background:Highlight}}
`;
