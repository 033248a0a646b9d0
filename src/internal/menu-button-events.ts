// Typed events of <suborg-menu-button>. All bubble and cross shadow roots.

/** A menu item was chosen (never fired for disabled items or items that open a submenu). */
export class MenuSelectEvent extends Event {
  static readonly eventName = 'suborg-menu-select';
  readonly detail: { value: string };
  constructor(value: string) {
    super(MenuSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = { value };
  }
}

/** This element's events, for the global event maps (they bubble to document and window). */
interface MenuButtonEventMap {
  'suborg-menu-select': MenuSelectEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging into the DOM's maps
  interface HTMLElementEventMap extends MenuButtonEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends MenuButtonEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends MenuButtonEventMap {}
}
