// Sort + filter for the baselines (the element brings its own).
import type { SubOrgSummary } from '../src/api/types.js';
import { compare, matches } from './data.js';
import type { Query } from './impl.js';

export function queryRows(rows: SubOrgSummary[], query: Query): SubOrgSummary[] {
  const found = query.search ? rows.filter(matches(query.search)) : rows.slice();
  return query.sort ? found.sort(compare(query.sort)) : found;
}

export async function expectedFirstLocal(rows: SubOrgSummary[], query: Query): Promise<string | null> {
  return queryRows(rows, query)[0]?.name ?? null;
}
