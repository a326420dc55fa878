// The agencies' part of the officers' dashboard: HubDashboard is identity's entity (key `id`, always `hub`), and
// each agency adds one field to it, its cases counted by status with every status listed (0 when none).
// Each agency makes its own HubDashboard class: type-graphql keeps the fields a resolver adds to a type on that
// class's metadata, so a class shared in one process (hub.ts) would carry both agencies' fields into both schemas.
import { Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, type ClassType } from 'type-graphql';
import type { EnumObject } from '#platform/federation/enums';

/** The dashboard entity as an agency extends it: its key alone. */
export function hubDashboardEntity() {
  @Directive('@key(fields: "id")')
  @ObjectType('HubDashboard', { description: 'The officers’ dashboard; each service contributes its own counts.' })
  class HubDashboard {
    @Field(() => ID)
    id!: string;
  }
  return HubDashboard;
}

export interface StatusCount<S extends string> {
  status: S;
  count: number;
}

/** The GraphQL type of one status's count (`<name> { status count }`), with its own descriptions. */
export function statusCountOf<S extends string>(statuses: EnumObject<S>, name: string, texts: { type: string; status: string; count: string }) {
  @ObjectType(name, { description: texts.type })
  class Count implements StatusCount<S> {
    @Field(() => statuses, { description: texts.status })
    status!: S;

    @Field(() => Int, { description: texts.count })
    count!: number;
  }
  return Count;
}

/** Every status of the enum, in its order, with its count from `counts` (0 when absent). */
export function everyStatusCounted<S extends string>(statuses: EnumObject<S>, counts: ReadonlyMap<string, number>): StatusCount<S>[] {
  return Object.values<S>(statuses).map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** Where an agency's counts come from: its service, with the request's scope. */
export interface StatusCounts<Scope, S extends string> {
  countsByStatus(scope: Scope): Promise<StatusCount<S>[]>;
}

/** The resolver of an agency's dashboard field: `field` on `dashboard`, the list of `Count` its service counts. */
export function statusCountsResolver<Scope, S extends string>(
  dashboard: ClassType,
  Count: ClassType<StatusCount<S>>,
  field: { name: string; description: string },
) {
  @Resolver(() => dashboard)
  class StatusCountsResolver {
    constructor(private readonly counts: StatusCounts<Scope, S>) {}

    @FieldResolver(() => [Count], { name: field.name, nullable: true, description: field.description })
    countsByStatus(@Ctx() ctx: Scope): Promise<StatusCount<S>[]> {
      return this.counts.countsByStatus(ctx);
    }
  }
  return StatusCountsResolver;
}
