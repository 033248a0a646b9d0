// Members and invites of one org, addressed by its own route (`/orgs/{sub}/members`).
// Managers may only invite, re-role and remove MANAGER and STAFF members; the last
// active ADMIN cannot be demoted or removed (409 `last_admin`).
import { resolveOrg } from './access.js';
import { requireManageableRole, requireRole } from './permissions.js';
import { conflict, FieldErrors, json, noContent, notFound } from './protocol.js';
import type { MemberRecord, OrgRecord } from './records.js';
import type { Route, RouteContext } from './router.js';
import { inviteToWire, memberToWire } from './serialize.js';
import { bodyObject, checkEmail, checkRole, paginate, readPage, requireKnownKeys } from './validate.js';

const INVITE_TTL_MS = 7 * 86_400_000;

function access(ctx: RouteContext, action: 'readMembers' | 'manageMembers') {
  const { org, actingRole, isSub } = resolveOrg(ctx.state, ctx.caller, ctx.params.org as string);
  requireRole(actingRole, action, isSub);
  return { org, actingRole };
}

function findMember(org: OrgRecord, id: string): MemberRecord {
  const member = org.members.find((m) => m.id === id);
  if (!member) throw notFound('No such member.');
  return member;
}

function assertNotLastAdmin(org: OrgRecord, member: MemberRecord): void {
  const admins = org.members.filter((m) => m.role === 'ADMIN' && m.status === 'ACTIVE');
  if (member.role === 'ADMIN' && admins.length === 1 && admins[0] === member) {
    throw conflict('last_admin', 'An organization needs at least one admin.');
  }
}

function listMembers(ctx: RouteContext) {
  const { org } = access(ctx, 'readMembers');
  const { slice, headers } = paginate(org.members, readPage(ctx.req.query, 100));
  return json(200, slice.map((m) => memberToWire(m, org.id)), headers);
}

function updateMember(ctx: RouteContext) {
  const { org, actingRole } = access(ctx, 'manageMembers');
  const member = findMember(org, ctx.params.id as string);
  const body = bodyObject(ctx.req.body);
  requireKnownKeys(body, ['role']);
  const fields = new FieldErrors();
  const role = checkRole(body.role, fields);
  fields.throwIfAny();
  requireManageableRole(actingRole, member.role);
  requireManageableRole(actingRole, role!);
  if (role !== 'ADMIN') assertNotLastAdmin(org, member);
  member.role = role!;
  member.updated_at = ctx.state.nowIso();
  ctx.state.touch(org);
  return json(200, memberToWire(member, org.id));
}

function removeMember(ctx: RouteContext) {
  const { org, actingRole } = access(ctx, 'manageMembers');
  const member = findMember(org, ctx.params.id as string);
  requireManageableRole(actingRole, member.role);
  assertNotLastAdmin(org, member);
  org.members = org.members.filter((m) => m !== member);
  ctx.state.touch(org);
  return noContent();
}

function listInvites(ctx: RouteContext) {
  const { org } = access(ctx, 'readMembers');
  const now = ctx.state.nowIso();
  const { slice, headers } = paginate(org.invites, readPage(ctx.req.query, 100));
  return json(200, slice.map((i) => inviteToWire(i, now)), headers);
}

function createInvite(ctx: RouteContext) {
  const { org, actingRole } = access(ctx, 'manageMembers');
  const body = bodyObject(ctx.req.body);
  requireKnownKeys(body, ['email', 'role']);
  const fields = new FieldErrors();
  const email = checkEmail(body.email, fields);
  const role = checkRole(body.role, fields);
  fields.throwIfAny();
  requireManageableRole(actingRole, role!);
  const key = email!.toLowerCase();
  const now = ctx.state.nowIso();
  if (org.members.some((m) => m.email.toLowerCase() === key)) {
    throw conflict('duplicate', 'This person is already a member.', { email: 'Already a member.' });
  }
  if (org.invites.some((i) => i.email.toLowerCase() === key && i.expires_at > now)) {
    throw conflict('duplicate', 'This person already has a pending invite.', { email: 'Already invited.' });
  }
  // An expired invite to the same address is replaced by the new one.
  org.invites = org.invites.filter((i) => i.email.toLowerCase() !== key);
  const invite = {
    id: ctx.state.nextId('inv'),
    email: email!,
    role: role!,
    created_at: now,
    expires_at: new Date(ctx.state.now().getTime() + INVITE_TTL_MS).toISOString(),
  };
  org.invites.push(invite);
  ctx.state.touch(org);
  return json(201, inviteToWire(invite, now));
}

function findInvite(ctx: RouteContext, org: OrgRecord) {
  const invite = org.invites.find((i) => i.id === ctx.params.id);
  if (!invite) throw notFound('No such invite.');
  return invite;
}

function resendInvite(ctx: RouteContext) {
  const { org, actingRole } = access(ctx, 'manageMembers');
  const invite = findInvite(ctx, org);
  requireManageableRole(actingRole, invite.role);
  invite.expires_at = new Date(ctx.state.now().getTime() + INVITE_TTL_MS).toISOString();
  ctx.state.touch(org);
  return json(200, inviteToWire(invite, ctx.state.nowIso()));
}

function deleteInvite(ctx: RouteContext) {
  const { org, actingRole } = access(ctx, 'manageMembers');
  const invite = findInvite(ctx, org);
  requireManageableRole(actingRole, invite.role);
  org.invites = org.invites.filter((i) => i !== invite);
  ctx.state.touch(org);
  return noContent();
}

export const memberRoutes: Route[] = [
  { method: 'GET', pattern: '/orgs/:org/members', handler: listMembers },
  { method: 'PATCH', pattern: '/orgs/:org/members/:id', handler: updateMember },
  { method: 'DELETE', pattern: '/orgs/:org/members/:id', handler: removeMember },
  { method: 'GET', pattern: '/orgs/:org/invites', handler: listInvites },
  { method: 'POST', pattern: '/orgs/:org/invites', handler: createInvite },
  { method: 'POST', pattern: '/orgs/:org/invites/:id/resend', handler: resendInvite },
  { method: 'DELETE', pattern: '/orgs/:org/invites/:id', handler: deleteInvite },
];
