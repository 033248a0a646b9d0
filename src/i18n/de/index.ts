import type { LocalePack } from '../types.js';
import { deCommon } from './common.js';
import { deBilling } from './suborg-billing.js';
import { deSuborgList } from './suborg-list.js';

/**
 * The German pack: every German slice by slice name. A component engineer adds a line
 * for `de/<tag>.ts` here. Hosts pass it through the provider (`localePacks = { de }`);
 * `<suborg-provider>` includes it by default so `locale="de"` works without code.
 */
export const de: LocalePack = {
  common: deCommon,
  'suborg-billing': deBilling,
  'suborg-list': deSuborgList,
};
