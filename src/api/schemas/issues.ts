// Parses wire data (nulls read as absent) and turns a failed parse into short readable issues
// ("billing.currency: Invalid input").
import * as z from './zod.js';

export type WireParse<T> = { ok: true; value: T } | { ok: false; issues: string[] };

/** The wire's null means absent (DESIGN §4 "absent or null"): object keys holding null (or undefined) are dropped, list items kept. */
const dropNulls = (data: unknown): unknown =>
  Array.isArray(data)
    ? data.map(dropNulls)
    : data && typeof data === 'object'
      ? Object.fromEntries(Object.entries(data).flatMap(([key, value]) => (value == null ? [] : [[key, dropNulls(value)]])))
      : data;

export function parseWire<S extends z.ZodMiniType>(schema: S, data: unknown): WireParse<z.infer<S>> {
  const result = z.safeParse(schema, dropNulls(data));
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}
