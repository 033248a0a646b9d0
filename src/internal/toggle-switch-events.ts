// Typed events of <suborg-toggle>. Bubbles and crosses shadow roots.

/** The user flipped the switch; cancel it to put the switch back (e.g. the host refuses). */
export class ToggleChangeEvent extends Event {
  static readonly type = 'suborg-toggle-change';
  readonly detail: { checked: boolean };
  constructor(checked: boolean) {
    super(ToggleChangeEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = { checked };
  }
}

declare global {
  interface HTMLElementEventMap {
    'suborg-toggle-change': ToggleChangeEvent;
  }
}
