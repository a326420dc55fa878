// In production, only staff tokens may introspect the graph (Apollo Explorer for officers).
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { GatewayContext } from './context';

// Apollo Server keeps one parsed document per query text, so a repeated operation is looked at once.
const introspecting = new WeakMap<DocumentNode, boolean>();

export function isIntrospection(document: DocumentNode): boolean {
  const known = introspecting.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  introspecting.set(document, found);
  return found;
}

export function staffOnlyIntrospection(enabled: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      if (!enabled) return;
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.callerKind !== 'staff' && isIntrospection(document)) {
            throw new GraphQLError('Introspection is available to staff only.', {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
