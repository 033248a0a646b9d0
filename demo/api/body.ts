// Reads a request body as JSON, up to 100 KB.
import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 100 * 1024;

export interface ReadBody {
  value: unknown;
  /** Present but not JSON (the backend answers 400 `invalid_json`). */
  malformed: boolean;
  tooLarge: boolean;
}

export async function readJsonBody(req: IncomingMessage): Promise<ReadBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) tooLarge = true; // keep draining so the answer can still be sent
    else chunks.push(chunk);
  }
  if (tooLarge) return { value: undefined, malformed: false, tooLarge };
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { value: undefined, malformed: false, tooLarge: false };
  try {
    return { value: JSON.parse(text) as unknown, malformed: false, tooLarge: false };
  } catch {
    return { value: undefined, malformed: true, tooLarge: false };
  }
}
