// Validation at the boundary: a body that does not match its schema is `invalid-response`;
// a list is checked item by item so one bad row does not cost the whole page (DESIGN §5).
// What passes is mapped to its domain shape (map.ts).
import { ApiError } from '../errors.js';
import type * as z from '../schemas/zod.js';
import { parseWire } from '../schemas/index.js';
import type { InvalidItem, ListResult } from '../types.js';
import type { HttpResponse } from './http.js';
import { fromWire } from './map.js';

/** The domain value of `raw` (parsed, then mapped), or why not: the schema's issues, or the domain's refusal (an amount out of range). */
function read(schema: z.ZodMiniType, raw: unknown): { value: unknown } | { issues: string[]; range?: true } {
  const parsed = parseWire(schema, raw);
  if (!parsed.ok) return parsed;
  try {
    return { value: fromWire(schema, parsed.value) };
  } catch (error) {
    // A value the schema let through but the domain refuses (e.g. credits with 3 decimals).
    return { issues: [String((error as Error).message ?? error)], range: true };
  }
}

const invalidResponse = (status: number, message: string) => new ApiError({ kind: 'invalid-response', status, message });

/** Parses one object and maps it to its domain shape. */
export function readOne<T>(schema: z.ZodMiniType, response: HttpResponse): T {
  const result = read(schema, response.body);
  if ('value' in result) return result.value as T;
  throw invalidResponse(response.status, `The server answered with ${result.range ? 'a value out of range' : 'an unexpected shape'}. (${result.issues.join('; ')})`);
}

const headerInt = (headers: Headers, name: string): number | undefined => {
  const value = headers.get(`pagination-${name}`);
  return value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
};

/**
 * Reads a bare-array page: each item parsed (a bad one becomes an `InvalidItem` in place),
 * totals from `pagination-count` / `-page` / `-take`, falling back to what was asked.
 */
export function readPage<T>(schema: z.ZodMiniType, response: HttpResponse, asked: { page: number; take: number }): ListResult<T> {
  const { body, headers } = response;
  if (!Array.isArray(body)) throw invalidResponse(response.status, 'The server answered a list request with something that is not a list.');
  const items = body.map((raw): T | InvalidItem => {
    const result = read(schema, raw);
    if ('value' in result) return result.value as T;
    const id = (raw as { id?: unknown } | null)?.id;
    return { invalid: true, id: typeof id === 'string' && id !== '' ? id : null, issues: result.issues };
  });
  const page = headerInt(headers, 'page') ?? asked.page;
  const take = headerInt(headers, 'take') ?? asked.take;
  // Without a count header, what we can see is the best lower bound.
  return { items, total: headerInt(headers, 'count') ?? (page - 1) * take + items.length, page, take };
}
