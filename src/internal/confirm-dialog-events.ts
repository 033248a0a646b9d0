// Typed events of <suborg-confirm-dialog>. All bubble and cross shadow roots.

/**
 * The user confirmed. Unless a listener cancels it or sets `busy`, the dialog closes. To run
 * an async action: set `busy = true` in the listener, then `close()` on success or set
 * `error` (and `busy = false`) on failure — the dialog stays open with the typed text kept.
 */
export class ConfirmEvent extends Event {
  static readonly eventName = 'suborg-confirm';
  constructor() {
    super(ConfirmEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** The user dismissed the dialog (Cancel, Escape or the close button). */
export class CancelEvent extends Event {
  static readonly eventName = 'suborg-cancel';
  constructor() {
    super(CancelEvent.eventName, { bubbles: true, composed: true });
  }
}

/** This element's events, for the global event maps (they bubble to document and window). */
interface ConfirmDialogEventMap {
  'suborg-confirm': ConfirmEvent;
  'suborg-cancel': CancelEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging into the DOM's maps
  interface HTMLElementEventMap extends ConfirmDialogEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends ConfirmDialogEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends ConfirmDialogEventMap {}
}
