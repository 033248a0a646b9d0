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

const KEY_PREFIX = 'suborg-billing:dismissed';

/** Notices raised by the timestamps, most severe first. */
export function billingNotices(billing: Billing): BillingNotice[] {
  const stamps: Record<BillingNoticeKind, IsoDate | null> = {
    'out-of-balance': billing.lastOutOfBalanceNotificationAt,
    'low-balance': billing.lastLowBalanceNotificationAt,
    'spending-cap': billing.lastSpendingCapNotificationAt,
  };
  const out: BillingNotice[] = [];
  for (const kind of BILLING_NOTICES) {
    const at = stamps[kind];
    if (at) out.push({ kind, at });
  }
  return out;
}

/** One key per sub-org + notice + timestamp: a new timestamp is a new notice, shown again. */
export function dismissalKey(subOrgId: string, notice: BillingNotice): string {
  return `${KEY_PREFIX}:${encodeURIComponent(subOrgId)}:${notice.kind}:${encodeURIComponent(notice.at)}`;
}

export function isDismissed(store: NoticeStore | null, subOrgId: string, notice: BillingNotice): boolean {
  if (!store) return false;
  try {
    return store.getItem(dismissalKey(subOrgId, notice)) === '1';
  } catch {
    return false;
  }
}

/** Records a dismissal; false when the store refused (the notice then stays hidden for this view only). */
export function recordDismissal(store: NoticeStore | null, subOrgId: string, notice: BillingNotice): boolean {
  if (!store) return false;
  try {
    store.setItem(dismissalKey(subOrgId, notice), '1');
    return true;
  } catch {
    return false;
  }
}

/** `localStorage` when the environment lets us touch it, else null (reading the property itself can throw). */
export function defaultNoticeStore(): NoticeStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
