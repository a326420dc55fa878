// Errors and request ids: every error a client is not meant to see is logged with the request id, and the
// masked INTERNAL_SERVER_ERROR a client gets carries that id in its message and extensions (for support).
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../logger';
import { isClientSafeCode } from './format-error';

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. The error has been logged.';

export function internalErrorMessage(requestId: string | undefined): string {
  return requestId
    ? `Something went wrong on our side. The error has been logged under request id ${requestId}; quote it when you ask for help.`
    : INTERNAL_ERROR_MESSAGE;
}

export function errorRequestIds<Ctx extends { requestId?: string }>(log: Logger): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = String(error.extensions?.code ?? '');
            if (isClientSafeCode(code)) continue;
            log.error(
              { requestId: contextValue.requestId, error: error.message, code, path: error.path, serviceName: error.extensions?.serviceName },
              'unexpected error',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors?.length) return;
          const requestId = contextValue.requestId;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
            error.extensions?.code === 'INTERNAL_SERVER_ERROR'
              ? { ...error, message: internalErrorMessage(requestId), extensions: { ...error.extensions, requestId } }
              : error,
          );
        },
      };
    },
  };
}
