// Joining, assisting and detaching a sub-org; members and invites of one org.
import { isInvalid } from '../api/types.js';
import type { Member } from '../api/types.js';
import { equal, ok, rejectsWith } from './assert.js';
import type { ContractContext } from './context.js';

export function registerPeople(ctx: ContractContext): void {
  describe('join, assist, detach', () => {
    it('joinSubOrg makes the caller a member with that role', async () => {
      const sub = await ctx.createSubOrg();
      const row = await ctx.adapter.joinSubOrg({ orgId: ctx.orgId, subOrgId: sub.id, role: 'ADMIN' });
      equal(row.id, sub.id, 'the joined sub-org');
      ctx.expectChange('member', 'create', [sub.id, ctx.orgId]);
      equal((await ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id })).role, 'ADMIN', 'the caller’s role there');
    });

    it('assistSubOrg opens a session for that sub-org and role', async () => {
      const sub = await ctx.findSubOrg();
      const session = await ctx.adapter.assistSubOrg({ orgId: ctx.orgId, subOrgId: sub.id, role: 'STAFF' });
      equal(session.subOrgId, sub.id, 'subOrgId');
      equal(session.role, 'STAFF', 'role');
      ok(session.sessionId.length > 0, 'a session id');
      ok(Date.parse(session.expiresAt) > Date.now(), `expires in the future: ${session.expiresAt}`);
    });

    it('detachSubOrg takes the sub-org out of the parent', async () => {
      const sub = await ctx.createSubOrg();
      const before = await ctx.adapter.getOrg({ orgId: ctx.orgId });
      const detached = await ctx.adapter.detachSubOrg({ orgId: ctx.orgId, subOrgId: sub.id });
      equal(detached.id, sub.id, 'id');
      equal(detached.parentOrg, null, 'parentOrg after detaching');
      ctx.expectChange('sub-org', 'delete', [sub.id, ctx.orgId]);
      equal((await ctx.adapter.getOrg({ orgId: ctx.orgId })).subOrgCount, before.subOrgCount - 1, 'count after detaching');
      await rejectsWith(ctx.adapter.getSubOrg({ orgId: ctx.orgId, subOrgId: sub.id }), 'not-found');
      await rejectsWith(ctx.adapter.detachSubOrg({ orgId: ctx.orgId, subOrgId: sub.id }), 'not-found');
    });
  });

  describe('members and invites', () => {
    it('lists (paged), re-roles and removes members of a sub-org', async () => {
      const sub = await ctx.findSubOrg((r) => r.members.length >= 2 && r.members.some((m) => m.role === 'STAFF' || m.role === 'MANAGER'), 'sub-org with two members, one STAFF or MANAGER');
      const list = await ctx.adapter.listMembers({ orgId: sub.id });
      ok(list.items.length >= 1 && list.total >= list.items.length, `members listed with a total: ${list.total}`);
      const paged = await ctx.adapter.listMembers({ orgId: sub.id, page: 2, take: 1 });
      equal(paged.total, list.total, 'total does not depend on the page');
      equal(paged.items.length, 1, 'one member on page 2 of take 1');
      const members = list.items.filter((m): m is Member => !isInvalid(m));
      const second = paged.items[0];
      ok(second && !isInvalid(second) && second.id === members[1]?.id, 'page 2 of take 1 is the second member');
      const target = members.find((m) => m.role === 'STAFF' || m.role === 'MANAGER');
      ok(target, 'a STAFF or MANAGER member in the list');
      equal(target.orgId, sub.id, 'member orgId');
      const role = target.role === 'STAFF' ? 'MANAGER' : 'STAFF';
      const updated = await ctx.adapter.updateMember({ orgId: sub.id, memberId: target.id, role });
      equal(updated.role, role, 'new role');
      ctx.expectChange('member', 'update', [target.id, sub.id]);
      await ctx.adapter.removeMember({ orgId: sub.id, memberId: target.id });
      ctx.expectChange('member', 'delete', [target.id, sub.id]);
      const after = await ctx.adapter.listMembers({ orgId: sub.id });
      equal(after.total, list.total - 1, 'member count after removing');
      ok(after.items.every((m) => isInvalid(m) || m.id !== target.id), 'the member is gone');
      await rejectsWith(ctx.adapter.updateMember({ orgId: sub.id, memberId: target.id, role: 'STAFF' }), 'not-found');
    });

    it('creates, lists, resends and deletes invites', async () => {
      const sub = await ctx.createSubOrg();
      const email = `contract.${Date.now().toString(36)}@example.com`;
      const invite = await ctx.adapter.createInvite({ orgId: sub.id, email, role: 'MANAGER' });
      equal(invite.email, email, 'email');
      equal(invite.role, 'MANAGER', 'role');
      equal(invite.status, 'PENDING', 'status');
      ctx.expectChange('invite', 'create', [invite.id, sub.id]);
      const listed = await ctx.adapter.listInvites({ orgId: sub.id });
      ok(listed.items.some((i) => !isInvalid(i) && i.id === invite.id), 'the invite is listed');
      const resent = await ctx.adapter.resendInvite({ orgId: sub.id, inviteId: invite.id });
      equal(resent.id, invite.id, 'resent invite id');
      ctx.expectChange('invite', 'update', [invite.id, sub.id]);
      await ctx.adapter.deleteInvite({ orgId: sub.id, inviteId: invite.id });
      ctx.expectChange('invite', 'delete', [invite.id, sub.id]);
      const after = await ctx.adapter.listInvites({ orgId: sub.id });
      ok(after.items.every((i) => isInvalid(i) || i.id !== invite.id), 'the invite is gone');
      await rejectsWith(ctx.adapter.resendInvite({ orgId: sub.id, inviteId: invite.id }), 'not-found');
    });

    it('refuses an invalid invite email as validation naming `email`', async () => {
      const sub = await ctx.createSubOrg();
      const error = await rejectsWith(ctx.adapter.createInvite({ orgId: sub.id, email: 'not an email', role: 'STAFF' }), 'validation');
      ok('email' in error.fields, `fields name email: ${JSON.stringify(error.fields)}`);
    });
  });
}
