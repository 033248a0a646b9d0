// The only thing components talk to (DESIGN §2, §5). Every method takes one object,
// resolves to domain objects and rejects with an `ApiError` — or, when its `signal`
// is aborted, with the signal's `reason`.
import type {
  AssistSession,
  Checkout,
  CreatedSubOrg,
  CreditAmount,
  Features,
  Invite,
  ListResult,
  Member,
  Money,
  OrgConfig,
  OrgDetail,
  Payment,
  PortalSession,
  Pricing,
  Role,
  SubOrgSort,
  SubOrgSummary,
  Transaction,
  UsageInterval,
  UsageRow,
} from './types.js';

export interface CallOptions {
  signal?: AbortSignal;
}

export interface PageQuery {
  /** 1-based. */
  page: number;
  /** ≤ 100. */
  take: number;
}

export interface OrgRef extends CallOptions {
  /** The parent org (the first id in the path). */
  orgId: string;
}

export interface SubOrgRef extends OrgRef {
  subOrgId: string;
}

export interface ListSubOrgsQuery extends OrgRef, PageQuery {
  search?: string;
  sort?: SubOrgSort;
}

export interface NewAccount {
  firstName: string;
  lastName: string;
  email: string;
  businessName?: string;
  address?: string;
  description?: string;
}

export interface CreateSubOrgInput extends OrgRef {
  name: string;
  features?: Partial<Features>;
  account?: NewAccount;
  /** One key per create intent, reused on retry. */
  idempotencyKey: string;
}

export interface SubOrgPatch {
  name?: string;
  features?: Partial<Features>;
  config?: Partial<OrgConfig>;
  logoUrl?: string | null;
}

export interface BillingPatch {
  autoRecharge?: { enabled?: boolean; rechargeThreshold?: CreditAmount; rechargeAmount?: CreditAmount };
  spendingCap?: { enabled?: boolean; amount?: Money };
  useParentBalance?: boolean;
}

export interface UpdateSubOrgInput extends SubOrgRef {
  patch: SubOrgPatch;
  /** The `updatedAt` the edit started from; a mismatch is 409 `stale`. */
  ifMatch?: string;
}

export interface UpdateBillingInput extends SubOrgRef {
  patch: BillingPatch;
  ifMatch?: string;
}

export interface RoleInput extends SubOrgRef {
  role: Role;
}

export interface AllocateCreditsInput extends SubOrgRef {
  /** Hundredths of a credit; negative takes credits back into the agency pool. */
  amount: CreditAmount;
  reason: string;
  idempotencyKey: string;
}

export interface UsageQuery extends OrgRef, PageQuery {
  interval: UsageInterval;
  /** `YYYY-MM-DD`; default: the last 30 days. */
  fromDate?: string;
  toDate?: string;
  type?: string;
}

export interface TransactionsQuery extends OrgRef, PageQuery {
  fromDate?: string;
  toDate?: string;
  subOrgId?: string;
}

export interface MemberRef extends OrgRef {
  memberId: string;
}

export interface InviteRef extends OrgRef {
  inviteId: string;
}

export type CheckoutItem = { tierId: string } | { credits: CreditAmount };

export type CreateCheckoutInput = OrgRef &
  CheckoutItem & {
    subOrgId?: string;
    successUrl?: string;
    cancelUrl?: string;
    /** One key per purchase intent, reused on retry. */
    idempotencyKey: string;
  };

/** What a successful write touched; elements showing any of these ids refetch. */
export const CHANGE_ENTITIES = ['org', 'sub-org', 'billing', 'credits', 'member', 'invite', 'checkout'] as const;
export type ChangeEntity = (typeof CHANGE_ENTITIES)[number];

export interface AdapterChange {
  entity: ChangeEntity;
  op: 'create' | 'update' | 'delete';
  /** Ids of the touched entities, and of the orgs they belong to (a credit write lists the sub-org and its parent). */
  ids: string[];
}

export class AdapterChangeEvent extends Event {
  readonly change: AdapterChange;
  constructor(change: AdapterChange) {
    super('change');
    this.change = change;
  }
}

export interface SubOrgAdapter extends EventTarget {
  getOrg(input: OrgRef): Promise<OrgDetail>;
  listSubOrgs(input: ListSubOrgsQuery): Promise<ListResult<SubOrgSummary>>;
  createSubOrg(input: CreateSubOrgInput): Promise<CreatedSubOrg>;
  getSubOrg(input: SubOrgRef): Promise<OrgDetail>;
  updateSubOrg(input: UpdateSubOrgInput): Promise<OrgDetail>;
  updateBilling(input: UpdateBillingInput): Promise<OrgDetail>;
  joinSubOrg(input: RoleInput): Promise<SubOrgSummary>;
  assistSubOrg(input: RoleInput): Promise<AssistSession>;
  detachSubOrg(input: SubOrgRef): Promise<OrgDetail>;
  allocateCredits(input: AllocateCreditsInput): Promise<OrgDetail>;
  listUsage(input: UsageQuery): Promise<ListResult<UsageRow>>;
  listTransactions(input: TransactionsQuery): Promise<ListResult<Transaction>>;

  /** `orgId` here is the org whose members these are (a sub-org, addressed by its own route). */
  listMembers(input: OrgRef & Partial<PageQuery>): Promise<ListResult<Member>>;
  updateMember(input: MemberRef & { role: Role }): Promise<Member>;
  removeMember(input: MemberRef): Promise<void>;
  listInvites(input: OrgRef & Partial<PageQuery>): Promise<ListResult<Invite>>;
  createInvite(input: OrgRef & { email: string; role: Role }): Promise<Invite>;
  resendInvite(input: InviteRef): Promise<Invite>;
  deleteInvite(input: InviteRef): Promise<void>;
  listPayments(input: OrgRef & PageQuery): Promise<ListResult<Payment>>;
  createPortalSession(input: OrgRef & { returnUrl: string }): Promise<PortalSession>;

  getPricing(input: OrgRef): Promise<Pricing>;
  createCheckout(input: CreateCheckoutInput): Promise<Checkout>;
  getCheckout(input: OrgRef & { checkoutId: string }): Promise<Checkout>;
}

/** Typed `change` listener helper (EventTarget has no generics). */
export function onAdapterChange(adapter: SubOrgAdapter, listener: (change: AdapterChange) => void, signal?: AbortSignal): void {
  adapter.addEventListener('change', (e) => listener((e as AdapterChangeEvent).change), { signal });
}
