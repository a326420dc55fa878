// JSON logs (pino) with personal data masked in every string they carry.
import pino, { type DestinationStream, type Logger } from 'pino';
import { maskText } from './masking';
import { traceFields } from './tracing/index';

export type { Logger };

/** Set by the tracing mixin: hex ids, never personal data, kept whole for the trace backend to find. */
const TRACE_KEYS = /^(traceId|spanId)$/;
const SECRET_KEYS = /^(authorization|password|otp|token|accessToken|refreshToken|clientSecret|deviceToken|secret|cookie)$/i;

/**
 * A `code` is an error code (GraphQL's UPPER_SNAKE, PostgreSQL's five-character SQLSTATE) or a secret one
 * (an OTP): codes stay readable, anything else under that key is redacted.
 */
export function loggableCode(value: unknown): unknown {
  if (value === undefined || value === null) return value;
  return typeof value === 'string' && (/^[A-Z][A-Z0-9_]{1,63}$/.test(value) || /^[0-9A-Z]{5}$/.test(value)) ? value : '[redacted]';
}

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: maskText(value.message), code: loggableCode((value as { code?: unknown }).code) };
  }
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = TRACE_KEYS.test(key) ? item : SECRET_KEYS.test(key) ? '[redacted]' : key === 'code' ? loggableCode(item) : scrub(item, depth + 1);
  }
  return out;
}

/** `destination` defaults to stdout; tests pass a stream to read what would be printed. */
export function createLogger(options: { level: string; service: string }, destination?: DestinationStream): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level,
    base: { service: options.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    // With tracing on, every line logged inside a request carries its trace id next to the requestId binding.
    mixin: traceFields,
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => scrub(object) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((arg) => (typeof arg === 'string' ? maskText(arg) : arg));
        return method.apply(this, masked as Parameters<typeof method>);
      },
    },
  };
  const logger = destination ? pino(settings, destination) : pino(settings);
  // Child bindings (requestId, subject, …) are printed on every line but skip pino's formatters;
  // children inherit this method through their prototype, so grandchildren are scrubbed too.
  const child = logger.child;
  logger.child = function scrubbedChild(this: Logger, bindings, options) {
    return child.call(this, scrub(bindings) as typeof bindings, options);
  } as typeof logger.child;
  return logger;
}
