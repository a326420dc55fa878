// What a client may see of an error: contract codes with their message and safe extensions;
// everything else is logged with the request id and masked.
import type { GraphQLFormattedError } from 'graphql';
import { CONTRACT_CODES } from '../errors';
import type { Logger } from '../logger';

const SERVER_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // The gateway's document limits (gateway/src/plugins/useQueryLimits.ts).
  'ALIAS_LIMIT_EXCEEDED',
  'DEPTH_LIMIT_EXCEEDED',
  'COST_LIMIT_EXCEEDED',
  'TOKEN_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
]);
const SAFE_EXTENSIONS = ['code', 'field', 'retryAfterSeconds', 'attemptsLeft', 'scope', 'serviceName', 'maximum'];

/** `Variable "$input" got invalid value … at "input.applicant.birthDate"` → `input.applicant.birthDate`. */
export function fieldFromMessage(message: string): string | undefined {
  const at = /at "([^"]{1,300})"/.exec(message);
  if (at) return at[1];
  const field = /[Ff]ield "([^"]+)"/.exec(message);
  if (field) return field[1].split('.').pop();
  const variable = /Variable "\$([^"]+)"/.exec(message);
  return variable?.[1];
}

/** Codes whose message and safe extensions a client may see as they are. */
export function isClientSafeCode(code: string): boolean {
  return CONTRACT_CODES.has(code) || SERVER_CODES.has(code);
}

/**
 * Without `log`, nothing is logged here: the servers log unexpected errors with their request id in a plugin
 * (error-request-ids.ts), which also puts the id into the masked message.
 */
export function safeError(formatted: GraphQLFormattedError, log?: Logger, requestId?: string): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (isClientSafeCode(code)) {
    const extensions: Record<string, unknown> = {};
    for (const key of SAFE_EXTENSIONS) {
      if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
    }
    if (code === 'BAD_USER_INPUT' && extensions.field === undefined) {
      const field = fieldFromMessage(formatted.message);
      if (field) extensions.field = field;
    }
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  log?.error({ requestId, error: formatted.message, code, path: formatted.path }, 'unexpected error');
  return {
    message: 'Something went wrong on our side. The error has been logged.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
  };
}
