// A fake SubOrgAdapter for precise state and race tests: every call is logged, list pages
// are answered from `rows` (searched and sorted like the server), and any call can be held
// back (`hold`) to be answered or failed later, in any order.
import type { SubOrgAdapter, ListSubOrgsQuery } from '../../../../src/api/adapter.js';
import { AdapterChangeEvent } from '../../../../src/api/adapter.js';
import type { CreatedSubOrg, ListResult, OrgDetail, SubOrgSummary } from '../../../../src/api/types.js';
import { queryLocal, type ListEntry } from '../../../../src/domain/list-local-query.js';
import { parentOrg } from '../../../helpers/org-fixtures.js';

type Method = keyof SubOrgAdapter & string;

export interface Held {
  method: Method;
  input: Record<string, unknown>;
  resolve(value?: unknown): void;
  reject(error: unknown): void;
  /** The call's signal was aborted. */
  readonly aborted: boolean;
}

export class FakeAdapter extends EventTarget {
  parent: OrgDetail = parentOrg();
  rows: ListEntry[] = [];
  log: Array<{ method: Method; input: Record<string, unknown>; at: number }> = [];
  held: Held[] = [];
  /** Methods whose calls wait for the test. */
  holding = new Set<Method>();
  /** Per-method answers (may throw / reject). */
  handlers: Partial<Record<Method, (input: Record<string, unknown>) => unknown>> = {};
  /** Behave like an adapter that cannot cancel: an aborted call still answers later. */
  ignoreAbort = false;

  calls(method: Method) {
    return this.log.filter((c) => c.method === method);
  }

  hold(...methods: Method[]): this {
    for (const m of methods) this.holding.add(m);
    return this;
  }

  release(...methods: Method[]): void {
    for (const m of methods) this.holding.delete(m);
  }

  /** Held calls of `method`, oldest first. */
  pending(method: Method): Held[] {
    return this.held.filter((h) => h.method === method);
  }

  emitChange(ids: string[], op: 'create' | 'update' | 'delete' = 'update'): void {
    this.dispatchEvent(new AdapterChangeEvent({ entity: 'sub-org', op, ids }));
  }

  /** Like a real adapter (DESIGN §5): a write that succeeded announces the ids it touched. */
  announce<T>(write: Promise<T>, op: 'create' | 'delete', ids: (value: T) => string[]): Promise<T> {
    return write.then((value) => {
      this.emitChange(ids(value), op);
      return value;
    });
  }

  answerList(input: ListSubOrgsQuery): ListResult<SubOrgSummary> {
    const rows = queryLocal(this.rows, input.search ?? '', input.sort ?? 'name', 'en');
    const start = (input.page - 1) * input.take;
    return { items: rows.slice(start, start + input.take), total: rows.length, page: input.page, take: input.take };
  }

  private call<T>(method: Method, input: Record<string, unknown>, answer: () => T): Promise<T> {
    this.log.push({ method, input, at: performance.now() });
    const signal = input.signal as AbortSignal | undefined;
    if (signal?.aborted && !this.ignoreAbort) return Promise.reject(signal.reason);
    return new Promise<T>((resolve, reject) => {
      let aborted = false;
      signal?.addEventListener('abort', () => {
        aborted = true;
        if (!this.ignoreAbort) reject(signal.reason);
      });
      const run = () => {
        try {
          const handler = this.handlers[method];
          Promise.resolve(handler ? (handler(input) as T) : answer()).then(resolve, reject);
        } catch (e) {
          reject(e);
        }
      };
      if (this.holding.has(method)) {
        this.held.push({
          method,
          input,
          resolve: (value) => {
            this.held = this.held.filter((h) => h.input !== input);
            if (value === undefined) run();
            else resolve(value as T);
          },
          reject: (error) => {
            this.held = this.held.filter((h) => h.input !== input);
            reject(error);
          },
          get aborted() {
            return aborted;
          },
        });
      } else {
        queueMicrotask(run);
      }
    });
  }
}

const unsupported = (name: string) => () => Promise.reject(new Error(`FakeAdapter: ${name} is not used by the list`));

export function fakeAdapter(rows: ListEntry[] = [], parent?: Partial<OrgDetail>): FakeAdapter & SubOrgAdapter {
  const f = new FakeAdapter();
  f.rows = rows;
  if (parent) f.parent = { ...f.parent, ...parent };
  const a = f as FakeAdapter & SubOrgAdapter;
  const api: Partial<SubOrgAdapter> = {
    getOrg: (input) => f['call']('getOrg', { ...input }, () => structuredClone(f.parent)),
    listSubOrgs: (input) => f['call']('listSubOrgs', { ...input }, () => f.answerList(input)),
    createSubOrg: (input) =>
      f.announce(
        f['call']<CreatedSubOrg>('createSubOrg', { ...input }, () => {
          throw new Error('createSubOrg: set a handler');
        }),
        'create',
        (created) => [created.id, input.orgId],
      ),
    joinSubOrg: (input) =>
      f['call']('joinSubOrg', { ...input }, () => {
        const row = f.rows.find((r) => r.id === input.subOrgId) as SubOrgSummary;
        return structuredClone(row);
      }),
    detachSubOrg: (input) =>
      f.announce(
        f['call']('detachSubOrg', { ...input }, () => {
          f.rows = f.rows.filter((r) => r.id !== input.subOrgId);
          return { ...structuredClone(f.parent), id: input.subOrgId, parentOrg: null };
        }),
        'delete',
        () => [input.subOrgId, input.orgId],
      ),
    createInvite: (input) =>
      f['call']('createInvite', { ...input }, () => ({ id: 'inv_1', email: input.email, role: input.role, status: 'PENDING', createdAt: '2024-01-01T00:00:00Z', expiresAt: '2024-01-08T00:00:00Z' })),
  };
  for (const name of [
    'getSubOrg',
    'updateSubOrg',
    'updateBilling',
    'assistSubOrg',
    'allocateCredits',
    'listUsage',
    'listTransactions',
    'listMembers',
    'updateMember',
    'removeMember',
    'listInvites',
    'resendInvite',
    'deleteInvite',
    'listPayments',
    'createPortalSession',
    'getPricing',
    'createCheckout',
    'getCheckout',
  ] as const) {
    (api as Record<string, unknown>)[name] = unsupported(name);
  }
  return Object.assign(a, api);
}
