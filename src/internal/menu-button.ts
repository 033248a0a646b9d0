import { LitElement, css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { tokenStyles } from '../theme/tokens.js';
import { buttonStyles } from './shared-styles.js';
import { MenuSelectEvent } from './menu-button-events.js';
import { itemAt, nextIndexByFirstChar } from './menu-button-item.js';
import type { MenuItem } from './menu-button-item.js';
import { placeMenu, placeSubmenu } from './menu-button-position.js';

export type { MenuItem } from './menu-button-item.js';

type FocusTarget = 'first' | 'last';

/**
 * The WAI-ARIA menu button: a button that opens a menu of actions, with one level of
 * submenus. Enter/Space/ArrowDown open on the first item, ArrowUp on the last; arrows,
 * Home/End and first-letter type-ahead move focus; ArrowRight/Enter open a submenu and
 * ArrowLeft/Escape close it (mirrored in RTL); Escape closes and returns focus to the
 * button; Tab and a click outside close. Disabled items stay focusable but do nothing
 * (APG). The menus are popovers placed by measurement, so no ancestor's overflow clips them.
 *
 * @summary Accessible actions menu button with submenus.
 *
 * @slot button - Replaces the button's content (default: `text`, else a "more" icon).
 *
 * @fires suborg-menu-select - An item was chosen (`detail.value`).
 *
 * @csspart button - The trigger button.
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
      :host {
        --_menu-min-width: var(--suborg-menu-min-width, 12rem);
        --_menu-top: 0px;
        --_menu-left: 0px;
        display: inline-block;
      }
      [role='menu'] {
        position: fixed;
        inset: auto;
        top: var(--_menu-top);
        left: var(--_menu-left);
        margin: 0;
        min-inline-size: min(var(--_menu-min-width), 100vw - 16px);
        max-inline-size: calc(100vw - 16px);
        max-block-size: calc(100dvh - 16px);
        overflow: auto;
        padding: calc(var(--_space) * 0.5);
        list-style: none;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        box-shadow: var(--_shadow);
        font: inherit;
      }
      li {
        display: block;
      }
      [role='menuitem'] {
        display: flex;
        align-items: center;
        gap: var(--_space);
        min-block-size: 2.25rem;
        padding-block: calc(var(--_space) * 0.5);
        padding-inline: var(--_space);
        border-radius: calc(var(--_radius) * 0.75);
        cursor: pointer;
        overflow-wrap: anywhere;
        user-select: none;
      }
      [role='menuitem']:hover,
      [role='menuitem']:focus,
      [role='menuitem'][aria-expanded='true'] {
        background: var(--_surface-sunken);
      }
      [role='menuitem']:focus-visible {
        outline: 2px solid var(--_focus);
        outline-offset: -2px;
      }
      [role='menuitem'].danger {
        color: var(--_danger);
      }
      [role='menuitem'][aria-disabled='true'] {
        color: var(--_text-muted);
        cursor: not-allowed;
        opacity: 0.7;
      }
      .label {
        flex: 1 1 auto;
      }
      .rtl .chevron {
        transform: scaleX(-1);
      }
      @media (forced-colors: active) {
        [role='menu'] {
          border-color: CanvasText;
        }
        [role='menuitem']:focus,
        [role='menuitem'][aria-expanded='true'] {
          background: Highlight;
          color: HighlightText;
          forced-color-adjust: none;
        }
        [role='menuitem'][aria-disabled='true'] {
          color: GrayText;
        }
      }
    `,
  ];

  /** The items; `children` make a submenu. */
  @property({ attribute: false }) items: MenuItem[] = [];
  /** Accessible name of the button, e.g. "Actions for Acme". */
  @property() label = '';
  /** Visible button text; without it the button shows a "more" icon and needs `label`. */
  @property() text = '';
  /** Locale for type-ahead case folding. */
  @property() locale?: string;
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Whether the menu is open. */
  @state() private expanded = false;
  /** Index of the top-level item whose submenu is open, or -1. */
  @state() private openSubmenu = -1;
  @state() private rtl = false;
  @query('#trigger') private trigger!: HTMLButtonElement;
  @query('#menu') private menu!: HTMLElement;

  /** Opens the menu and focuses its first or last item (for a grid's Shift+F10 / ContextMenu key). */
  async openMenu({ focus = 'first' }: { focus?: FocusTarget } = {}): Promise<void> {
    if (this.disabled || this.items.length === 0) return;
    this.rtl = getComputedStyle(this).direction === 'rtl';
    this.closeSubmenu(false);
    this.expanded = true;
    await this.updateComplete;
    if (!this.menu.matches(':popover-open')) this.menu.showPopover();
    this.position();
    this.listen(true);
    this.focusIn(this.menu, focus);
  }

  /** Closes every menu; `returnFocus` puts focus back on the button. */
  closeMenu({ returnFocus = false }: { returnFocus?: boolean } = {}): void {
    if (!this.expanded) return;
    this.closeSubmenu(false);
    if (this.menu.matches(':popover-open')) this.menu.hidePopover();
    this.expanded = false;
    this.listen(false);
    if (returnFocus) this.trigger.focus();
  }

  override focus(options?: FocusOptions): void {
    this.trigger?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listen(false);
    this.expanded = false;
  }

  private listen(on: boolean): void {
    if (on) {
      document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
      window.addEventListener('scroll', this.onViewportChange, true);
      window.addEventListener('resize', this.onViewportChange);
    } else {
      document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
      window.removeEventListener('scroll', this.onViewportChange, true);
      window.removeEventListener('resize', this.onViewportChange);
    }
  }

  private onDocumentPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.closeMenu();
  };

  private onViewportChange = (): void => this.position();

  private position(): void {
    if (!this.expanded) return;
    const view = { width: window.innerWidth, height: window.innerHeight };
    const place = (popup: HTMLElement, at: { top: number; left: number }) => {
      popup.style.setProperty('--_menu-top', `${Math.round(at.top)}px`);
      popup.style.setProperty('--_menu-left', `${Math.round(at.left)}px`);
    };
    place(this.menu, placeMenu(this.trigger.getBoundingClientRect(), this.menu.getBoundingClientRect(), view, this.rtl));
    const submenu = this.submenuElement(this.openSubmenu);
    const parent = this.itemElement([this.openSubmenu]);
    if (submenu && parent) place(submenu, placeSubmenu(parent.getBoundingClientRect(), submenu.getBoundingClientRect(), view, this.rtl));
  }

  private itemElement(path: readonly number[]): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#item-${path.join('-')}`);
  }

  private submenuElement(index: number): HTMLElement | null {
    return index < 0 ? null : this.renderRoot.querySelector<HTMLElement>(`#submenu-${index}`);
  }

  private static itemsOf(menu: Element): HTMLElement[] {
    return Array.from(menu.querySelectorAll<HTMLElement>(':scope > li > [role="menuitem"]'));
  }

  private focusIn(menu: HTMLElement, target: FocusTarget): void {
    const items = SuborgMenuButton.itemsOf(menu);
    (target === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  /** Opens the submenu of top-level item `index`; `focus: null` leaves focus where it is (hover). */
  private async openSubmenuOf(index: number, focus: FocusTarget | null = 'first'): Promise<void> {
    if (!itemAt(this.items, [index])?.children?.length) return;
    if (this.openSubmenu !== index) this.closeSubmenu(false);
    this.openSubmenu = index;
    await this.updateComplete;
    const submenu = this.submenuElement(index)!;
    if (!submenu.matches(':popover-open')) submenu.showPopover();
    this.position();
    if (focus) this.focusIn(submenu, focus);
  }

  private closeSubmenu(returnFocus: boolean): void {
    const index = this.openSubmenu;
    if (index < 0) return;
    const submenu = this.submenuElement(index);
    if (submenu?.matches(':popover-open')) submenu.hidePopover();
    this.openSubmenu = -1;
    if (returnFocus) this.itemElement([index])?.focus();
  }

  private activate(path: number[]): void {
    const item = itemAt(this.items, path);
    if (!item || item.disabled) return;
    if (item.children?.length) {
      void this.openSubmenuOf(path[0]!);
      return;
    }
    // Close first so whatever the handler opens (a dialog) records the button as its opener.
    this.closeMenu({ returnFocus: true });
    this.dispatchEvent(new MenuSelectEvent(item.value));
  }

  private onTriggerClick(): void {
    if (this.expanded) this.closeMenu({ returnFocus: true });
    else void this.openMenu({ focus: 'first' });
  }

  private onTriggerKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu({ focus: event.key === 'ArrowDown' ? 'first' : 'last' });
    }
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    const item = (event.target as Element).closest<HTMLElement>('[role="menuitem"]');
    if (!item) return;
    const path = (item.dataset.path ?? '').split('-').map(Number);
    const inSubmenu = path.length > 1;
    const menu = item.parentElement!.parentElement!;
    const siblings = SuborgMenuButton.itemsOf(menu);
    const index = siblings.indexOf(item);
    const forward = this.rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = this.rtl ? 'ArrowRight' : 'ArrowLeft';
    const focusSibling = (i: number) => siblings[(i + siblings.length) % siblings.length]?.focus();

    switch (event.key) {
      case 'ArrowDown':
        focusSibling(index + 1);
        break;
      case 'ArrowUp':
        focusSibling(index - 1);
        break;
      case 'Home':
      case 'PageUp':
        focusSibling(0);
        break;
      case 'End':
      case 'PageDown':
        focusSibling(-1);
        break;
      case forward:
        if (!inSubmenu && !itemAt(this.items, path)?.disabled) void this.openSubmenuOf(path[0]!);
        break;
      case back:
        if (inSubmenu) this.closeSubmenu(true);
        break;
      case 'Enter':
      case ' ':
        this.activate(path);
        break;
      case 'Escape':
        if (inSubmenu) this.closeSubmenu(true);
        else this.closeMenu({ returnFocus: true });
        // Ours alone: an enclosing dialog must not close too.
        event.stopPropagation();
        break;
      case 'Tab':
        // Focus goes back to the button first, so Tab continues from there.
        this.closeMenu({ returnFocus: true });
        return;
      default: {
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        const labels = siblings.map((el) => el.querySelector('.label')?.textContent ?? '');
        const match = nextIndexByFirstChar(labels, index, event.key, this.locale);
        if (match >= 0) focusSibling(match);
      }
    }
    event.preventDefault();
  }

  private onMenuPointerOver(event: PointerEvent): void {
    // Mouse hover over a top-level item opens its submenu (or closes another), as desktop menus do.
    if (event.pointerType !== 'mouse') return;
    const item = (event.target as Element).closest<HTMLElement>('[role="menuitem"]');
    const path = (item?.dataset.path ?? '').split('-').map(Number);
    if (!item || path.length !== 1 || path[0] === this.openSubmenu) return;
    if (this.openSubmenu >= 0) {
      const focusWasInside = this.submenuElement(this.openSubmenu)?.contains(this.renderRoot.querySelector(':focus')) ?? false;
      this.closeSubmenu(false);
      if (focusWasInside) item.focus();
    }
    if (!itemAt(this.items, path)?.disabled) void this.openSubmenuOf(path[0]!, null);
  }

  private onMenuFocusOut(event: FocusEvent): void {
    // Focus moved elsewhere by other means (a script, assistive tech): the menu goes away.
    const next = event.relatedTarget as Node | null;
    if (next && !this.renderRoot.contains(next) && !this.contains(next)) this.closeMenu();
  }

  private onMenuClick(event: MouseEvent): void {
    const item = (event.target as Element).closest<HTMLElement>('[role="menuitem"]');
    if (!item) return;
    const path = (item.dataset.path ?? '').split('-').map(Number);
    if (path.length === 1 && this.openSubmenu === path[0]) this.closeSubmenu(true);
    else this.activate(path);
  }

  private renderItem(item: MenuItem, path: number[]): TemplateResult {
    const key = path.join('-');
    const hasChildren = path.length === 1 && Boolean(item.children?.length);
    const submenuOpen = hasChildren && this.openSubmenu === path[0];
    return html`
      <li role="none">
        <div
          role="menuitem"
          id="item-${key}"
          part="item"
          tabindex="-1"
          data-path=${key}
          class=${classMap({ danger: Boolean(item.danger) })}
          aria-disabled=${item.disabled ? 'true' : nothing}
          aria-haspopup=${hasChildren ? 'menu' : nothing}
          aria-expanded=${hasChildren ? String(submenuOpen) : nothing}
          aria-controls=${hasChildren ? `submenu-${key}` : nothing}
        >
          <span class="label">${item.label}</span>
          ${hasChildren
            ? html`<svg class="chevron" aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2">
                <path d="M6 3l5 5-5 5" />
              </svg>`
            : nothing}
        </div>
        ${hasChildren
          ? html`<ul role="menu" id="submenu-${key}" part="submenu" popover="manual" aria-labelledby="item-${key}" class=${classMap({ rtl: this.rtl })}>
              ${item.children!.map((child, i) => this.renderItem(child, [...path, i]))}
            </ul>`
          : nothing}
      </li>
    `;
  }

  override render() {
    return html`
      <button
        id="trigger"
        part="button"
        type="button"
        class=${this.text ? 'button secondary' : 'button icon'}
        aria-haspopup="menu"
        aria-expanded=${String(this.expanded)}
        aria-controls="menu"
        aria-label=${this.label || nothing}
        ?disabled=${this.disabled}
        @click=${this.onTriggerClick}
        @keydown=${this.onTriggerKeydown}
      >
        <slot name="button">
          ${this.text ||
          html`<svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="currentColor">
            <circle cx="4" cy="10" r="1.75" />
            <circle cx="10" cy="10" r="1.75" />
            <circle cx="16" cy="10" r="1.75" />
          </svg>`}
        </slot>
      </button>
      <ul
        role="menu"
        id="menu"
        part="menu"
        popover="manual"
        aria-labelledby="trigger"
        class=${classMap({ rtl: this.rtl })}
        @keydown=${this.onMenuKeydown}
        @click=${this.onMenuClick}
        @focusout=${this.onMenuFocusOut}
        @pointerover=${this.onMenuPointerOver}
      >
        ${this.items.map((item, i) => this.renderItem(item, [i]))}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'suborg-menu-button': SuborgMenuButton;
  }
}
