import { LitElement, css, html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { tokenStyles } from '../theme/tokens.js';
import { buttonStyles } from './shared-styles.js';
import { states } from './properties.js';
import { emit } from './events.js';
import { icon } from './icons.js';
import { nextIndexByFirstChar } from './menu-button-item.js';
import type { MenuItem } from './menu-button-item.js';
import { placeMenu, placeSubmenu } from './menu-button-position.js';

export type { MenuItem } from './menu-button-item.js';

type FocusTarget = 'first' | 'last';

/** The menu item an event happened in, its index path and what it holds. */
type Hit = { el: HTMLElement | null; path: number[]; item: MenuItem | undefined };

/** The items of `menu` itself (not of its submenus). */
const itemsOf = (menu: Element) => [...menu.querySelectorAll<HTMLElement>(':scope > li > [role="menuitem"]')];

/**
 * The WAI-ARIA menu button: a button that opens a menu of actions, with one level of
 * submenus. Enter/Space/ArrowDown open on the first item, ArrowUp on the last; arrows,
 * Home/End and first-letter type-ahead move focus; ArrowRight/Enter open a submenu and
 * ArrowLeft/Escape close it (mirrored in RTL); Escape closes and returns focus to the
 * button; Tab and a click outside close. The menus are popovers placed by measurement,
 * so no ancestor's overflow clips them.
 *
 * @summary Accessible actions menu button with submenus.
 *
 * @fires suborg-menu-select - An item was chosen (`detail.value`).
 *
 * @csspart button - The trigger button (a "more" icon named by `label`).
 * @csspart menu - The top-level menu.
 * @csspart submenu - A submenu.
 * @csspart item - A menu item.
 *
 * @cssprop --suborg-menu-min-width - Minimum inline size of a menu (default 12rem).
 */
export class SuborgMenuButton extends LitElement {
  static override styles = [
    tokenStyles,
    buttonStyles,
    css`
      :host { display: inline-block }
      /* A popover (position: fixed in the top layer); the element sets its top and left. */
      [role=menu] { inset: auto; margin: 0; min-inline-size: min(var(--suborg-menu-min-width, 12rem), 100vw - 16px); max-inline-size: calc(100vw - 16px); max-block-size: calc(100dvh - 16px); padding: calc(var(--_space) / 2); list-style: none; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); box-shadow: var(--_shadow) }
      [role=menuitem] { display: flex; align-items: center; gap: var(--_space); min-block-size: 2.25rem; padding: calc(var(--_space) / 2) var(--_space); border-radius: calc(var(--_radius) * .75); cursor: pointer; overflow-wrap: anywhere; user-select: none }
      [role=menuitem]:is(:hover, :focus, [aria-expanded=true]) { background: var(--_surface-sunken) }
      [role=menuitem]:focus-visible { outline-offset: -2px }
      .danger { color: var(--_danger) }
      .label { flex: 1 }
      svg:dir(rtl) { transform: scaleX(-1) }
      @media (forced-colors: active) {
        [role=menuitem]:focus { forced-color-adjust: none; background: Highlight; color: HighlightText }
        [aria-expanded=true] { outline: 2px solid }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    items: { attribute: false },
    label: {},
    locale: {},
    ...states('expanded', 'openSubmenu'),
  };

  /** The items; `children` make a submenu. */
  items: MenuItem[] = [];
  /** Accessible name of the button, e.g. "Actions for Acme". */
  label = '';
  /** Locale for type-ahead case folding. */
  locale?: string;

  /** Whether the menu is open. */
  private expanded = false;
  /** Index of the top-level item whose submenu is open, or -1. */
  private openSubmenu = -1;
  /** Read on open: RTL mirrors the arrow keys and the placement. */
  #rtl = false;
  /** Ends the document/window listeners of an open menu. */
  #stop?: AbortController;

  /** Opens the menu and focuses its first or last item (for a grid's Shift+F10 / ContextMenu key). */
  async openMenu({ focus = 'first' }: { focus?: FocusTarget } = {}): Promise<void> {
    if (!this.items.length) return;
    this.#rtl = getComputedStyle(this).direction === 'rtl';
    this.#closeSubmenu();
    this.expanded = true;
    this.#stop?.abort();
    this.#stop = new AbortController();
    const options = { capture: true, signal: this.#stop.signal };
    const position = () => this.#position();
    document.addEventListener('pointerdown', (e) => e.composedPath().includes(this) || this.closeMenu(), options);
    addEventListener('scroll', position, options);
    addEventListener('resize', position, options);
    await this.#showPopup('menu', focus);
  }

  /** Closes every menu; `returnFocus` puts focus back on the button. */
  closeMenu(returnFocus = false): void {
    if (!this.expanded) return;
    this.#closeSubmenu();
    this.#byId('menu')?.hidePopover();
    this.expanded = false;
    this.#stop?.abort();
    if (returnFocus) this.focus();
  }

  override focus(options?: FocusOptions): void {
    this.#byId('trigger')?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop?.abort();
    this.expanded = false;
  }

  #byId(id: string): HTMLElement | null {
    return this.renderRoot.querySelector(`#${id}`);
  }

  /** After the next render: shows popup `id`, places the popups and focuses the first or last item (`null`: focus stays). */
  async #showPopup(id: string, focus: FocusTarget | null): Promise<void> {
    await this.updateComplete;
    const popup = this.#byId(id)!;
    if (!popup.matches(':popover-open')) popup.showPopover();
    this.#position();
    if (focus) itemsOf(popup).at(focus === 'first' ? 0 : -1)?.focus();
  }

  /** Places the open popups: the menu at the button, the submenu beside its item. */
  #position(): void {
    const view = { width: innerWidth, height: innerHeight };
    const place = (popup: HTMLElement | null, anchor: HTMLElement | null, at: typeof placeMenu) => {
      if (!this.expanded || !popup || !anchor) return;
      const { top, left } = at(anchor.getBoundingClientRect(), popup.getBoundingClientRect(), view, this.#rtl);
      popup.style.top = `${Math.round(top)}px`;
      popup.style.left = `${Math.round(left)}px`;
    };
    place(this.#byId('menu'), this.#byId('trigger'), placeMenu);
    place(this.#byId(`submenu-${this.openSubmenu}`), this.#byId(`item-${this.openSubmenu}`), placeSubmenu);
  }

  /** Opens the submenu of top-level item `index`; `focus: null` leaves focus where it is (hover). */
  #openSubmenuOf(index: number, focus: FocusTarget | null = 'first'): void {
    const item = this.items[index];
    if (!item?.children?.length) return;
    if (this.openSubmenu !== index) this.#closeSubmenu();
    this.openSubmenu = index;
    void this.#showPopup(`submenu-${index}`, focus);
  }

  #closeSubmenu(returnFocus = false): void {
    const index = this.openSubmenu;
    if (index < 0) return;
    this.#byId(`submenu-${index}`)?.hidePopover();
    this.openSubmenu = -1;
    if (returnFocus) this.#byId(`item-${index}`)?.focus();
  }

  /** The menu item an event happened in, its index path (from its id, `item-1-0`) and what it holds. */
  #hit(event: Event): Hit {
    const el = (event.target as Element).closest<HTMLElement>('[role="menuitem"]');
    const path = el ? el.id.slice(5).split('-').map(Number) : [];
    const top = this.items[path[0]!];
    return { el, path, item: path.length > 1 ? top?.children?.[path[1]!] : top };
  }

  #activate({ path, item }: Hit): void {
    if (!item) return;
    if (item.children?.length) return this.#openSubmenuOf(path[0]!);
    // Close first so whatever the handler opens (a dialog) records the button as its opener.
    this.closeMenu(true);
    emit(this, 'suborg-menu-select', { value: item.value });
  }

  #onTriggerClick(): void {
    if (this.expanded) this.closeMenu(true);
    else void this.openMenu();
  }

  #onTriggerKeydown(event: KeyboardEvent): void {
    const focus = ({ ArrowDown: 'first', ArrowUp: 'last' } as const)[event.key as 'ArrowDown'];
    if (!focus) return;
    event.preventDefault();
    void this.openMenu({ focus });
  }

  #onMenuKeydown(event: KeyboardEvent): void {
    const hit = this.#hit(event);
    const { el, path } = hit;
    if (!el) return;
    const inSubmenu = path.length > 1;
    const siblings = itemsOf(el.parentElement!.parentElement!);
    const index = siblings.indexOf(el);
    const focusAt = (i: number) => siblings.at(i % siblings.length)?.focus();
    const key = event.key;
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, PageUp: 0, End: -1, PageDown: -1 };

    if (key in moves) focusAt(moves[key]!);
    else if (key === (this.#rtl ? 'ArrowLeft' : 'ArrowRight')) {
      if (!inSubmenu) this.#openSubmenuOf(path[0]!);
    } else if (key === (this.#rtl ? 'ArrowRight' : 'ArrowLeft')) {
      if (inSubmenu) this.#closeSubmenu(true);
    } else if (key === 'Enter' || key === ' ') this.#activate(hit);
    else if (key === 'Escape') {
      if (inSubmenu) this.#closeSubmenu(true);
      else this.closeMenu(true);
      // Ours alone: an enclosing dialog must not close too.
      event.stopPropagation();
    } else if (key === 'Tab') {
      // Focus goes back to the button first, so Tab continues from there.
      return this.closeMenu(true);
    } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const match = nextIndexByFirstChar(
        siblings.map((item) => item.textContent!),
        index,
        key,
        this.locale,
      );
      if (match >= 0) focusAt(match);
    } else return;
    event.preventDefault();
  }

  #onMenuPointerOver(event: PointerEvent): void {
    // Mouse hover over a top-level item opens its submenu (or closes another), as desktop menus do.
    const { el, path } = this.#hit(event);
    if (event.pointerType !== 'mouse' || !el || path.length > 1 || path[0] === this.openSubmenu) return;
    if (this.#byId(`submenu-${this.openSubmenu}`)?.matches(':focus-within')) el.focus();
    this.#closeSubmenu();
    this.#openSubmenuOf(path[0]!, null);
  }

  #onMenuFocusOut(event: FocusEvent): void {
    // Focus moved elsewhere by other means (a script, assistive tech): the menu goes away.
    const next = event.relatedTarget as Node | null;
    if (next && !this.renderRoot.contains(next) && !this.contains(next)) this.closeMenu();
  }

  #onMenuClick(event: MouseEvent): void {
    const hit = this.#hit(event);
    if (hit.path.length === 1 && this.openSubmenu === hit.path[0]) this.#closeSubmenu(true);
    else this.#activate(hit);
  }

  #renderItem(item: MenuItem, path: number[]): TemplateResult {
    const key = path.join('-');
    const children = path.length === 1 && item.children?.length ? item.children : undefined;
    return html`<li role="none">
      <div
        role="menuitem"
        id="item-${key}"
        part="item"
        tabindex="-1"
        class=${item.danger ? 'danger' : ''}
        aria-haspopup=${children ? 'menu' : nothing}
        aria-expanded=${children ? this.openSubmenu === path[0] : nothing}
        aria-controls=${children ? `submenu-${key}` : nothing}
      >
        <span class="label">${item.label}</span>
        ${children
          ? icon('M6 3l5 5-5 5', 16)
          : nothing}
      </div>
      ${children
        ? html`<ul role="menu" id="submenu-${key}" part="submenu" popover="manual" aria-labelledby="item-${key}">
            ${children.map((child, i) => this.#renderItem(child, [path[0]!, i]))}
          </ul>`
        : nothing}
    </li>`;
  }

  override render() {
    return html`
      <button
        id="trigger"
        part="button"
        class="button icon"
        aria-haspopup="menu"
        aria-expanded=${this.expanded}
        aria-controls="menu"
        aria-label=${this.label}
        @click=${this.#onTriggerClick}
        @keydown=${this.#onTriggerKeydown}
      >
        ${icon('M4 10h0m6 0h0m6 0h0', 20, 3.5)}
      </button>
      <ul
        role="menu"
        id="menu"
        part="menu"
        popover="manual"
        aria-labelledby="trigger"
        @keydown=${this.#onMenuKeydown}
        @click=${this.#onMenuClick}
        @focusout=${this.#onMenuFocusOut}
        @pointerover=${this.#onMenuPointerOver}
      >
        ${this.items.map((item, i) => this.#renderItem(item, [i]))}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suborg-menu-button': SuborgMenuButton;
  }
}
