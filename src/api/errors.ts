// One error type for every adapter failure (DESIGN §4 "Errors", §5).

export const API_ERROR_KINDS = [
  'validation',
  'auth',
  'forbidden',
  'not-found',
  'conflict',
  'rate-limited',
  'http',
  'network',
  'timeout',
  'invalid-response',
] as const;
export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

/** Server codes the UI handles specially. Others pass through as strings. */
export const API_ERROR_CODES = ['invalid', 'sub_org_limit', 'duplicate_name', 'stale', 'idempotency_reused', 'insufficient_credits'] as const;
export type KnownApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorInit {
  kind: ApiErrorKind;
  code?: string;
  message?: string;
  status?: number;
  /** Field errors keyed by domain path (`autoRecharge.rechargeThreshold`). */
  fields?: Record<string, string>;
  /** From `Retry-After`, in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  declare readonly kind: ApiErrorKind;
  /** The server's code; the kind when it sent none. */
  declare readonly code: string;
  declare readonly status: number | undefined;
  declare readonly fields: Record<string, string>;
  declare readonly retryAfterMs: number | undefined;

  constructor({ kind, code = kind, message = code, status, fields = {}, retryAfterMs, cause }: ApiErrorInit) {
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, { kind, code, status, fields, retryAfterMs });
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

const KIND_BY_STATUS: Readonly<Record<number, ApiErrorKind>> = { 400: 'validation', 422: 'validation', 401: 'auth', 403: 'forbidden', 404: 'not-found', 409: 'conflict', 429: 'rate-limited' };

/** The kind for an HTTP status (DESIGN §4 table). */
export function kindForStatus(status: number): ApiErrorKind {
  return KIND_BY_STATUS[status] ?? 'http';
}

/** `auto_recharge.recharge_threshold` → `autoRecharge.rechargeThreshold` (any snake_case key or path → camelCase). */
export function wirePathToDomain(path: string): string {
  // Every field of every row passes here: the few distinct names are converted once.
  let name = domainNames.get(path);
  if (name === undefined) domainNames.set(path, (name = path.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())));
  return name;
}
const domainNames = new Map<string, string>();
