// Security headers on every gateway response (GraphQL, pages, card PDFs, documents): no MIME sniffing, no
// framing, no referrer, a content security policy that allows only the hub's own scripts, styles and
// connections (no inline code), and HSTS when the hub is configured as served over TLS.
import type { RequestHandler } from 'express';

/** Pages may load scripts, styles, images and fonts from the hub itself only; fonts and images also as data: URLs. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function useSecurityHeaders(options: { hstsSeconds: number }): RequestHandler {
  const headers: Array<[string, string]> = [
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
    ['referrer-policy', 'no-referrer'],
    ['content-security-policy', CONTENT_SECURITY_POLICY],
    ['cross-origin-opener-policy', 'same-origin'],
  ];
  if (options.hstsSeconds > 0) headers.push(['strict-transport-security', `max-age=${options.hstsSeconds}; includeSubDomains`]);
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
