// Typed events of <suborg-dialog>. All bubble and cross shadow roots.

export type DialogCloseReason = 'escape' | 'close-button';

/** Asked before the user closes the dialog (Escape, the close button); cancel it to keep it open. */
export class DialogRequestCloseEvent extends Event {
  static readonly eventName = 'suborg-dialog-request-close';
  readonly detail: { reason: DialogCloseReason };
  constructor(reason: DialogCloseReason) {
    super(DialogRequestCloseEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = { reason };
  }
}

/** The dialog has opened and moved focus inside. */
export class DialogOpenEvent extends Event {
  static readonly eventName = 'suborg-dialog-open';
  constructor() {
    super(DialogOpenEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The dialog has closed and focus went back to its opener; `returnValue` says how. */
export class DialogCloseEvent extends Event {
  static readonly eventName = 'suborg-dialog-close';
  readonly detail: { returnValue: string };
  constructor(returnValue: string) {
    super(DialogCloseEvent.eventName, { bubbles: true, composed: true });
    this.detail = { returnValue };
  }
}

/** This element's events, for the global event maps (they bubble to document and window). */
interface DialogEventMap {
  'suborg-dialog-request-close': DialogRequestCloseEvent;
  'suborg-dialog-open': DialogOpenEvent;
  'suborg-dialog-close': DialogCloseEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging into the DOM's maps
  interface HTMLElementEventMap extends DialogEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends DialogEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends DialogEventMap {}
}
