// Turns a failed parse into short readable issues ("billing.currency: Invalid input").
import * as z from './zod.js';

export type WireParse<T> = { ok: true; value: T } | { ok: false; issues: string[] };

export function parseWire<S extends z.ZodMiniType>(schema: S, data: unknown): WireParse<z.infer<S>> {
  const result = z.safeParse(schema, data);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}
