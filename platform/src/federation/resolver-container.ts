// Where type-graphql gets its resolver instances: the ones a subgraph built once per process around its
// services (constructor injection), and a plain `new` for resolvers that need none.
import type { ContainerType } from 'type-graphql';

/** type-graphql asks for resolver classes; the ones that reach `new` here take no arguments. */
type ResolverClass = new () => object;

export function resolverContainer(instances: readonly object[] = []): ContainerType {
  const byClass = new Map<unknown, object>(instances.map((instance) => [instance.constructor, instance]));
  return {
    get(resolverClass: ResolverClass) {
      let instance = byClass.get(resolverClass);
      if (!instance) {
        // Only resolvers without dependencies get here (and, in `npm run compose`, which resolves nothing, every one).
        instance = new resolverClass();
        byClass.set(resolverClass, instance);
      }
      return instance;
    },
  };
}
