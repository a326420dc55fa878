// A document whose operation cannot be picked (an unknown `operationName`, or several operations and none
// named) is the client's mistake: 400 OPERATION_RESOLUTION_FAILURE before any other plugin looks at the
// operation (the response cache and the gateway's executor both assume there is one).
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';

export function operationResolutionMessage(document: DocumentNode, operationName: string | null | undefined): string {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return `Unknown operation named "${operationName.slice(0, 100)}".`;
  if (operations.length === 0) return 'The document contains no operation to run.';
  return 'The document contains several operations: name the one to run in "operationName".';
}

export function useOperationResolution<Ctx extends BaseContext>(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          throw new GraphQLError(operationResolutionMessage(document, request.operationName), {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
          });
        },
      };
    },
  };
}
