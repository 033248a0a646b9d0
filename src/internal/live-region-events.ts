// Typed events of <suborg-live-region>. Bubbles and crosses shadow roots.

/** The person dismissed the visible message. */
export class LiveRegionDismissEvent extends Event {
  static readonly eventName = 'suborg-live-region-dismiss';
  readonly detail: { text: string };
  constructor(text: string) {
    super(LiveRegionDismissEvent.eventName, { bubbles: true, composed: true });
    this.detail = { text };
  }
}

/** This element's events, for the global event maps (they bubble to document and window). */
interface LiveRegionEventMap {
  'suborg-live-region-dismiss': LiveRegionDismissEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging into the DOM's maps
  interface HTMLElementEventMap extends LiveRegionEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends LiveRegionEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends LiveRegionEventMap {}
}
