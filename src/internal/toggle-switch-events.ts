// Typed events of <suborg-toggle>. Bubbles and crosses shadow roots.

/** The user flipped the switch; cancel it to put the switch back (e.g. the host refuses). */
export class ToggleChangeEvent extends Event {
  static readonly eventName = 'suborg-toggle-change';
  readonly detail: { checked: boolean };
  constructor(checked: boolean) {
    super(ToggleChangeEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = { checked };
  }
}

/** This element's events, for the global event maps (they bubble to document and window). */
interface ToggleEventMap {
  'suborg-toggle-change': ToggleChangeEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging into the DOM's maps
  interface HTMLElementEventMap extends ToggleEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends ToggleEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends ToggleEventMap {}
}
