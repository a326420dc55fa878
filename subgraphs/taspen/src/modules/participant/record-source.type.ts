import { Directive, Field, ObjectType } from 'type-graphql';
import { Agency } from '../common/enums';

/** Provenance of an agency block (the same shareable type in the bpjstk subgraph). */
@Directive('@shareable')
@ObjectType({ description: 'Which agency’s record a block comes from, and when that record last changed.' })
export class RecordSource {
  @Field(() => Agency)
  agency!: keyof typeof Agency;

  @Field(() => Date)
  updatedAt!: Date;
}
