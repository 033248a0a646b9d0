// Billing notices (no DOM): which notices the notification timestamps raise, and dismissals that
// last until that notice's timestamp changes, kept in a guarded key-value store (localStorage).
import type { Billing, IsoDate } from '../api/types.js';

export const BILLING_NOTICES = ['out-of-balance', 'low-balance', 'spending-cap'] as const;
export type BillingNoticeKind = (typeof BILLING_NOTICES)[number];

export interface BillingNotice {
  kind: BillingNoticeKind;
  at: IsoDate;
}

/** The subset of `Storage` we use; any call may throw (privacy modes, quotas, sandboxed frames). */
export interface NoticeStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The timestamp field of each notice, in `BILLING_NOTICES` order (most severe first). */
const STAMPS = ['lastOutOfBalanceNotificationAt', 'lastLowBalanceNotificationAt', 'lastSpendingCapNotificationAt'] as const;

/** Notices raised by the timestamps, most severe first. */
export function billingNotices(billing: Billing): BillingNotice[] {
  return BILLING_NOTICES.flatMap((kind, i) => {
    const at = billing[STAMPS[i]!];
    return at ? [{ kind, at }] : [];
  });
}

/** One key per sub-org + notice + timestamp: a new timestamp is a new notice, shown again. */
export function dismissalKey(subOrgId: string, notice: BillingNotice): string {
  return `suborg-billing:dismissed:${encodeURIComponent(subOrgId)}:${notice.kind}:${encodeURIComponent(notice.at)}`;
}

/** Runs a storage call; a throwing store counts as none. */
function guarded<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

export function isDismissed(store: NoticeStore | null, subOrgId: string, notice: BillingNotice): boolean {
  return guarded(() => store?.getItem(dismissalKey(subOrgId, notice)) === '1', false);
}

/** Records a dismissal; false when the store refused (the notice then stays hidden for this view only). */
export function recordDismissal(store: NoticeStore | null, subOrgId: string, notice: BillingNotice): boolean {
  return guarded(() => (store!.setItem(dismissalKey(subOrgId, notice), '1'), true), false);
}

/** `localStorage` when the environment lets us touch it, else null (reading the property itself can throw). */
export function defaultNoticeStore(): NoticeStore | null {
  return guarded(() => (typeof localStorage > 'u' ? null : localStorage), null);
}
