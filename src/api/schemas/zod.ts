// The one place the wire schemas get zod from. zod/mini only (≈ 5 KB, no locales).
// `jitless` must be set before the first object schema is built: otherwise zod probes
// `new Function`, which a strict CSP (no 'unsafe-eval') reports as a violation even
// though zod catches the throw. This is zod's global config, so it also applies to a
// host's own zod copy if it shares the module (it only costs parse speed there).
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
