// The typed DOM events every element shares (DESIGN §8 "Events"): bubbling and composed,
// so a host can listen on any ancestor, including across shadow roots.
import type { ApiError } from '../api/errors.js';
import type { SubOrgSummary } from '../api/types.js';
import type { SuborgAction } from '../domain/actions.js';

// The action list lives in the domain; re-exported here beside the event that carries it.
export { SUBORG_ACTIONS, type SuborgAction } from '../domain/actions.js';

/** Fired for every failed adapter call an element makes, for host logging. Never for aborts. */
export class SuborgErrorEvent extends Event {
  static readonly eventName = 'suborg-error';
  readonly detail: { error: ApiError };
  constructor(error: ApiError) {
    super(SuborgErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = { error };
  }
}

/**
 * A quick action was chosen. Cancelable: `preventDefault()` means "the host handles it"
 * and the element does nothing further.
 */
export class SuborgActionEvent extends Event {
  static readonly eventName = 'suborg-action';
  readonly detail: { action: SuborgAction; subOrg: SubOrgSummary };
  constructor(action: SuborgAction, subOrg: SubOrgSummary) {
    super(SuborgActionEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = { action, subOrg };
  }
}

/** Dispatches `event` from `host`; returns false when a listener cancelled it. */
export function fire(host: EventTarget, event: Event): boolean {
  return host.dispatchEvent(event);
}

/** The shared events, for the global event maps (they bubble to document and window). */
interface SuborgSharedEventMap {
  'suborg-error': SuborgErrorEvent;
  'suborg-action': SuborgActionEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging into the DOM's maps
  interface HTMLElementEventMap extends SuborgSharedEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends SuborgSharedEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends SuborgSharedEventMap {}
}
