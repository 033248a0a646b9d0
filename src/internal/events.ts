// The typed DOM events every element shares (DESIGN §8 "Events"): bubbling and composed,
// so a host can listen on any ancestor, including across shadow roots.
import type { ApiError } from '../api/errors.js';
import type { Role, SubOrgSummary } from '../api/types.js';
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

/**
 * The class of the element event `name` (also its static `eventName`): a `CustomEvent` whose
 * typed `detail` is built from the constructor's arguments, bubbling and composed, and
 * cancelable when the host may take over. Every element's own events are made here.
 */
export function suborgEvent<const N extends string, A extends unknown[], D>(
  name: N,
  detail: (...args: A) => D,
  cancelable = false,
): { new (...args: A): CustomEvent<D>; readonly eventName: N } {
  return class extends CustomEvent<D> {
    static readonly eventName = name;
    constructor(...args: A) {
      super(name, { detail: detail(...args), bubbles: true, composed: true, cancelable });
    }
  };
}

/** Fired for every failed adapter call an element makes, for host logging. Never for aborts. */
export class SuborgErrorEvent extends suborgEvent('suborg-error', (error: ApiError) => ({ error })) {}

/**
 * A quick action was chosen (`detail.role`: the role picked, for `join-as`). Cancelable:
 * `preventDefault()` means "the host handles it" and the element does nothing further.
 */
export class SuborgActionEvent extends suborgEvent('suborg-action', (action: SuborgAction, subOrg: SubOrgSummary, role?: Role) => ({ action, subOrg, role }), true) {}

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
