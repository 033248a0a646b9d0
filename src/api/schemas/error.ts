// The error body every non-2xx answer carries (DESIGN §4 "Errors").
import { maybe, recordOf, wireString } from './common.js';
import * as z from './zod.js';

export const wireErrorBody = z.object({
  error: z.object({
    code: wireString,
    message: maybe(wireString),
    /** Keyed by wire path (`auto_recharge.recharge_threshold`). */
    fields: maybe(recordOf<string>('string')),
  }),
});

export type WireErrorBody = z.infer<typeof wireErrorBody>;
