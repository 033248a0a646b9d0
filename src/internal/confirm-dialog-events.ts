// Typed events of <suborg-confirm-dialog>. All bubble and cross shadow roots.

/**
 * The user confirmed. Unless a listener cancels it or sets `busy`, the dialog closes. To run
 * an async action: set `busy = true` in the listener, then `close()` on success or set
 * `error` (and `busy = false`) on failure — the dialog stays open with the typed text kept.
 */
export class ConfirmEvent extends Event {
  static readonly type = 'suborg-confirm';
  constructor() {
    super(ConfirmEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** The user dismissed the dialog (Cancel, Escape or the close button). */
export class CancelEvent extends Event {
  static readonly type = 'suborg-cancel';
  constructor() {
    super(CancelEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'suborg-confirm': ConfirmEvent;
    'suborg-cancel': CancelEvent;
  }
}
