// The JSON body of /graphql. A request as clients send it (POST, `Content-Type: application/json` with or
// without `charset=utf-8`, a Content-Length within the limit, no Content-Encoding) is read and parsed here;
// anything else goes to express.json, which answers it as before. The outcome is express.json's: the body
// parsed (a leading byte-order mark skipped), and a body that is not a JSON object or array, or not JSON,
// is a 400 for useHttpErrors. A CPU profile of the one-subgraph P1 leg put body-parser and its helpers
// (type-is, content-type, raw-body, iconv-lite) at 6-7% of the gateway's busy time.
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

const PLAIN_JSON = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);

const badRequest = (message: string) => Object.assign(new Error(message), { status: 400, type: 'entity.parse.failed' });

export function jsonBody(limitBytes: number): RequestHandler {
  const general = express.json({ limit: limitBytes });
  return (req: Request, res: Response, next: NextFunction) => {
    const { headers } = req;
    const length = Number(headers['content-length']);
    const plain =
      req.method === 'POST' &&
      PLAIN_JSON.has(headers['content-type']?.toLowerCase() ?? '') &&
      headers['content-encoding'] === undefined &&
      headers['transfer-encoding'] === undefined &&
      length > 0 &&
      length <= limitBytes;
    if (!plain) return general(req, res, next);
    const chunks: Buffer[] = [];
    let finished = false;
    const finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      next(error);
    };
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', () => finish(badRequest('request aborted')));
    req.on('close', () => {
      if (!req.complete) finish(badRequest('request aborted'));
    });
    req.on('end', () => {
      let text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const first = text.trimStart()[0];
      if (first !== '{' && first !== '[') return finish(badRequest('not a JSON object or array'));
      try {
        req.body = JSON.parse(text);
      } catch {
        return finish(badRequest('invalid JSON'));
      }
      finish();
    });
  };
}
