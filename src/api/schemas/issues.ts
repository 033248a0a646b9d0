// Parses wire data (nulls read as absent) and turns a failed parse into short readable issues
// ("billing.currency: Invalid input").
import * as z from './zod.js';

export type WireParse<T> = { ok: true; value: T } | { ok: false; issues: string[] };

/** The wire's null means absent (DESIGN §4 "absent or null"): object keys holding null (or undefined) are dropped, list items kept. */
function dropNulls(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(dropNulls);
  if (!data || typeof data !== 'object') return data;
  const kept: [string, unknown][] = [];
  for (const [key, value] of Object.entries(data)) if (value != null) kept.push([key, dropNulls(value)]);
  return Object.fromEntries(kept); // own properties only, "__proto__" included as data
}

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
