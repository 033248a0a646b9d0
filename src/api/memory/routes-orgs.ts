// The agency's sub-org list and each sub-org: read, create, edit, join, assist, detach.
import { SUB_ORG_SORTS } from '../types.js';
import type { SubOrgSort } from '../types.js';
import { checkIfMatch, memberRole, resolveChild, resolveOrg } from './access.js';
import { generatePassword } from './password.js';
import { manageableRoles, requireRole } from './permissions.js';
import { badRequest, conflict, FieldErrors, forbidden, json } from './protocol.js';
import { defaultBilling, defaultConfig, emptyFeatures } from './records.js';
import type { MemberRecord, OrgRecord } from './records.js';
import type { Route, RouteContext } from './router.js';
import { orgToDetail, orgToSummary } from './serialize.js';
import { applyConfigPatch } from './config-patch.js';
import {
  bodyObject,
  checkEmail,
  checkFeatures,
  checkName,
  checkOptionalString,
  checkRole,
  isObject,
  nameKey,
  paginate,
  readPage,
  requireKnownKeys,
} from './validate.js';
import type { BackendState } from './state.js';

/** Credits a new sub-account starts with (hundredths). */
export const NEW_ACCOUNT_CREDITS = 100_00;

export function detail(ctx: RouteContext, org: OrgRecord) {
  return orgToDetail(org, memberRole(org, ctx.caller), ctx.state.childCount(org.id));
}

function assertUniqueName(state: BackendState, parentId: string, name: string, selfId?: string): void {
  const key = nameKey(name);
  if (state.children(parentId).some((o) => o.id !== selfId && nameKey(o.name) === key)) {
    throw conflict('duplicate_name', 'Another sub-organization already has this name.', { name: 'This name is taken.' });
  }
}

function getOrg(ctx: RouteContext) {
  const { org, actingRole, isSub } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'readOrg', isSub);
  return json(200, detail(ctx, org));
}

function listSubOrgs(ctx: RouteContext) {
  const { org, actingRole, isSub } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'readSubOrgs', isSub);
  const { query } = ctx.req;
  const page = readPage(query);
  const sortRaw = query.get('sort') || 'name';
  if (!(SUB_ORG_SORTS as readonly string[]).includes(sortRaw)) throw badRequest('Unknown sort.', { sort: `One of ${SUB_ORG_SORTS.join(', ')}.` });
  const search = (query.get('search') ?? '').trim().toLocaleLowerCase('en');
  let rows = ctx.state.sorted(org.id, sortRaw as SubOrgSort);
  if (search) rows = rows.filter((o) => o.nameKey.includes(search));
  const { slice, headers } = paginate(rows, page);
  return json(200, slice.map(orgToSummary), headers);
}

function createSubOrg(ctx: RouteContext) {
  const { org: parent, actingRole, isSub } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'manageSubOrgs', isSub);
  const body = bodyObject(ctx.req.body);
  requireKnownKeys(body, ['name', 'features', 'account']);
  const fields = new FieldErrors();
  const name = checkName(body.name, fields);
  const features = checkFeatures(body.features, parent.features, fields);
  const account = readAccount(body.account, fields);
  fields.throwIfAny();
  if (parent.subOrgLimit !== null && ctx.state.childCount(parent.id) >= parent.subOrgLimit) {
    throw conflict('sub_org_limit', `Your plan allows ${parent.subOrgLimit} sub-organizations.`);
  }
  assertUniqueName(ctx.state, parent.id, name as string);

  const now = ctx.state.nowIso();
  const id = ctx.state.nextId('org');
  const members: MemberRecord[] = account
    ? [
        {
          id: ctx.state.nextId('mem'),
          name: `${account.first_name} ${account.last_name}`.trim(),
          email: account.email,
          avatar: null,
          role: 'ADMIN',
          status: 'ACTIVE',
          user_id: ctx.state.nextId('usr'),
          created_at: now,
          updated_at: now,
          seen_at: null,
        },
      ]
    : [];
  const config = defaultConfig();
  if (account) {
    config.email = account.email;
    config.address = account.address ?? null;
  }
  const sub: OrgRecord = {
    id,
    name: name as string,
    nameKey: (name as string).toLocaleLowerCase('en'),
    verified: false,
    disabled: false,
    deleted: false,
    type: 'TEAM',
    plan: 'starter',
    balance: account ? NEW_ACCOUNT_CREDITS : 0,
    promoBalance: 0,
    promoBalanceResetAt: null,
    billing: defaultBilling(parent.billing.currency),
    logoUrl: null,
    createdAt: now,
    updatedAt: now,
    spendingCapUsed: 0,
    features: { ...emptyFeatures(), ...features },
    config,
    parentOrg: parent.id,
    subOrgLimit: 0,
    members,
    invites: [],
    payments: [],
  };
  ctx.state.addOrg(sub);
  const created: Record<string, unknown> = orgToSummary(sub);
  // Shown once: the backend keeps no copy it could return again (a replay repeats this response).
  if (account) created.initial_password = generatePassword();
  return json(201, created);
}

interface Account {
  first_name: string;
  last_name: string;
  email: string;
  address?: string;
}

function readAccount(value: unknown, fields: FieldErrors): Account | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    fields.add('account', 'An object with first_name, last_name and email.');
    return undefined;
  }
  const known = ['first_name', 'last_name', 'email', 'business_name', 'address', 'description'];
  for (const key of Object.keys(value)) if (!known.includes(key)) fields.add(`account.${key}`, 'Unknown field.');
  const first = typeof value.first_name === 'string' ? value.first_name.trim() : '';
  const last = typeof value.last_name === 'string' ? value.last_name.trim() : '';
  if (!first || first.length > 100) fields.add('account.first_name', 'Enter a first name.');
  if (!last || last.length > 100) fields.add('account.last_name', 'Enter a last name.');
  const email = checkEmail(value.email, fields, 'account.email');
  checkOptionalString(value.business_name, fields, 'account.business_name', 200);
  const address = checkOptionalString(value.address, fields, 'account.address', 500);
  checkOptionalString(value.description, fields, 'account.description', 2000);
  if (!first || !last || !email) return undefined;
  return { first_name: first, last_name: last, email, address };
}

function getSubOrg(ctx: RouteContext) {
  const { org: parent, actingRole } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'readSubOrgs', true);
  return json(200, detail(ctx, resolveChild(ctx.state, parent, ctx.params.sub as string)));
}

function updateSubOrg(ctx: RouteContext) {
  const { org: parent, actingRole } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'manageSubOrgs', true);
  const sub = resolveChild(ctx.state, parent, ctx.params.sub as string);
  checkIfMatch(ctx.req.headers, sub);
  const body = bodyObject(ctx.req.body);
  requireKnownKeys(body, ['name', 'features', 'config', 'logo_url']);
  const fields = new FieldErrors();
  const name = body.name === undefined ? undefined : checkName(body.name, fields);
  const features = checkFeatures(body.features, parent.features, fields);
  const config = body.config === undefined ? undefined : applyConfigPatch(sub.config, body.config, fields);
  if (body.logo_url !== undefined && body.logo_url !== null && (typeof body.logo_url !== 'string' || body.logo_url.length > 2048)) {
    fields.add('logo_url', 'A URL, or null to remove the logo.');
  }
  fields.throwIfAny();
  if (name !== undefined) assertUniqueName(ctx.state, parent.id, name, sub.id);

  if (name !== undefined) {
    sub.name = name;
    sub.nameKey = name.toLocaleLowerCase('en');
  }
  sub.features = { ...sub.features, ...features };
  if (config) sub.config = config;
  // The URL is stored as given: it is data, and the elements check it before showing it.
  if (body.logo_url !== undefined) sub.logoUrl = body.logo_url as string | null;
  ctx.state.touch(sub);
  return json(200, detail(ctx, sub));
}

function readJoinRole(ctx: RouteContext) {
  const { org: parent, actingRole } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'manageSubOrgs', true);
  const sub = resolveChild(ctx.state, parent, ctx.params.sub as string);
  const body = bodyObject(ctx.req.body);
  const fields = new FieldErrors();
  const role = checkRole(body.role, fields);
  fields.throwIfAny();
  if (!manageableRoles(actingRole).includes(role!)) throw forbidden(`A ${actingRole.toLowerCase()} cannot enter as ${role!.toLowerCase()}.`);
  return { sub, role: role! };
}

function joinSubOrg(ctx: RouteContext) {
  const { sub, role } = readJoinRole(ctx);
  const now = ctx.state.nowIso();
  const mine = sub.members.find((m) => m.user_id === ctx.caller.userId);
  if (mine) {
    mine.role = role;
    mine.updated_at = now;
  } else {
    sub.members = [
      ...sub.members,
      {
      id: ctx.state.nextId('mem'),
      name: ctx.caller.name,
      email: ctx.caller.email,
      avatar: null,
      role,
      status: 'ACTIVE',
      user_id: ctx.caller.userId,
      created_at: now,
      updated_at: now,
        seen_at: now,
      },
    ];
  }
  ctx.state.touch(sub);
  return json(200, orgToSummary(sub));
}

function assistSubOrg(ctx: RouteContext) {
  const { sub, role } = readJoinRole(ctx);
  const sessionId = ctx.state.nextId('ast');
  const expires = new Date(ctx.state.now().getTime() + 60 * 60 * 1000).toISOString();
  const url = ctx.env.demoUrl(`/demo/assist.html?session=${encodeURIComponent(sessionId)}&org=${encodeURIComponent(sub.id)}`);
  return json(201, { session_id: sessionId, sub_org_id: sub.id, role, expires_at: expires, url });
}

function detachSubOrg(ctx: RouteContext) {
  const { org: parent, actingRole } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, 'detachSubOrg', true);
  const sub = resolveChild(ctx.state, parent, ctx.params.sub as string);
  sub.parentOrg = null;
  ctx.state.touch(sub);
  return json(200, detail(ctx, sub));
}

export const orgRoutes: Route[] = [
  { method: 'GET', pattern: '/orgs/:org', handler: getOrg },
  { method: 'GET', pattern: '/orgs/:org/orgs', handler: listSubOrgs },
  { method: 'POST', pattern: '/orgs/:org/orgs', handler: createSubOrg, idempotency: 'optional' },
  { method: 'GET', pattern: '/orgs/:org/orgs/:sub', handler: getSubOrg },
  { method: 'PATCH', pattern: '/orgs/:org/orgs/:sub', handler: updateSubOrg },
  { method: 'POST', pattern: '/orgs/:org/orgs/:sub/join', handler: joinSubOrg },
  { method: 'POST', pattern: '/orgs/:org/orgs/:sub/assist', handler: assistSubOrg },
  { method: 'POST', pattern: '/orgs/:org/orgs/:sub/detach', handler: detachSubOrg },
];
