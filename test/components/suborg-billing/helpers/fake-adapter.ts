// A SubOrgAdapter for precise state and race tests: every call waits until the test
// settles it, unless a responder for that method answers at once.
import { AdapterChangeEvent, type AdapterChange, type SubOrgAdapter } from '../../../../src/api/adapter.js';

type Method = {
  [K in keyof SubOrgAdapter]: SubOrgAdapter[K] extends (input: never) => Promise<unknown> ? K : never;
}[keyof SubOrgAdapter];

export interface FakeCall {
  method: Method;
  input: Record<string, unknown> & { signal?: AbortSignal };
  resolve(value: unknown): void;
  reject(error: unknown): void;
  settled: boolean;
  aborted: boolean;
}

export type Responder = (input: FakeCall['input']) => unknown;

const METHODS: Method[] = [
  'getOrg', 'listSubOrgs', 'createSubOrg', 'getSubOrg', 'updateSubOrg', 'updateBilling', 'joinSubOrg', 'assistSubOrg',
  'detachSubOrg', 'allocateCredits', 'listUsage', 'listTransactions', 'listMembers', 'updateMember', 'removeMember',
  'listInvites', 'createInvite', 'resendInvite', 'deleteInvite', 'listPayments', 'createPortalSession', 'getPricing',
  'createCheckout', 'getCheckout',
];

// The methods are installed per name in the constructor; this merge gives them their types.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface FakeAdapter extends SubOrgAdapter {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class FakeAdapter extends EventTarget {
  readonly calls: FakeCall[] = [];
  /** Answer at once: return a value (or a promise) to resolve, throw to reject. */
  readonly responders: Partial<Record<Method, Responder>> = {};
  private waiters: Array<{ method: Method; resolve: (c: FakeCall) => void }> = [];

  constructor() {
    super();
    for (const method of METHODS) {
      (this as unknown as Record<string, unknown>)[method] = (input: FakeCall['input']) => this.record(method, input);
    }
  }

  private record(method: Method, input: FakeCall['input']): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const signal = input.signal;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const call: FakeCall = {
        method,
        input,
        settled: false,
        aborted: false,
        resolve: (v) => {
          if (call.settled) return;
          call.settled = true;
          resolve(v);
        },
        reject: (e) => {
          if (call.settled) return;
          call.settled = true;
          reject(e);
        },
      };
      signal?.addEventListener('abort', () => {
        call.aborted = true;
        call.reject(signal.reason);
      });
      this.calls.push(call);
      const responder = this.responders[method];
      if (responder) {
        try {
          Promise.resolve(responder(input)).then(call.resolve, call.reject);
        } catch (error) {
          call.reject(error);
        }
      }
      const i = this.waiters.findIndex((w) => w.method === method);
      if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve(call);
    });
  }

  /** The oldest unsettled call of `method`, waiting for it if none is pending yet. */
  next(method: Method): Promise<FakeCall> {
    const pending = this.calls.find((c) => c.method === method && !c.settled && !this.taken.has(c));
    if (pending) {
      this.taken.add(pending);
      return Promise.resolve(pending);
    }
    return new Promise((resolve) =>
      this.waiters.push({
        method,
        resolve: (c) => {
          this.taken.add(c);
          resolve(c);
        },
      }),
    );
  }
  private taken = new Set<FakeCall>();

  count(method: Method): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  emitChange(change: AdapterChange): void {
    this.dispatchEvent(new AdapterChangeEvent(change));
  }
}
