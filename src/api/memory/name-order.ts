// Name order for the sub-org list: exactly Intl.Collator('en', base, numeric), but fast.
// For names of only ASCII letters and spaces the collator's order is plain code-unit
// order of the lowercased names (space before letters, case ignored), so those pairs skip
// ICU; any other pair asks the collator. Both agree in sign, so the mix is one total order
// (a property test holds it to the collator).
import type { OrgRecord } from './records.js';

export const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const PLAIN = /^[A-Za-z ]*$/;

interface Keyed {
  org: OrgRecord;
  plain: boolean;
}

export function compareKeyed(a: Keyed, b: Keyed): number {
  if (a.plain && b.plain) return a.org.nameKey < b.org.nameKey ? -1 : a.org.nameKey > b.org.nameKey ? 1 : 0;
  return nameCollator.compare(a.org.name, b.org.name);
}

/** Sorts in place by name (then id), `direction` 1 or -1. */
export function sortByName(orgs: OrgRecord[], direction: 1 | -1): void {
  const keyed: Keyed[] = orgs.map((org) => ({ org, plain: PLAIN.test(org.name) }));
  keyed.sort((a, b) => direction * (compareKeyed(a, b) || (a.org.id < b.org.id ? -1 : a.org.id > b.org.id ? 1 : 0)));
  for (let i = 0; i < keyed.length; i++) orgs[i] = (keyed[i] as Keyed).org;
}
