// Request sequencing: every query (search, sort, refresh) gets a number; an answer is
// applied only while its number is still the latest, so a slow old response can never
// overwrite a newer one (DESIGN §7 "Resilience").

export class QuerySequence {
  #latest = 0;

  /** Starts a new query; everything begun before it is now outdated. */
  begin(): number {
    return ++this.#latest;
  }

  isLatest(ticket: number): boolean {
    return ticket === this.#latest;
  }

  get current(): number {
    return this.#latest;
  }
}

export interface ListQuery {
  search: string;
  sort: string;
}

/** Two queries ask the server the same thing (surrounding blanks in a search do not count). */
export function sameQuery(a: ListQuery, b: ListQuery): boolean {
  return a.search.trim() === b.search.trim() && a.sort === b.sort;
}
