// What every benchmarked list offers the harness.
import type { SubOrgSummary } from '../src/api/types.js';
import type { SortKey } from './data.js';

export interface Query {
  sort: SortKey | null;
  search: string;
}

export interface BenchList {
  /** Starts rendering; the harness waits for rows itself. */
  mount(container: HTMLElement): void | Promise<void>;
  apply(query: Query): void;
  /** The text of the first data row on screen, or null while there is none. */
  firstRowText(): string | null;
  /** The name the first row must show for `query` (computed before the clock starts). */
  expectedFirst(query: Query): Promise<string | null>;
  /** What to count DOM nodes under (shadow roots included). */
  root(): Node;
}

export type BenchListFactory = (rows: SubOrgSummary[], n: number) => BenchList | Promise<BenchList>;
