// Graceful shutdown of the gateway's HTTP server. Requests on connections accepted before the shutdown
// began are served to the end (with `Connection: close`); connections accepted after it get 503 at once;
// the listener and the remaining connections close only when nothing is in flight or the deadline passes.
// (Node's own close() also drops connections whose request has arrived but is not yet parsed, which a
// client sees as ECONNRESET of a request it had already sent.)
import type http from 'node:http';
import type { Socket } from 'node:net';
import type { NextFunction, Request, Response } from 'express';

const ACCEPTED_AT = Symbol('acceptedAt');
/** Connections accepted this soon after the shutdown began still count as opened before it. */
const GRACE_MS = 1_000;

export class GracefulShutdown {
  private drainingSince: number | null = null;
  private inFlight = 0;

  constructor(private readonly server: http.Server) {
    server.on('connection', (socket: Socket & { [ACCEPTED_AT]?: number }) => {
      socket[ACCEPTED_AT] = performance.now();
    });
  }

  /** Express middleware, mounted first. */
  readonly middleware = (req: Request, res: Response, next: NextFunction) => {
    if (this.drainingSince !== null) {
      res.setHeader('connection', 'close');
      const acceptedAt = (req.socket as Socket & { [ACCEPTED_AT]?: number })[ACCEPTED_AT] ?? 0;
      if (acceptedAt >= this.drainingSince) {
        res.status(503).json({ error: 'shutting_down' });
        return;
      }
    }
    this.inFlight++;
    res.once('close', () => {
      this.inFlight--;
    });
    next();
  };

  /** Waits for the requests in flight (at most `deadlineMs`), then closes the listener and every connection. */
  async drain(deadlineMs = 8_000): Promise<void> {
    // Connections still in the listen backlog when the signal came were opened before it; a busy event loop
    // may accept them a little later, so the line between "in flight" and "new" is drawn GRACE_MS after it.
    this.drainingSince ??= performance.now() + GRACE_MS;
    const deadline = Date.now() + deadlineMs;
    while (this.inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
