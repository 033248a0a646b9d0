// Typed events of <suborg-live-region>. Bubbles and crosses shadow roots.

/** The person dismissed the visible message. */
export class LiveRegionDismissEvent extends Event {
  static readonly type = 'suborg-live-region-dismiss';
  readonly detail: { text: string };
  constructor(text: string) {
    super(LiveRegionDismissEvent.type, { bubbles: true, composed: true });
    this.detail = { text };
  }
}

declare global {
  interface HTMLElementEventMap {
    'suborg-live-region-dismiss': LiveRegionDismissEvent;
  }
}
