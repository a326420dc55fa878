// graphql-shield helpers shared by every subgraph: deny by default, federation's own fields
// allowed, and the contract's codes on every refusal.
import { applyMiddleware } from 'graphql-middleware';
import { allow, rule, shield, type IRules } from 'graphql-shield';
import type { GraphQLSchema } from 'graphql';
import type { BaseContext } from '../context';
import { ForbiddenError, StepUpRequiredError, UnauthenticatedError } from '../errors';
import { hasRole, ownNik, steppedUp } from './caller';

export type Rules = Record<string, Record<string, unknown> | unknown>;

/** Applies the service's rule map with a deny fallback. `_service` and `_entities` stay open for the gateway. */
export function protect(schema: GraphQLSchema, rules: Rules): GraphQLSchema {
  const query = (rules.Query ?? {}) as Record<string, unknown>;
  const permissions = { ...rules, Query: { ...query, _service: allow, _entities: allow } };
  return applyMiddleware(
    schema,
    shield(permissions as IRules, {
      fallbackRule: denyRule,
      fallbackError: () => new ForbiddenError(),
      allowExternalErrors: true,
      debug: false,
    }),
  );
}

const denyRule = rule({ cache: 'no_cache' })(() => new ForbiddenError());

export const isSignedIn = rule({ cache: 'contextual' })((_p, _a, ctx: BaseContext) => (ctx.caller.kind === 'anonymous' ? new UnauthenticatedError() : true));

export const isParticipant = rule({ cache: 'contextual' })((_p, _a, ctx: BaseContext) => {
  if (ctx.caller.kind === 'anonymous') return new UnauthenticatedError();
  return ctx.caller.kind === 'participant' ? true : new ForbiddenError();
});

/** A participant or the participant behind a kiosk session. */
export const isPersonSelf = rule({ cache: 'contextual' })((_p, _a, ctx: BaseContext) => {
  if (ctx.caller.kind === 'anonymous') return new UnauthenticatedError();
  return ownNik(ctx.caller) ? true : new ForbiddenError();
});

export const hasStaffRole = (...roles: string[]) =>
  rule(`staff:${roles.join(',')}`, { cache: 'contextual' })((_p, _a, ctx: BaseContext) => {
    if (ctx.caller.kind === 'anonymous') return new UnauthenticatedError();
    return hasRole(ctx.caller, ...roles) ? true : new ForbiddenError();
  });

export const isSteppedUp = rule({ cache: 'contextual' })((_p, _a, ctx: BaseContext) => {
  if (ctx.caller.kind === 'anonymous') return new UnauthenticatedError();
  return steppedUp(ctx.caller) ? true : new StepUpRequiredError();
});

/** The object belongs to the calling participant (or kiosk session): `parent.nik` is theirs. */
export const ownsParent = rule({ cache: 'strict' })((parent: { nik?: string }, _a, ctx: BaseContext) => {
  if (ctx.caller.kind === 'anonymous') return new UnauthenticatedError();
  const nik = ownNik(ctx.caller);
  return nik !== null && parent?.nik === nik ? true : new ForbiddenError();
});

export { allow };
