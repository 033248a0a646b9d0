// Typed events of <suborg-dialog>. All bubble and cross shadow roots.

export type DialogCloseReason = 'escape' | 'close-button';

/** Asked before the user closes the dialog (Escape, the close button); cancel it to keep it open. */
export class DialogRequestCloseEvent extends Event {
  static readonly type = 'suborg-dialog-request-close';
  readonly detail: { reason: DialogCloseReason };
  constructor(reason: DialogCloseReason) {
    super(DialogRequestCloseEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = { reason };
  }
}

/** The dialog has opened and moved focus inside. */
export class DialogOpenEvent extends Event {
  static readonly type = 'suborg-dialog-open';
  constructor() {
    super(DialogOpenEvent.type, { bubbles: true, composed: true });
  }
}

/** The dialog has closed and focus went back to its opener; `returnValue` says how. */
export class DialogCloseEvent extends Event {
  static readonly type = 'suborg-dialog-close';
  readonly detail: { returnValue: string };
  constructor(returnValue: string) {
    super(DialogCloseEvent.type, { bubbles: true, composed: true });
    this.detail = { returnValue };
  }
}

declare global {
  interface HTMLElementEventMap {
    'suborg-dialog-request-close': DialogRequestCloseEvent;
    'suborg-dialog-open': DialogOpenEvent;
    'suborg-dialog-close': DialogCloseEvent;
  }
}
