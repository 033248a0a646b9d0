// Minimal assertions for the contract suite: it runs under any mocha setup, so it
// brings no assertion library of its own.
import { ApiError } from '../api/errors.js';
import type { ApiErrorKind } from '../api/errors.js';

export class ContractFailure extends Error {
  override readonly name = 'ContractFailure';
}

export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractFailure(message);
}

export function equal<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected)) throw new ContractFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, what: string): void {
  const a = stable(actual);
  const e = stable(expected);
  if (a !== e) throw new ContractFailure(`${what}: expected ${e}, got ${a}`);
}

/** Awaits a rejection and returns what it rejected with. */
export async function rejects(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new ContractFailure(`${what}: expected a rejection, but it resolved`);
}

/** Awaits an `ApiError` of `kind` (and `code`, when given). */
export async function rejectsWith(promise: Promise<unknown>, kind: ApiErrorKind, code?: string): Promise<ApiError> {
  const error = await rejects(promise, `expected ApiError ${kind}${code ? `/${code}` : ''}`);
  if (!(error instanceof ApiError)) throw new ContractFailure(`expected an ApiError ${kind}, got ${show(error)}`);
  equal(error.kind, kind, `ApiError kind (code ${error.code}: ${error.message})`);
  if (code !== undefined) equal(error.code, code, 'ApiError code');
  return error;
}

function show(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
