// What every contract group shares: a fresh adapter per test, the `change` events it
// fired, and small helpers that find suitable data without knowing the seed.
import { onAdapterChange } from '../api/adapter.js';
import type { AdapterChange, ChangeEntity, SubOrgAdapter } from '../api/adapter.js';
import { isInvalid } from '../api/types.js';
import type { ListResult, SubOrgSummary } from '../api/types.js';
import { newIdempotencyKey } from '../domain/idempotency.js';
import { ContractFailure, ok } from './assert.js';

/** A fault the backend is told to inject (the reference API's control route takes exactly this). */
export interface ContractFault {
  kind: 'latency' | 'status-500' | 'status-429' | 'malformed-json' | 'hang' | 'reset';
  /** Only requests with this method and whose path contains this text. */
  match?: { method?: string; path?: string };
  /** How many requests it affects (default 1). */
  times?: number;
  ms?: number;
  /** status-429: the `Retry-After` value. */
  retryAfter?: string;
}

export interface AdapterContractOptions {
  /** Puts the backend back to its seed (and clears faults) before every test. */
  reset: () => Promise<void>;
  /** Injects a fault into the next matching requests. Without it the fault cases are not registered. */
  fault?: (fault: ContractFault) => Promise<void>;
  /** The parent org the caller administers. Default `org_agency` (the reference seed). */
  orgId?: string;
  /** The adapter's own timeout, when it is short enough to test (a hang must then end as `timeout`). */
  timeoutMs?: number;
  /** An adapter whose caller has no valid credentials: when given, its calls must fail as `auth`. */
  anonymous?: MakeAdapter;
  /** An adapter whose caller may read sub-orgs but not manage them (a DEVELOPER): when given, its writes must fail as `forbidden`. */
  restricted?: MakeAdapter;
}

export type MakeAdapter = () => SubOrgAdapter | Promise<SubOrgAdapter>;

export class ContractContext {
  readonly orgId: string;
  readonly options: AdapterContractOptions;
  readonly changes: AdapterChange[] = [];
  #adapter: SubOrgAdapter | null = null;
  #listening: AbortController | null = null;
  #names = 0;

  constructor(readonly make: MakeAdapter, options: AdapterContractOptions) {
    this.options = options;
    this.orgId = options.orgId ?? 'org_agency';
  }

  get adapter(): SubOrgAdapter {
    if (!this.#adapter) throw new ContractFailure('no adapter: the contract beforeEach did not run');
    return this.#adapter;
  }

  async setUp(): Promise<void> {
    this.tearDown();
    await this.options.reset();
    this.#adapter = await this.make();
    this.changes.length = 0;
    this.#listening = new AbortController();
    onAdapterChange(this.#adapter, (change) => this.changes.push(change), this.#listening.signal);
  }

  tearDown(): void {
    this.#listening?.abort();
    this.#listening = null;
  }

  key(): string {
    return newIdempotencyKey();
  }

  /** A name no seed has, so creates never collide across tests or runs. */
  uniqueName(prefix = 'Contract'): string {
    return `${prefix} ${Date.now().toString(36)}-${++this.#names}-${Math.random().toString(36).slice(2, 7)}`;
  }

  /** Every sub-org of the parent (all pages, valid rows only). */
  async allSubOrgs(): Promise<SubOrgSummary[]> {
    const rows: SubOrgSummary[] = [];
    for (let page = 1; ; page++) {
      const result: ListResult<SubOrgSummary> = await this.adapter.listSubOrgs({ orgId: this.orgId, page, take: 100 });
      for (const item of result.items) if (!isInvalid(item)) rows.push(item);
      if (result.items.length < 100 || page * 100 >= result.total) return rows;
    }
  }

  /** The first sub-org that satisfies `where` (throws when the backend has none to offer). */
  async findSubOrg(where: (row: SubOrgSummary) => boolean = () => true, what = 'a sub-org'): Promise<SubOrgSummary> {
    const row = (await this.allSubOrgs()).find(where);
    if (!row) throw new ContractFailure(`the backend's data has no ${what}; the contract needs one`);
    return row;
  }

  /** A fresh sub-org made for this test. */
  async createSubOrg(name = this.uniqueName()): Promise<SubOrgSummary> {
    return this.adapter.createSubOrg({ orgId: this.orgId, name, idempotencyKey: this.key() });
  }

  /** Asserts a `change` with this entity and op was fired and named every id in `ids`. */
  expectChange(entity: ChangeEntity, op: AdapterChange['op'], ids: string[]): void {
    const found = this.changes.find((c) => c.entity === entity && c.op === op && ids.every((id) => c.ids.includes(id)));
    ok(found, `expected a change event ${entity}/${op} naming ${ids.join(', ')}; got ${JSON.stringify(this.changes)}`);
  }

  /** Forgets the events so far (those of a test's own setup). */
  forgetChanges(): void {
    this.changes.length = 0;
  }

  expectNoChange(what: string): void {
    ok(this.changes.length === 0, `${what}: expected no change event, got ${JSON.stringify(this.changes)}`);
  }
}
