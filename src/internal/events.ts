// The typed DOM events every element shares (DESIGN §8 "Events"): bubbling and composed,
// so a host can listen on any ancestor, including across shadow roots.
import type { ApiError } from '../api/errors.js';
import type { SubOrgSummary } from '../api/types.js';
import type { SuborgAction } from '../domain/actions.js';

// The action list lives in the domain; re-exported here beside the event that carries it.
export { SUBORG_ACTIONS, type SuborgAction } from '../domain/actions.js';

/**
 * Fires a bubbling, composed `CustomEvent` named `type` with `detail` from `host`; returns
 * false when a listener cancelled it (only possible with `cancelable`). The building blocks'
 * events are all made here; their typed shapes are below.
 */
export const emit = (host: EventTarget, type: string, detail?: unknown, cancelable?: boolean): boolean =>
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));

/** Fired for every failed adapter call an element makes, for host logging. Never for aborts. */
export class SuborgErrorEvent extends CustomEvent<{ error: ApiError }> {
  static readonly eventName = 'suborg-error';
  constructor(error: ApiError) {
    super(SuborgErrorEvent.eventName, { detail: { error }, bubbles: true, composed: true });
  }
}

/**
 * A quick action was chosen. Cancelable: `preventDefault()` means "the host handles it"
 * and the element does nothing further.
 */
export class SuborgActionEvent extends CustomEvent<{ action: SuborgAction; subOrg: SubOrgSummary }> {
  static readonly eventName = 'suborg-action';
  constructor(action: SuborgAction, subOrg: SubOrgSummary) {
    super(SuborgActionEvent.eventName, { detail: { action, subOrg }, bubbles: true, composed: true, cancelable: true });
  }
}

/** Dispatches `event` from `host`; returns false when a listener cancelled it. */
export function fire(host: EventTarget, event: Event): boolean {
  return host.dispatchEvent(event);
}

// The building blocks' events (made by `emit`).

/** `<suborg-menu-select>`: an item was chosen (never for disabled items or items that open a submenu). */
export type MenuSelectEvent = CustomEvent<{ value: string }>;

/** How the user asked a dialog to close. */
export type DialogCloseReason = 'escape' | 'close-button';
/** `<suborg-dialog>` asks before the user closes it (Escape, the close button); cancel it to keep it open. */
export type DialogRequestCloseEvent = CustomEvent<{ reason: DialogCloseReason }>;
/** `<suborg-dialog>` has closed and focus went back to its opener. */
export type DialogCloseEvent = CustomEvent<undefined>;

/** `<suborg-toggle>`: the user flipped the switch (`checked` is the new state); cancel it to put the switch back. */
export type ToggleChangeEvent = CustomEvent<{ checked: boolean }>;

export interface AmountChangeDetail {
  /** Smallest units (credit hundredths or currency minor units), or null when empty or invalid. */
  value: number | null;
  /** Exactly what the person typed. */
  raw: string;
  valid: boolean;
}
/** `<suborg-amount-input>`: the text in the field changed (every keystroke). */
export type AmountChangeEvent = CustomEvent<AmountChangeDetail>;

/** Every event above, for the global event maps (they bubble to document and window). */
interface SuborgSharedEventMap {
  'suborg-error': SuborgErrorEvent;
  'suborg-action': SuborgActionEvent;
  'suborg-menu-select': MenuSelectEvent;
  'suborg-dialog-request-close': DialogRequestCloseEvent;
  'suborg-dialog-close': DialogCloseEvent;
  /** `<suborg-confirm-dialog>`: the user confirmed (cancelable; see the element). */
  'suborg-confirm': CustomEvent<undefined>;
  /** `<suborg-confirm-dialog>`: the user dismissed the dialog (Cancel, Escape or the close button). */
  'suborg-cancel': CustomEvent<undefined>;
  'suborg-toggle-change': ToggleChangeEvent;
  'suborg-amount-change': AmountChangeEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging into the DOM's maps
  interface HTMLElementEventMap extends SuborgSharedEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends SuborgSharedEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends SuborgSharedEventMap {}
}
