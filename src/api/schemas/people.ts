// Members and invites of one org (DESIGN §4).
import { INVITE_STATUSES, MEMBER_STATUSES, ROLES } from '../types.js';
import { maybe, oneOf, wireDate, wireId, wireString } from './common.js';
import * as z from './zod.js';

export const wireMember = z.object({
  id: wireId,
  name: wireString,
  email: wireString,
  avatar: maybe(wireString),
  role: oneOf(ROLES),
  status: oneOf(MEMBER_STATUSES),
  org_id: wireId,
  user_id: wireId,
  created_at: wireDate,
  updated_at: wireDate,
  seen_at: maybe(wireDate),
});

export const wireInvite = z.object({
  id: wireId,
  email: wireString,
  role: oneOf(ROLES),
  status: oneOf(INVITE_STATUSES),
  created_at: wireDate,
  expires_at: wireDate,
});

export type WireMember = z.infer<typeof wireMember>;
export type WireInvite = z.infer<typeof wireInvite>;
