// Fault injection, shared by the Node handler (real HTTP) and memoryFetch (in the page):
// a list of faults, each matching some requests and firing a number of times.

export const FAULT_KINDS = ['latency', 'status-500', 'status-429', 'malformed-json', 'hang', 'reset'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  kind: FaultKind;
  /** Only requests with this method and whose path contains this substring. */
  match?: { method?: string; path?: string };
  /** How many requests it affects; default 1, `Infinity` for all (JSON: null or "Infinity"). */
  times?: number;
  /** latency: the delay; hang: give up after this long (default: never, until the client leaves). */
  ms?: number;
  /** status-429: the Retry-After value, seconds or an HTTP date (default "1"). */
  retryAfter?: string;
}

/** What applies to one request: delays to wait, then at most one failure. */
export interface FaultPlan {
  latencyMs: number;
  failure: Fault | null;
}

interface Armed {
  fault: Fault;
  left: number;
}

export class FaultQueue {
  private armed: Armed[] = [];

  constructor(faults: readonly Fault[] = []) {
    this.replace(faults);
  }

  /** Replaces every fault (the control route's POST). Throws on an invalid fault. */
  replace(faults: readonly Fault[]): void {
    this.armed = faults.map((fault) => ({ fault: checkFault(fault), left: timesOf(fault) }));
  }

  add(fault: Fault): void {
    this.armed.push({ fault: checkFault(fault), left: timesOf(fault) });
  }

  clear(): void {
    this.armed = [];
  }

  get size(): number {
    return this.armed.length;
  }

  /** Consumes the faults that match: every matching latency adds up, the first other one fails the request. */
  take(method: string, path: string): FaultPlan {
    const plan: FaultPlan = { latencyMs: 0, failure: null };
    for (const entry of this.armed) {
      if (entry.left <= 0 || !matches(entry.fault, method, path)) continue;
      if (entry.fault.kind === 'latency') {
        plan.latencyMs += entry.fault.ms ?? 0;
        entry.left--;
      } else if (!plan.failure) {
        plan.failure = entry.fault;
        entry.left--;
      }
    }
    this.armed = this.armed.filter((e) => e.left > 0);
    return plan;
  }
}

function timesOf(fault: Fault): number {
  const times = fault.times as unknown;
  if (times === undefined) return 1;
  if (times === null || times === 'Infinity' || times === Infinity) return Infinity;
  return times as number;
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.match?.method && fault.match.method.toUpperCase() !== method.toUpperCase()) return false;
  if (fault.match?.path && !path.includes(fault.match.path)) return false;
  return true;
}

/** Validates a fault that came in as JSON. */
export function checkFault(value: unknown): Fault {
  const fault = value as Fault;
  if (typeof value !== 'object' || value === null || !(FAULT_KINDS as readonly string[]).includes(fault.kind)) {
    throw new TypeError(`A fault needs a kind: one of ${FAULT_KINDS.join(', ')}.`);
  }
  const times = timesOf(fault);
  if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) throw new TypeError('times: a whole number from 1, or Infinity.');
  if (fault.ms !== undefined && !(typeof fault.ms === 'number' && fault.ms >= 0)) throw new TypeError('ms: milliseconds.');
  if (fault.retryAfter !== undefined && typeof fault.retryAfter !== 'string') throw new TypeError('retryAfter: a string.');
  return fault;
}

/** The body a `malformed-json` fault sends with a 200 and a JSON content type. */
export const MALFORMED_BODY = '{"id": "org_agency", "name": ';

export function faultErrorBody(kind: 'status-500' | 'status-429'): { error: { code: string; message: string } } {
  return kind === 'status-500'
    ? { error: { code: 'internal', message: 'Injected fault: internal server error.' } }
    : { error: { code: 'rate_limited', message: 'Injected fault: too many requests.' } };
}
