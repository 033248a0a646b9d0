// What the list's parts (create / invite / detach flows) need from the element, so each
// part is a plain class that can be read on its own.
import type { ReactiveControllerHost } from 'lit';
import type { SubOrgAdapter } from '../../api/adapter.js';
import type { ApiError } from '../../api/errors.js';
import type { CommonStrings } from '../../i18n/en/common.js';
import type { ListStrings } from '../../i18n/en/suborg-list.js';
import type { MessageParams } from '../../i18n/types.js';

export type ListMessageKey = keyof ListStrings['en'] & string;
export type ListMsg = (key: ListMessageKey, params?: MessageParams) => string;

export type CommonKey = keyof CommonStrings['en'] & string;

export interface ListHost extends ReactiveControllerHost, EventTarget {
  readonly msg: ListMsg;
  /** The shared messages (Cancel, Close, …) in the element's locale. */
  readonly commonMsg: (key: CommonKey, params?: MessageParams) => string;
  /** The adapter and parent org in effect (property beats context). */
  readonly target: { adapter: SubOrgAdapter; orgId: string } | undefined;
  readonly resolvedLocale: string;
  /** Why a call failed, in words (by error kind). */
  reason(error: ApiError): string;
  /** Live-region message (polite; `assertive` for failures). */
  announce(text: string, assertive?: boolean): void;
  /** `suborg-error` for host logging. */
  reportError(error: unknown): void;
  /** Focuses the first field marked invalid in the form `formId`, once rendered. */
  focusFirstInvalid(formId: string): void;
}
