import { Field, ObjectType } from 'type-graphql';
import { BpjsTkProgram } from '../common/enums';

@ObjectType({ description: 'A BPJS Ketenagakerjaan programme and its contribution rates.' })
export class BpjsTkProgramInfo {
  @Field(() => BpjsTkProgram, { description: 'The programme.' }) code!: BpjsTkProgram;
  @Field(() => String, { description: 'Its Indonesian name with an English gloss, e.g. `Jaminan Hari Tua (old-age savings)`.' }) name!: string;
  @Field(() => String, { description: 'What it covers and its current contribution rates, in English.' }) description!: string;
}
