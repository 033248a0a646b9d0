// The list's columns: which a host may show, in which order (attribute
// `columns="logo name plan balance members spend status"`). The actions column is
// always last: a row without its Manage button would strand keyboard users.
import type { SubOrgSort } from '../api/types.js';

export const LIST_COLUMNS = ['logo', 'name', 'plan', 'balance', 'members', 'spend', 'status'] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

export const DEFAULT_COLUMNS: readonly ListColumn[] = LIST_COLUMNS;

function isColumn(value: string): value is ListColumn {
  return (LIST_COLUMNS as readonly string[]).includes(value);
}

/** Parses a columns list: unknown names and repeats are dropped; nothing valid → the defaults. */
export function parseColumns(value: string | readonly string[] | null | undefined): ListColumn[] {
  const names = typeof value === 'string' ? value.split(/[\s,]+/) : (value ?? []);
  const out: ListColumn[] = [];
  for (const raw of names) {
    const name = raw.trim().toLowerCase();
    if (isColumn(name) && !out.includes(name)) out.push(name);
  }
  return out.length ? out : [...DEFAULT_COLUMNS];
}

/** The sort a column header toggles, if it is sortable. */
export const COLUMN_SORT: Partial<Record<ListColumn, 'name' | 'balance'>> = { name: 'name', balance: 'balance' };

/** Clicking a sortable header: ascending first, then flips. */
export function toggledSort(current: SubOrgSort, field: 'name' | 'balance' | 'created_at'): SubOrgSort {
  if (current === field) return `-${field}`;
  return field;
}

/** aria-sort for a header given the current sort. */
export function ariaSort(current: SubOrgSort, field: string): 'ascending' | 'descending' | 'none' {
  if (current === field) return 'ascending';
  if (current === `-${field}`) return 'descending';
  return 'none';
}
