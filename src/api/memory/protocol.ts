// The transport-agnostic request/response the backend speaks: the Node handler and
// memoryFetch both translate to and from these.

export interface BackendRequest {
  method: string;
  /** Without the `/api` prefix: `/orgs/org_agency/orgs`. */
  path: string;
  query: URLSearchParams;
  /** Lowercase header names. */
  headers: Record<string, string>;
  /** Parsed JSON, or undefined when there was no body. */
  body: unknown;
  /** The body was present but not JSON: answered with 400 `invalid_json`. */
  rawBodyError?: boolean;
  /** The server's own origin (`http://localhost:8000`), for same-origin demo URLs; root-relative without it. */
  origin?: string;
}

export interface BackendResponse {
  status: number;
  /** Lowercase names. */
  headers: Record<string, string>;
  /** JSON-serialisable; absent for 204. */
  body?: unknown;
}

export interface WireError {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** Thrown inside route handlers; backend.handle turns it into the JSON error body. */
export class BackendError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string> | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, fields?: Record<string, string>, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields && Object.keys(fields).length > 0 ? fields : undefined;
    this.headers = headers;
  }

  toResponse(): BackendResponse {
    const error: WireError['error'] = { code: this.code, message: this.message };
    if (this.fields) error.fields = this.fields;
    return { status: this.status, headers: { 'content-type': 'application/json', ...this.headers }, body: { error } };
  }
}

export const badRequest = (message: string, fields?: Record<string, string>) => new BackendError(400, 'invalid', message, fields);
export const invalid = (message: string, fields?: Record<string, string>) => new BackendError(422, 'invalid', message, fields);
export const notFound = (what = 'Not found.') => new BackendError(404, 'not_found', what);
export const forbidden = (message = 'Your role does not allow this.') => new BackendError(403, 'forbidden', message);
export const conflict = (code: string, message: string, fields?: Record<string, string>) => new BackendError(409, code, message, fields);

/** Collects field errors by wire path, then throws one 422 with all of them. */
export class FieldErrors {
  readonly fields: Record<string, string> = {};
  add(path: string, message: string): void {
    this.fields[path] ??= message;
  }
  get empty(): boolean {
    return Object.keys(this.fields).length === 0;
  }
  throwIfAny(message = 'Some fields are invalid.'): void {
    if (!this.empty) throw invalid(message, this.fields);
  }
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): BackendResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body };
}

export function noContent(): BackendResponse {
  return { status: 204, headers: {} };
}
