// A scripted `fetch` for unit tests: each call takes the next answer and is recorded.

export interface SeenRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  credentials: RequestCredentials | undefined;
  signal: AbortSignal | undefined;
}

export type Answer = Response | Error | 'hang' | ((request: SeenRequest) => Response | Promise<Response>);

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function errorBody(status: number, code: string, fields?: Record<string, string>, headers: Record<string, string> = {}): Response {
  return json(status, { error: { code, message: `${code}!`, ...(fields ? { fields } : {}) } }, headers);
}

export function fakeFetch(...answers: Answer[]) {
  const seen: SeenRequest[] = [];
  const fetch = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const request: SeenRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      credentials: init.credentials,
      signal: init.signal ?? undefined,
    };
    seen.push(request);
    const answer = answers.shift();
    if (answer === undefined) return Promise.reject(new Error(`unexpected request ${request.method} ${request.url}`));
    if (answer === 'hang') {
      // Like a server that never answers: only the signal ends it.
      return new Promise((_, reject) => {
        request.signal?.addEventListener('abort', () => reject(request.signal?.reason), { once: true });
      });
    }
    if (answer instanceof Error) return Promise.reject(answer);
    if (typeof answer === 'function') return Promise.resolve(answer(request));
    return Promise.resolve(answer);
  };
  return { fetch: fetch as typeof globalThis.fetch, seen };
}
