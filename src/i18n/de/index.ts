import type { LocalePack } from '../types.js';
import { deCommon } from './common.js';
import { deBilling } from './suborg-billing.js';
import { deSuborgList } from './suborg-list.js';

/**
 * The German pack: every German slice by slice name. A component engineer adds a line
 * for `de/<tag>.ts` here. Opt-in, so bundles without German do not carry it: hosts pass
 * it to the provider (`localePacks = { de }`), or import `src/context/locale-de.define.ts`
 * (`suborg-elements/locale-de`), which registers it for every element (plain HTML).
 */
export const de: LocalePack = {
  common: deCommon,
  'suborg-billing': deBilling,
  'suborg-list': deSuborgList,
};
