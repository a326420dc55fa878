import { Field, ObjectType } from 'type-graphql';
import { BpjsTkProgram } from '../common/enums';

@ObjectType({ description: 'A BPJS Ketenagakerjaan programme and its contribution rates.' })
export class BpjsTkProgramInfo {
  @Field(() => BpjsTkProgram) code!: BpjsTkProgram;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
}
