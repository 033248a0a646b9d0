// The backend's mutable world: orgs, ledgers, checkouts, a clock and id sequences.
import type { SubOrgSort } from '../types.js';
import { sortByName } from './name-order.js';
import type { CheckoutRecord, OrgRecord, TransactionRecord } from './records.js';

export const ROOT_ORG_ID = 'org_agency';

export class BackendState {
  readonly orgs = new Map<string, OrgRecord>();
  /** Oldest first. */
  readonly transactions: TransactionRecord[] = [];
  readonly checkouts = new Map<string, CheckoutRecord>();
  /** Bumped by every write; sorted-list caches are keyed by it. */
  version = 0;
  private readonly sequences = new Map<string, number>();
  private sortedCache = new Map<string, OrgRecord[]>();
  private sortedCacheVersion = -1;
  private readonly clock: () => Date;

  constructor(clock: () => Date) {
    this.clock = clock;
  }

  now(): Date {
    return this.clock();
  }

  nowIso(): string {
    return this.clock().toISOString();
  }

  /** `org_0001`-style ids, unique per backend. */
  nextId(prefix: string): string {
    const n = (this.sequences.get(prefix) ?? 0) + 1;
    this.sequences.set(prefix, n);
    return `${prefix}_${String(n).padStart(4, '0')}`;
  }

  addOrg(org: OrgRecord): void {
    this.orgs.set(org.id, org);
    this.version++;
  }

  /** Records a write to `org`: a fresh `updated_at` that is always later than the last one (If-Match relies on it). */
  touch(org: OrgRecord): void {
    const now = this.clock().getTime();
    const previous = Date.parse(org.updatedAt);
    org.updatedAt = new Date(Math.max(now, previous + 1)).toISOString();
    this.version++;
  }

  /** The live children of `parentId` (detached and deleted ones are gone), in creation order. */
  children(parentId: string): OrgRecord[] {
    return this.sorted(parentId, null);
  }

  childCount(parentId: string): number {
    return this.children(parentId).length;
  }

  /** Children sorted by `sort` (ties broken by id), cached until the next write. */
  sorted(parentId: string, sort: SubOrgSort | null): OrgRecord[] {
    if (this.sortedCacheVersion !== this.version) {
      this.sortedCache = new Map();
      this.sortedCacheVersion = this.version;
    }
    const key = `${parentId}\u0000${sort ?? ''}`;
    let list = this.sortedCache.get(key);
    if (!list) {
      list = sort === null ? [...this.orgs.values()].filter((o) => o.parentOrg === parentId && !o.deleted) : [...this.sorted(parentId, null)];
      if (sort === 'name' || sort === '-name') sortByName(list, sort === 'name' ? 1 : -1);
      else if (sort) list.sort(comparator(sort));
      this.sortedCache.set(key, list);
    }
    return list;
  }
}

/** Balance and creation-date order (names: see name-order.ts), ties broken by id. */
function comparator(sort: SubOrgSort): (a: OrgRecord, b: OrgRecord) => number {
  const byId = (a: OrgRecord, b: OrgRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const base: (a: OrgRecord, b: OrgRecord) => number =
    sort === 'balance' || sort === '-balance'
      ? (a, b) => a.balance - b.balance
      : (a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);
  const direction = sort.startsWith('-') ? -1 : 1;
  return (a, b) => direction * (base(a, b) || byId(a, b));
}
