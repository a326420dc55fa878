// Writes what a request collected for the access log before its answer leaves. The collector itself is
// the domain's (subgraphs/domain/read-log.ts); platform only knows it as something with pending writes.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../logger';

export interface PendingWrites {
  flush(): Promise<void>;
}

/**
 * Writes the request's access-log entries before the answer is sent. When they cannot be written the
 * answer is withheld: data that was read is never shown without its entry.
 */
export function flushReadLog<Ctx extends { readLog?: PendingWrites; log?: Logger }>(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.readLog) return;
          try {
            await contextValue.readLog.flush();
          } catch (error) {
            contextValue.log?.error({ error: String(error) }, 'access log not written: answer withheld');
            if (response.body.kind !== 'single') return;
            response.body.singleResult = {
              errors: [{ message: 'The access log cannot be written right now. Try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
            };
          }
        },
      };
    },
  };
}
