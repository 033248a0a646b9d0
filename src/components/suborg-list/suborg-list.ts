import { html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import type { ApiError } from '../../api/errors.js';
import type { OrgDetail, Role, SubOrgSort, SubOrgSummary } from '../../api/types.js';
import { SUB_ORG_SORTS, isInvalid } from '../../api/types.js';
import { DEFAULT_COLUMNS, ariaSort, COLUMN_SORT, parseColumns, toggledSort, type ListColumn } from '../../domain/list-columns.js';
import type { ListEntry } from '../../domain/list-local-query.js';
import { canCreate, canTake, grantableRoles, limitReached, menuActions } from '../../domain/list-permissions.js';
import { isGridNavKey, nextRowIndex, scrollToReveal, visibleWindow } from '../../domain/list-window.js';
import { isolate } from '../../domain/text.js';
import { commonStrings } from '../../i18n/en/common.js';
import { listStrings } from '../../i18n/en/suborg-list.js';
import type { MessageParams } from '../../i18n/types.js';
import { banner, emptyView, errorMessage, errorView, loadingView, retryFor } from '../../internal/async-state.js';
import { SuborgElement, type SuborgEnv } from '../../internal/base-element.js';
import { initialState, toApiError } from '../../internal/controllers/data-task.js';
import { SuborgActionEvent, type SuborgAction } from '../../internal/events.js';
import type { SuborgLiveRegion } from '../../internal/live-region.js';
import type { MenuItem, SuborgMenuButton } from '../../internal/menu-button.js';
import { states } from '../../internal/properties.js';
import { badgeStyles, fieldStyles } from '../../internal/shared-styles.js';
import { styleProps } from '../../internal/style-props.js';
import { afterPaint } from './after-paint.js';
import { ListDataSource } from './list-data-source.js';
import { CreateFlow, DetachFlow, InviteFlow } from './list-flows.js';
import type { CommonKey, ListHost, ListMessageKey } from './list-host.js';
import { actionsSizer, renderRow, type RowContext } from './list-row.js';
import { listStyles } from './suborg-list.styles.js';
import {
  SuborgCreatedEvent,
  SuborgDetachedEvent,
  SuborgInvitedEvent,
  SuborgJoinActionEvent,
  SuborgJoinedEvent,
  SuborgUpgradeRequestEvent,
  SuborgViewUsageEvent,
} from './suborg-list.events.js';

// Buttons here carry no `type="button"`: none sits inside a <form> of this shadow root (the
// dialogs' submit buttons name their form), and a light-DOM form cannot own them.

/** How long typing rests before the search goes to the adapter (a local search, or one the host sets, is not delayed). */
export const SEARCH_DEBOUNCE_MS = 150;
/** Rows rendered beyond each edge of the viewport after the first rows, so a scroll step never shows a gap. */
const OVERSCAN_ROWS = 4;
/** How long after the first rows are painted the active row's real menu button is rendered. */
const MENU_DELAY_MS = 100;
/** Actions that are events only: with no adapter (a host-supplied `items` list) these are all a row offers. */
const EVENT_ONLY_ACTIONS: SuborgAction[] = ['manage-features', 'members', 'domains', 'customization', 'billing'];
export const CREATE_MODES = ['sub-org', 'sub-account'] as const;
export type CreateMode = (typeof CREATE_MODES)[number];

/**
 * Column tracks of the table layout. The actions track (appended) is `auto`: the header
 * carries hidden copies of the rows' buttons, so every row's track gets the same width.
 */
const COLUMN_WIDTHS: Record<ListColumn, string> = {
  logo: '2.25rem',
  name: 'minmax(8rem,2fr)',
  plan: 'minmax(4rem,.8fr)',
  balance: 'minmax(7rem,1fr)',
  members: 'minmax(5.5rem,.8fr)',
  spend: 'minmax(8rem,1.3fr)',
  status: 'minmax(7rem,1.1fr)',
};

/** A sort the adapter knows: host input is data, and an unknown one falls back to name. */
const knownSort = (sort: string): SubOrgSort => ((SUB_ORG_SORTS as readonly string[]).includes(sort) ? (sort as SubOrgSort) : 'name');

/** The body row (`role=row` with a `data-index`) an event came from, across shadow roots. */
const rowOf = (event: Event) => event.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.getAttribute('role') === 'row' && n.dataset.index !== undefined);

/** The sort arrow of a column header, by its aria-sort. */
const SORT_ICONS = { ascending: 'M6 3l4 5H2z', descending: 'M6 9 2 4h8z', none: 'M6 2l3 3.5H3zM6 10 3 6.5h6z' };

/**
 * The parent org's sub-organizations as an accessible, virtualized grid that stays fast
 * at 100,000 rows: pages are fetched for the rows in view only, search and sort go to the
 * adapter (debounced), and older answers never overwrite newer ones. A host may pass its
 * own `items` instead; they are searched and sorted locally in the same grid.
 *
 * Keyboard (WAI-ARIA grid, row focus): ArrowUp/ArrowDown, Home/End, PageUp/PageDown move
 * between rows; Enter fires the `manage` action; Shift+F10 or the ContextMenu key opens
 * the row's quick actions; Tab reaches the focused row's buttons.
 *
 * @summary Virtualized list of sub-organizations with search, sort, create and quick actions.
 *
 * @fires suborg-action - Cancelable. A quick action or Manage was chosen (`detail.action`, `detail.subOrg`, and for Join as `detail.role`). `preventDefault()` to handle it yourself; otherwise the list runs invite, join and detach itself.
 * @fires suborg-joined - The caller joined a sub-org (`detail.subOrg`, `detail.role`): switch into it.
 * @fires suborg-created - A sub-org was created (`detail.subOrg`).
 * @fires suborg-invited - An invite was sent (`detail.subOrg`, `detail.invite`).
 * @fires suborg-detached - A sub-org was detached and left the list (`detail.subOrg`, `detail.org`).
 * @fires suborg-upgrade-request - The plan's sub-org limit stops a create (`detail.limit`).
 * @fires suborg-view-usage - "View usage" was pressed (`detail.orgId`).
 * @fires suborg-error - An adapter call failed (`detail.error`); never for aborts.
 *
 * @slot empty-action - Replaces the empty state's create button.
 *
 * @csspart header - The title and toolbar.
 * @csspart search - The search input.
 * @csspart sort - The sort select.
 * @csspart create-button - "Create sub-organization".
 * @csspart usage-button - "View usage".
 * @csspart grid - The grid.
 * @csspart row - A body row.
 * @csspart name - A row's name.
 * @csspart logo - A row's logo image.
 * @csspart initials - The placeholder when there is no (safe, loadable) logo.
 * @csspart manage-button - A row's Manage button.
 * @csspart notice - The line that reports action outcomes.
 * @csspart loading - The first load's skeleton.
 * @csspart error - The first load failed (`error-message`, and `retry-button` unless it was a 403).
 * @csspart empty - No sub-orgs, or no search results (`empty-message`).
 * @csspart stale-banner - Rows kept on screen while a refresh runs or after it failed.
 * @csspart banner - Other notes above the rows: a retry under way, the parent org missing, a truncated list.
 *
 * @cssprop --suborg-list-background - Behind the toolbar and the table (default: `--suborg-color-surface`; `transparent` shows the page).
 * @cssprop --suborg-list-row-height - Row height in the table layout (default 3.5rem).
 * @cssprop --suborg-list-max-height - Height of the scrolling body (default `min(32rem, 80vh)`, so it never fills a zoomed-in window).
 * @cssprop --suborg-color-* - The global colour tokens.
 */
export class SuborgList extends SuborgElement implements ListHost {
  static override styles = [...(SuborgElement.styles as []), fieldStyles, badgeStyles, listStyles];

  /** Public properties (attributes) and internal state, declared once. */
  static override properties = {
    items: { attribute: false },
    search: {},
    sort: {},
    columns: { converter: { fromAttribute: parseColumns, toAttribute: (v: ListColumn[]) => v.join(' ') } },
    mode: { attribute: 'create-mode' },
    ...states('applied', 'active', 'bodyTop', 'rowHeight', 'failedLogos', 'notice', 'menusLive'),
  };

  /** Host-supplied rows: searched and sorted locally instead of asking the adapter. */
  items?: SubOrgSummary[];
  /** The search text (name contains, case-insensitive). Set by the host it applies at once; typed in the box it waits for typing to rest. */
  search = '';
  sort: SubOrgSort = 'name';
  /** Visible columns in order: `columns="logo name plan balance members spend status"`. */
  columns: ListColumn[] = [...DEFAULT_COLUMNS];
  /** `sub-account` adds the account owner's details (and a generated password) to create. */
  mode: CreateMode = 'sub-org';

  /** The search in effect (typing waits for the debounce). */
  private applied = '';
  /** The active row's index: the grid's one tab stop, always rendered. */
  private active = 0;
  private bodyTop = 0;
  private rowHeight = 56;
  private failedLogos = new Set<string>();
  private notice: { text: string; tone: 'info' | 'error' } | null = null;
  /** The active row's real menu button comes after the first rows (a look-alike stands in until then). */
  private menusLive = false;

  private readonly source = new ListDataSource(this, (error) => this.reportError(error));
  private readonly createFlow = new CreateFlow(this, {
    // No refresh here: the adapter's `change` (the new id and this org) already refetches.
    created: (org) => this.dispatchEvent(new SuborgCreatedEvent(org)),
    limitReached: () => this.requestUpgrade(),
  });
  private readonly inviteFlow = new InviteFlow(this, (subOrg, invite) => this.dispatchEvent(new SuborgInvitedEvent(subOrg, invite)));
  private readonly detachFlow = new DetachFlow(this, (subOrg, org) => {
    // The row leaves at once; the adapter's `change` (that id and this org) refetches the rest.
    const index = this.$(`.row[data-id="${CSS.escape(subOrg.id)}"]`)?.dataset.index;
    this.source.remove(subOrg.id);
    void this.refocus(index ? +index : this.active, true);
    this.dispatchEvent(new SuborgDetachedEvent(subOrg, org));
  });
  private readonly orgTask = this.dataTask({
    args: () => [this.env.adapter, this.env.orgId] as const,
    task: ([adapter, orgId], { signal }) => (adapter && orgId ? adapter.getOrg({ orgId, signal }) : Promise.resolve(initialState)),
  });
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** The pending `search` change came from the search box (debounced), not from the host. */
  private typed = false;
  private cancelMenus: (() => void) | undefined;
  /** The first rows are on screen (false: a paint is awaited); windows drawn before have no overscan. */
  private painted: boolean | undefined;
  /** The host's size changes with the viewport's (it comes and goes with the states). */
  private readonly resizer = new ResizeObserver(() => this.measure());
  /** Not state: a new height re-renders only when it needs rows that were not drawn (see `measure`). */
  private viewH = 0;
  /** The row `measure` reads the row height from, watched by `resizer`. */
  private sizedRow?: Element;
  /** Ids of the rows drawn (watched for adapter changes). */
  private shownIds: string[] = [];
  private lastWindow = '';
  /** The rows the last render drew (the window it computed). */
  private drawnWindow = { first: 0, last: -1 };
  private announced = '';
  /** One items array for every row: the menu buttons see no change while scrolling. */
  private menuCache: { key: string; items: MenuItem[] } | undefined;

  /**
   * The base builds `env` afresh on every read (normalizing the locale each time), and every
   * message of every row reads it: kept until one of its inputs changes.
   */
  private envMemo: [unknown[], SuborgEnv] | undefined;
  protected override get env(): SuborgEnv {
    const inputs = [this.context, this.adapter, this.orgId, this.locale, this.timeZone, document.documentElement.lang, navigator.language];
    const memo = this.envMemo;
    if (!memo || inputs.some((v, i) => v !== memo[0][i])) this.envMemo = [inputs, super.env];
    return this.envMemo![1];
  }

  private get viewport() {
    return this.$('.viewport');
  }

  /** The first match in the shadow root. */
  private $<T extends Element = HTMLElement>(selector: string): T | null {
    return this.renderRoot.querySelector<T>(selector);
  }

  // ── ListHost ────────────────────────────────────────────────────────────
  /** Names are data: isolated in every sentence they are set in (see `isolate`). */
  readonly msg = (key: ListMessageKey, params?: MessageParams): string => this.t(listStrings, key, params?.name === undefined ? params : { ...params, name: isolate(params.name) });
  readonly commonMsg = (key: CommonKey, params?: MessageParams): string => this.t(commonStrings, key, params);

  get target() {
    const { adapter, orgId } = this.env;
    return adapter && orgId ? { adapter, orgId } : undefined;
  }

  get resolvedLocale(): string {
    return this.env.locale;
  }

  reason(error: ApiError): string {
    return errorMessage(error, this.commonMsg);
  }

  announce(text: string, assertive = false): void {
    void this.updateComplete.then(() => this.$<SuborgLiveRegion>('suborg-live-region')?.announce(text, { assertive }));
  }

  /** Public here (protected in the base) so the create / invite / detach parts can report. */
  override reportError(error: unknown): void {
    super.reportError(error);
  }

  focusFirstInvalid(formId: string): void {
    void this.updateComplete.then(() => this.$(`#${formId} [aria-invalid="true"]`)?.focus());
  }

  // ── Public API ──────────────────────────────────────────────────────────
  /** Reloads the parent org and the rows in view; what is shown stays, marked stale, until the answer is in. */
  override refresh(): void {
    super.refresh();
    this.source.refresh();
  }

  // ── Lifecycle ───────────────────────────────────────────────────────────
  override connectedCallback(): void {
    super.connectedCallback();
    this.applied = this.search;
    this.resizer.observe(this);
    // A dialog opened from the empty state closes after its opener left (a row arrived).
    this.addEventListener('suborg-dialog-close', this.settleFocus);
  }

  private readonly settleFocus = () => void this.refocus();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.cancelMenus?.();
    this.resizer.disconnect();
    this.cancelMenus = this.sizedRow = undefined;
  }

  protected override get watchedIds(): readonly string[] {
    const orgId = this.env.orgId;
    return orgId ? [orgId, ...this.shownIds] : this.shownIds;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Host input is data too: an unknown sort or column never reaches the adapter or the grid.
    this.sort = knownSort(this.sort);
    if (changed.has('columns')) this.columns = parseColumns(this.columns);
    if (changed.has('search') && this.hasUpdated) {
      // The debounce spares the server a request per keystroke. A local search of 100k names
      // takes a few ms, and a host setting `search` sets it once: both apply at once.
      clearTimeout(this.searchTimer);
      if (this.items || !this.typed) this.applied = this.search;
      else this.searchTimer = setTimeout(() => (this.applied = this.search), SEARCH_DEBOUNCE_MS);
    }
    this.typed = false;
  }

  /**
   * The first render waits, a frame at most, for the parent org and the first page: a quick
   * answer (a cache, the memory adapter) is drawn in the first frame that paints the list,
   * with no skeleton flashed before it and the toolbar laid out once. A slow one shows the
   * skeleton a frame later than it would have (or after 100 ms in a hidden page, which gets
   * no frames: `updateComplete` must not wait on the network). The parent org is asked for
   * first: its role decides every row's actions, so rows drawn before it would be drawn twice.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && !this.items) {
      const org = this.orgTask.run();
      this.configureSource();
      if (this.source.phase === 'loading') {
        const page = new Promise<void>((resolve) => (this.source.onLoaded = resolve));
        const frame = new Promise((resolve) => (requestAnimationFrame(resolve), setTimeout(resolve, 100)));
        await Promise.race([Promise.all([org, page]), frame]);
        this.source.onLoaded = undefined;
      }
    }
    super.scheduleUpdate();
  }

  /** Runs before the first willUpdate too, so an unknown sort is refused here as well. */
  private configureSource(): void {
    const { adapter, orgId, locale } = this.env;
    this.source.configure({ adapter, orgId, items: this.items as ListEntry[] | undefined, search: this.applied, sort: knownSort(this.sort), locale });
  }

  /** After the controllers' hostUpdate: a new adapter or org asks for its parent org (orgTask) before its first page. */
  protected override update(changed: PropertyValues<this>): void {
    this.configureSource();
    // A new query starts at the top.
    if (changed.has('applied' as keyof SuborgList) || changed.has('sort')) {
      this.bodyTop = this.active = 0;
      if (this.viewport) this.viewport.scrollTop = 0;
    }
    this.active = Math.max(0, Math.min(this.active, this.source.total - 1));
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Layout is read here, before paint: a stacked layout's taller rows must not flash at
    // the table's row height. The first window was drawn with a default height; the measured
    // one re-renders only when it needs rows that were not drawn.
    this.measure();
    const { first, last } = this.window();
    if (`${first},${last}` !== this.lastWindow) {
      this.lastWindow = `${first},${last}`;
      this.source.setWindow(first, last);
    }
    // Search results are announced once per query, when its answer is in.
    const s = this.source;
    const query = this.applied.trim();
    const key = `${query}|${this.sort}`;
    if (s.phase === 'ready' && s.stale?.state !== 'refreshing' && key !== this.announced) {
      this.announced = key;
      if (query) this.announce(this.msg('results', { count: s.total }));
    }
    // The menu button (its own element and shadow tree) is not needed to see the rows: it
    // arrives just after them, or at once when someone reaches for the grid.
    if (!this.menusLive && !this.cancelMenus && s.total > 0) this.cancelMenus = afterPaint(() => (this.menusLive = true), MENU_DELAY_MS);
    if (this.painted === undefined && s.total > 0) {
      this.painted = false;
      afterPaint(() => (this.painted = true), 0);
    }
  }

  // ── Scroll and measurement ──────────────────────────────────────────────
  private window() {
    // Until the first rows are painted only those in view are drawn (the default viewport holds 9.1).
    return visibleWindow(this.bodyTop, this.viewH || this.rowHeight * 10, this.rowHeight, this.source.total, this.painted || this.menusLive ? OVERSCAN_ROWS : 0);
  }

  /** Viewport and row height (rows have one fixed height per layout, table or stacked). */
  private measure(): void {
    const vp = this.viewport;
    if (!vp) return;
    // A row is watched too: the stacked layout's container query can change its height after
    // the host's resize was reported (seen with reduced motion, where nothing animates after).
    const row = vp.querySelector('.row') ?? undefined;
    if (row !== this.sizedRow) {
      if (this.sizedRow) this.resizer.unobserve(this.sizedRow);
      if (row) this.resizer.observe(row);
      this.sizedRow = row;
    }
    const h = row?.getBoundingClientRect().height ?? 0;
    if (h > 0 && Math.abs(h - this.rowHeight) > 0.5) this.rowHeight = h;
    if (vp.clientHeight === this.viewH) return;
    this.viewH = vp.clientHeight;
    // Only rows missing from view need another pass; extra ones (a generous guess) can wait for the next update.
    const { first, last } = this.window();
    const drawn = this.drawnWindow;
    if (first < drawn.first || last > drawn.last) this.requestUpdate();
  }

  // ── Keyboard and focus ──────────────────────────────────────────────────
  private onGridKeydown(event: KeyboardEvent): void {
    const row = rowOf(event);
    if (!row) return;
    const index = +row.dataset.index!;
    const key = event.key;
    if ((key === 'F10' && event.shiftKey) || key === 'ContextMenu') {
      event.preventDefault();
      void this.openRowMenu(index);
    } else if (event.target === row && isGridNavKey(key)) {
      event.preventDefault();
      const pageRows = Math.max(1, Math.floor((this.viewport?.clientHeight ?? 0) / this.rowHeight) - 1);
      void this.focusRow(nextRowIndex(key, index, this.source.total, pageRows));
    } else if (event.target === row && key === 'Enter') {
      const slot = this.source.rowAt(index);
      if (slot.kind === 'row' && !isInvalid(slot.entry)) {
        event.preventDefault();
        this.fireAction('manage', slot.entry);
      }
    } else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      // ArrowRight/ArrowLeft walk the row's controls (mirrored right to left); ArrowLeft from the
      // first goes back to the row. Keys inside an open menu belong to the menu.
      const origin = event.composedPath()[0] as HTMLElement;
      if (origin.getAttribute('role') === 'menuitem' || origin.getAttribute('aria-expanded') === 'true') return;
      const controls = [...row.querySelectorAll<HTMLElement>('.actions button, .actions suborg-menu-button, .retry-page')];
      const at = event.target === row ? -1 : controls.indexOf(event.target as HTMLElement);
      const next = (key === 'ArrowRight') !== (getComputedStyle(this).direction === 'rtl') ? at + 1 : at - 1;
      event.preventDefault();
      (next < 0 ? row : controls[Math.min(next, controls.length - 1)])?.focus();
    }
  }

  private onGridFocusIn(event: FocusEvent): void {
    this.menusLive = true;
    const row = rowOf(event);
    if (row) this.active = +row.dataset.index!;
  }

  /** Moves focus to row `index`, scrolling it into view (it is always rendered while active). */
  private async focusRow(index: number): Promise<void> {
    if (index < 0) return;
    this.active = index;
    const vp = this.viewport;
    if (vp) {
      vp.scrollTop = scrollToReveal(index, vp.scrollTop, vp.clientHeight, this.rowHeight);
      this.bodyTop = vp.scrollTop;
    }
    await this.updateComplete;
    this.$(`.row[data-index="${index}"]`)?.focus({ preventScroll: true });
  }

  /**
   * Focus whose control went away (the detached row's menu, a dialog's opener in the empty
   * state, Retry) lands on the row at `index` (the previous one if it was last), or on the
   * search box when there are no rows. Focus the user moved out of the element stays; focus
   * on a control still here stays too, unless `inside` says to move it anyway (after a
   * detach, the closing dialog holds it).
   */
  private async refocus(index = this.active, inside = false): Promise<void> {
    await this.updateComplete;
    // The dialog closes (and tries its opener) in its own updates: let them run first.
    await new Promise((resolve) => setTimeout(resolve));
    const active = document.activeElement;
    if (active && active !== document.body && (active !== this || (!inside && this.shadowRoot!.activeElement))) return;
    const total = this.source.total;
    if (total) return this.focusRow(Math.min(index, total - 1));
    await this.updateComplete;
    this.$('#search')?.focus();
  }

  private async openRowMenu(index: number): Promise<void> {
    this.menusLive = true;
    await this.focusRow(index);
    await this.$<SuborgMenuButton>(`.row[data-index="${index}"] suborg-menu-button`)?.openMenu({ focus: 'first' });
  }

  // ── Actions ─────────────────────────────────────────────────────────────
  private get parent(): OrgDetail | undefined {
    return this.orgTask.value;
  }

  private get callerRole(): Role | null {
    return this.parent?.role ?? null;
  }

  /** The create button is offered: an adapter to create with, and a role that may. */
  private get creates(): boolean {
    return !!this.target && canCreate(this.callerRole);
  }

  private get limit(): number | null {
    return this.parent?.limits.subOrgs ?? null;
  }

  private get atLimit(): boolean {
    return !!this.parent && limitReached(this.limit, this.parent.subOrgCount);
  }

  private fireAction(action: SuborgAction, subOrg: SubOrgSummary): boolean {
    return this.dispatchEvent(new SuborgActionEvent(action, subOrg));
  }

  private onMenuSelect(org: SubOrgSummary, value: string): void {
    const [action, role] = value.split(':') as [SuborgAction, Role | undefined];
    if (action === 'join-as') {
      if (role && this.dispatchEvent(new SuborgJoinActionEvent(org, role))) void this.join(org, role);
    } else if (this.fireAction(action, org)) {
      // Not cancelled: the list runs invite and detach itself.
      if (action === 'invite-member') this.inviteFlow.start(org, grantableRoles(this.callerRole));
      if (action === 'detach') this.detachFlow.start(org);
    }
  }

  private async join(org: SubOrgSummary, role: Role): Promise<void> {
    const target = this.target;
    if (!target) return;
    this.setNotice(this.msg('joining', { name: org.name }));
    try {
      const joined = await target.adapter.joinSubOrg({ orgId: target.orgId, subOrgId: org.id, role });
      this.setNotice(this.msg('joined', { name: joined.name, role: this.msg(`role.${role}`) }));
      this.dispatchEvent(new SuborgJoinedEvent(joined, role));
    } catch (error) {
      this.reportError(error);
      this.setNotice(this.msg('joinFailed', { name: org.name, reason: this.reason(toApiError(error)) }), 'error');
    }
  }

  /** The visible outcome line; spoken through the live region (errors assertively). */
  private setNotice(text: string, tone: 'info' | 'error' = 'info'): void {
    this.notice = { text, tone };
    this.announce(text, tone === 'error');
  }

  private requestUpgrade(): void {
    this.dispatchEvent(new SuborgUpgradeRequestEvent(this.limit));
    void this.orgTask.run();
  }

  /** The button goes with the empty state: focus moves to the search box, ready for another search. */
  private async onClearSearch(): Promise<void> {
    this.search = this.applied = '';
    await this.updateComplete;
    this.$('#search')?.focus();
  }

  private onCreateClick(): void {
    if (this.atLimit) this.requestUpgrade();
    else this.createFlow.start(this.parent, this.mode === 'sub-account');
  }

  private menuItems(): MenuItem[] {
    const role = this.callerRole;
    const actions = this.target ? menuActions(role) : EVENT_ONLY_ACTIONS;
    const key = `${this.env.locale}|${actions}|${role}`;
    if (this.menuCache?.key !== key) {
      const items = actions.map((action): MenuItem => {
        const label = this.msg(`action.${action as Exclude<SuborgAction, 'manage'>}`);
        return action === 'join-as'
          ? { value: action, label, children: grantableRoles(role).map((r) => ({ value: `join-as:${r}`, label: this.msg(`role.${r}`) })) }
          : { value: action, label, danger: action === 'detach' };
      });
      this.menuCache = { key, items };
    }
    return this.menuCache.items;
  }

  // ── Render ──────────────────────────────────────────────────────────────
  private renderHeader() {
    const s = this.source;
    const limit = { limit: this.limit ?? 0 };
    const atLimit = this.atLimit;
    return html`<div class="toolbar" part="header">
      <div class="heading">
        <h2 id="title">${this.msg('title')}</h2>
        ${s.phase === 'ready' ? html`<p class="count">${this.msg('count', { count: s.total })}</p>` : nothing}
      </div>
      <div class="tools">
        <div class="field search-field">
          <label class="field-label" for="search">${this.msg('searchLabel')}</label>
          <input
            id="search"
            part="search"
            class="input"
            type="search"
            autocomplete="off"
            placeholder=${this.msg('searchPlaceholder')}
            .value=${live(this.search)}
            @input=${(e: Event) => {
              this.typed = true;
              this.search = (e.target as HTMLInputElement).value;
            }}
          />
        </div>
        <div class="field">
          <label class="field-label" for="sort">${this.msg('sortLabel')}</label>
          <select id="sort" part="sort" class="input" @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as SubOrgSort)}>
            ${SUB_ORG_SORTS.map((s) => html`<option value=${s} ?selected=${s === this.sort}>${this.msg(`sort.${s}`)}</option>`)}
          </select>
        </div>
        <button class="button secondary" part="usage-button" @click=${() => this.dispatchEvent(new SuborgViewUsageEvent(this.env.orgId))}>${this.msg('viewUsage')}</button>
        ${this.creates
          ? html`<button class="button primary create" part="create-button" aria-describedby=${atLimit ? 'limit-help' : nothing} @click=${this.onCreateClick}>
              ${atLimit ? this.msg('limitReached', limit) : this.msg('create')}
            </button>`
          : nothing}
      </div>
      ${atLimit ? html`<p class="limit-help" id="limit-help">${this.msg('limitReachedHelp', limit)}</p>` : nothing}
    </div>`;
  }

  private retry(error: ApiError, run: () => void) {
    return retryFor(error, { label: this.commonMsg('retry'), run });
  }

  private renderBody() {
    const s = this.source;
    if (s.phase === 'idle') return html`<p part="idle" class="async-idle">${this.commonMsg('noConfig')}</p>`;
    if (s.phase === 'loading') return loadingView(this.msg('loadingRows'), html`<div class="skeleton-rows"><span class="bar"></span><span class="bar"></span><span class="bar"></span><span class="bar"></span><span class="bar"></span></div>`);
    if (s.phase === 'error') {
      return errorView(`${this.msg('loadError')} ${this.reason(s.error!)}`, this.retry(s.error!, () => (s.refresh(), void this.refocus())));
    }
    if (s.total) return this.renderGrid();
    const query = this.applied.trim();
    return query
      ? emptyView(
          html`<bdi>${this.msg('noResults', { search: query })}</bdi>`,
          html`<button class="button secondary" @click=${this.onClearSearch}>${this.msg('clearSearch')}</button>`,
          'no-results',
        )
      : emptyView(
          this.msg('empty'),
          html`<slot name="empty-action">${this.creates ? html`<button class="button primary" @click=${this.onCreateClick}>${this.msg('emptyCreate')}</button>` : nothing}</slot>`,
        );
  }

  /** Notes above the rows: the adapter retrying, the parent org missing, stale rows, a truncated list. */
  private renderBanners() {
    const { stale, truncated } = this.source;
    const org = this.orgTask.view;
    return [
      this.renderRetryNote(),
      // Without the parent org we cannot know the caller's role, so no actions are offered: say why.
      org.status === 'error' &&
        !this.parent &&
        banner(`${this.msg('orgError')} ${this.reason(org.error)}`, { failed: true, part: 'banner', variant: 'org-error', retry: this.retry(org.error, () => void this.orgTask.run()) }),
      stale?.state === 'refreshing' && banner(stale.newQuery ? this.msg('updating') : this.commonMsg('stale')),
      stale?.state === 'failed' && banner(`${this.commonMsg('staleFailed')} ${this.reason(stale.error)}`, { failed: true, retry: this.retry(stale.error, () => this.source.refresh()) }),
      truncated && banner(this.msg('truncated'), { part: 'banner', variant: 'truncated' }),
    ].map((b) => b || nothing);
  }

  private renderGrid() {
    const total = this.source.total;
    const columns = this.columns;
    const { first, last } = (this.drawnWindow = this.window());
    const indices: number[] = [];
    for (let i = first; i <= last; i++) indices.push(i);
    if (this.active < first || this.active > last) indices.push(this.active);
    const ctx: RowContext = {
      msg: this.msg,
      locale: this.env.locale,
      columns,
      rowHeight: this.rowHeight,
      active: this.active,
      failedLogos: this.failedLogos,
      menuItems: this.menuItems(),
      liveMenu: this.menusLive,
      canManage: !this.target || canTake(this.callerRole, 'manage'),
      ids: (this.shownIds = []),
      failedPages: new Set(),
      onLogoError: (id) => (this.failedLogos = new Set(this.failedLogos).add(id)),
      onManage: (org) => this.fireAction('manage', org),
      onMenuSelect: (org, value) => this.onMenuSelect(org, value),
      onMenuPlaceholder: (index) => void this.openRowMenu(index),
      onRetryPage: (page) => this.source.retryPage(page),
    };
    const template = `${columns.map((c) => COLUMN_WIDTHS[c]).join(' ')} minmax(7.5rem,auto)`;
    return html`<div
      class="grid"
      part="grid"
      role="grid"
      aria-labelledby="title"
      aria-rowcount=${total + 1}
      aria-colcount=${columns.length + 1}
      aria-busy=${this.source.stale?.state === 'refreshing' ? 'true' : 'false'}
      ${styleProps({ '--_cols': template })}
    >
      <div role="rowgroup" class="head">
        <div role="row" class="head-row" aria-rowindex="1">${[...columns, 'actions' as const].map((c) => this.renderColumnHeader(c, ctx))}</div>
      </div>
      <div role="rowgroup" class="viewport" @scroll=${(e: Event) => (this.bodyTop = (e.target as HTMLElement).scrollTop)} @keydown=${this.onGridKeydown} @focusin=${this.onGridFocusIn}>
        <div role="none" class="spacer" ${styleProps({ height: `${total * this.rowHeight}px` })}>
          ${repeat(
            indices,
            (i) => i,
            (i) => renderRow(i, this.source.rowAt(i), ctx),
          )}
        </div>
      </div>
    </div>`;
  }

  private renderColumnHeader(column: ListColumn | 'actions', ctx: RowContext) {
    const label = this.msg(`col.${column}`);
    const field = COLUMN_SORT[column as ListColumn];
    if (column === 'actions') return html`<div role="columnheader" class="actions"><span class="visually-hidden">${label}</span>${actionsSizer(ctx)}</div>`;
    if (!field) return html`<div role="columnheader">${column === 'logo' ? html`<span class="visually-hidden">${label}</span>` : label}</div>`;
    const sorted = ariaSort(this.sort, field);
    return html`<div role="columnheader" aria-sort=${sorted}>
      <button class="sort-button" @click=${() => (this.sort = toggledSort(this.sort, field))}>
        ${label}
        <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12" fill="currentColor"><path d=${SORT_ICONS[sorted]}></path></svg>
      </button>
    </div>`;
  }

  override render() {
    return html`
      ${this.renderHeader()}
      <p class="notice ${this.notice?.tone ?? ''}" part="notice">${this.notice?.text ?? ''}</p>
      <suborg-live-region></suborg-live-region>
      ${this.renderBanners()} ${this.renderBody()} ${[this.createFlow, this.inviteFlow, this.detachFlow].map((f) => (f.used ? f.render() : nothing))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suborg-list': SuborgList;
  }
}
