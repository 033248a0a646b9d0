import type { LocalePacks } from './types.js';
import { de } from './de/index.js';

/** The packs `<suborg-provider>` knows without code, so `locale="de"` works in plain HTML. English is each slice's default. */
export const BUILTIN_LOCALE_PACKS: LocalePacks = { de };
