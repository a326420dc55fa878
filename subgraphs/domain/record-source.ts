// Provenance of an agency block: the one shareable RecordSource type that both agencies' subgraphs publish.
import { Directive, Field, ObjectType } from 'type-graphql';
import { Agency } from './agency';

@Directive('@shareable')
@ObjectType({ description: 'Which agency’s record a block comes from, and when that record last changed.' })
export class RecordSource {
  @Field(() => Agency, { description: 'The agency that keeps the record.' })
  agency!: Agency;

  @Field(() => Date, { description: 'When the agency’s record last changed.' })
  updatedAt!: Date;
}
