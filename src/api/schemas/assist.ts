// An assist ("log in as") session on a sub-org (DESIGN §4).
import { ROLES } from '../types.js';
import { maybe, oneOf, wireDate, wireId, wireString } from './common.js';
import * as z from './zod.js';

export const wireAssistSession = z.object({
  session_id: wireId,
  sub_org_id: wireId,
  role: oneOf(ROLES),
  expires_at: wireDate,
  url: maybe(wireString),
});

export type WireAssistSession = z.infer<typeof wireAssistSession>;
