// The one place the wire schemas get zod from: zod/mini only (≈ 5 KB, no locales), and
// only the builders we use, re-exported by name so bundlers keep just those (re-exporting
// the whole namespace object would pull in all of zod/mini, locales included). Each builder
// pulls in its own part of zod's core: `custom` predicates (common.ts) stand in for `string`,
// `number`, `boolean`, `int`, `enum`, `record`, `array`, `positive`, `minLength` and `extend`,
// `maybe` (common.ts) for `optional`, `nullable` and `nullish`, `openObject` for `looseObject`.
// `jitless` must be set before the first object schema is built: otherwise zod probes
// `new Function`, which a strict CSP (no 'unsafe-eval') reports as a violation even
// though zod catches the throw. This is zod's global config, so it also applies to a
// host's own zod copy if it shares the module (it only costs parse speed there).
import { config } from 'zod/mini';

config({ jitless: true });

export { config, custom, object, safeParse } from 'zod/mini';
export type { infer, ZodMiniNullable, ZodMiniOptional, ZodMiniType } from 'zod/mini';
