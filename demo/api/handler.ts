import type { IncomingMessage, ServerResponse } from 'node:http';
// Placeholder until Foundation I's API lands; replaced by the real handler.
export function createApiHandler(_opts: { control: boolean }) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    res.statusCode = 404;
    res.end();
  };
}
