// Typed events of <suborg-menu-button>. All bubble and cross shadow roots.

/** A menu item was chosen (never fired for disabled items or items that open a submenu). */
export class MenuSelectEvent extends Event {
  static readonly type = 'suborg-menu-select';
  readonly detail: { value: string };
  constructor(value: string) {
    super(MenuSelectEvent.type, { bubbles: true, composed: true });
    this.detail = { value };
  }
}

declare global {
  interface HTMLElementEventMap {
    'suborg-menu-select': MenuSelectEvent;
  }
}
