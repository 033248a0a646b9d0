// Validation at the boundary: a body that does not match its schema is `invalid-response`;
// a list is checked item by item so one bad row does not cost the whole page (DESIGN §5).
import { ApiError } from '../errors.js';
import type * as z from '../schemas/zod.js';
import { parseWire } from '../schemas/index.js';
import type { InvalidItem, ListResult } from '../types.js';
import type { HttpResponse } from './http.js';

function invalidResponse(message: string, status: number, issues: string[] = []): ApiError {
  return new ApiError({ kind: 'invalid-response', status, message: issues.length ? `${message} (${issues.join('; ')})` : message });
}

/** Parses one object and maps it to its domain shape. */
export function readOne<S extends z.ZodMiniType, T>(schema: S, response: HttpResponse, map: (wire: z.infer<S>) => T): T {
  const parsed = parseWire(schema, response.body);
  if (!parsed.ok) throw invalidResponse('The server answered with an unexpected shape.', response.status, parsed.issues);
  try {
    return map(parsed.value);
  } catch (error) {
    // A value the schema let through but the domain refuses (e.g. credits with 3 decimals).
    throw invalidResponse('The server answered with a value out of range.', response.status, [error instanceof Error ? error.message : String(error)]);
  }
}

function idOf(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : null;
}

function headerInt(headers: Headers, name: string): number | undefined {
  const value = headers.get(name);
  if (value === null || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value);
}

/**
 * Reads a bare-array page: each item parsed (a bad one becomes an `InvalidItem` in place),
 * totals from `pagination-count` / `-page` / `-take`, falling back to what was asked.
 */
export function readPage<S extends z.ZodMiniType, T>(
  schema: S,
  response: HttpResponse,
  asked: { page: number; take: number },
  map: (wire: z.infer<S>) => T,
): ListResult<T> {
  if (!Array.isArray(response.body)) throw invalidResponse('The server answered a list request with something that is not a list.', response.status);
  const items = response.body.map((raw): T | InvalidItem => {
    const parsed = parseWire(schema, raw);
    if (parsed.ok) {
      try {
        return map(parsed.value);
      } catch (error) {
        return { invalid: true, id: idOf(raw), issues: [error instanceof Error ? error.message : String(error)] };
      }
    }
    return { invalid: true, id: idOf(raw), issues: parsed.issues };
  });
  const page = headerInt(response.headers, 'pagination-page') ?? asked.page;
  const take = headerInt(response.headers, 'pagination-take') ?? asked.take;
  // Without a count header, what we can see is the best lower bound.
  const total = headerInt(response.headers, 'pagination-count') ?? (page - 1) * take + items.length;
  return { items, total, page, take };
}
