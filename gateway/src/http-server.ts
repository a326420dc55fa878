// The gateway's express app on its node:http server: proxies trusted as configured, slow clients cut off.
import http from 'node:http';
import express from 'express';
import type { HubConfig } from '#platform/config';

/** `false` | `loopback` | comma-separated addresses or CIDRs, as express understands them. */
export function trustProxy(setting: string): boolean | string[] {
  const value = setting.trim();
  if (value === '' || value === 'false') return false;
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

export function createHttpServer(config: Pick<HubConfig, 'TRUST_PROXY' | 'HUB_REQUEST_TIMEOUT_MS'>) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy(config.TRUST_PROXY));
  // Slow clients (slowloris) are cut off: headers and body must arrive within the request timeout (408).
  const timeout = config.HUB_REQUEST_TIMEOUT_MS;
  const server = http.createServer(
    { requestTimeout: timeout, headersTimeout: Math.min(timeout, 60_000), connectionsCheckingInterval: Math.min(1_000, timeout) },
    app,
  );
  server.keepAliveTimeout = 65_000;
  return { app, server };
}
